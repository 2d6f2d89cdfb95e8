package requirements

import (
	"strconv"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/dates"
)

const devopsResume = `KARTHIK R
Senior System Administrator

EXPERIENCE
Senior System Administrator - Example Infotech          Apr 2022 - Present
- Administer 150 RHEL servers; maintain Jenkins jobs
System Administrator - Example Data Systems              Jul 2020 - Mar 2022
- Managed VMware virtual machines and nightly backups

EDUCATION
B.Tech, Electronics Engineering - Example Institute, 2016 - 2020
`

func TestFindRoles(t *testing.T) {
	d, _ := pipeline(t)
	resume := `JANE DOE
Backend Engineer · jane@example.com · 2019 - 2024 portfolio

EXPERIENCE
Software Engineer II - Acme Payments            Mar 2021 - Present
- Built services in Java; led the 2019-2021 migration to Kafka
- 2024: shipped the new ledger
Software Developer - Example Logistics          2018 - 2021
Junior Developer
Jan 2017 - Dec 2017
- Fixed defects

PROJECTS
Open-source linter                               2020 - 2022

EDUCATION
B.S. Computer Science - State University       2013 - 2017
Northfield University                           2013 - 2017
`
	roles := findRoles(d, doc(t, resume, false), dates.MonthOf(testAsOf))
	type row struct {
		title       string
		titleLine   int
		first, last int
		months      int
	}
	var got []row
	for _, r := range roles {
		got = append(got, row{r.title, r.titleLine, r.first, r.last, months([]role{r})})
	}
	// The headline's range sits inside the line: no role. Roles: three,
	// the last with its dates under its title; the project and the degree
	// are none.
	if len(got) != 3 {
		t.Fatalf("roles = %+v", got)
	}
	exp := []row{
		{"Software Engineer II - Acme Payments", 5, 5, 7, 52},
		{"Software Developer - Example Logistics", 8, 8, 8, 36},
		{"Junior Developer", 9, 9, 12, 12},
	}
	for i := range exp {
		if got[i] != exp[i] {
			t.Errorf("role %d = %+v, want %+v", i, got[i], exp[i])
		}
	}
	if m := months(roles); m != 52+36+12-4 { // Mar-Jun 2021 counted once
		t.Errorf("months = %d", m)
	}
}

func TestReadExperience(t *testing.T) {
	for _, tc := range []struct {
		name        string
		job, resume string
		required    float64
		resumeYears float64
		status      Status
		skills      []string // "kind: required resume status"
	}{
		{"the kind of role counts, not the years",
			"DevOps Engineer\n\nRequirements\n- 4+ years of experience in DevOps/SRE roles, including at least 2 years running Kubernetes\n",
			devopsResume, 4, 5, Below, []string{"DevOps/SRE roles: 4 0 below", "running Kubernetes: 2 0 below"}},
		{"overall years",
			"Baker\n\nRequirements\n- 3+ years experience\n", devopsResume, 3, 5, Met, nil},
		{"a range's lower end is the ask",
			"Baker\n\nRequirements\n- 2-4 years of experience\n", devopsResume, 2, 5, Met, nil},
		{"a role title names the kind",
			"Sysadmin\n\nRequirements\n- 3+ years as a System Administrator\n", devopsResume, 3, 5, Met,
			[]string{"System Administrator: 3 5 met"}},
		{"a kind nothing can check: every role",
			"Sysadmin\n\nRequirements\n- 3+ years in fast-paced teams\n", devopsResume, 3, 5, Met,
			[]string{"fast-paced teams: 3 5 met"}},
		{"preferred only",
			"Sysadmin\n\nNice to have\n- 8+ years of experience\n", devopsResume, 8, 5, Below, nil},
		{"a preference after the ask's clause qualifies something else",
			"Sysadmin\n\nAbout you\nYou have 6+ years of experience, ideally in banking.\n", devopsResume, 6, 5, Below, nil},
		{"not asked",
			"Sysadmin\n\nRequirements\n- Linux\n", devopsResume, 0, 5, NotAsked, nil},
		{"no dated roles",
			"Sysadmin\n\nRequirements\n- 2+ years of experience\n", "JANE DOE\nSKILLS\nLinux\n", 2, 0, Unknown, nil},
		{"an age is no experience",
			"Driver\n\nRequirements\n- Must be 21 years or older\n", devopsResume, 0, 5, NotAsked, nil},
		{"boilerplate is skipped",
			"Sysadmin\n\nAbout us\nFounded 30 years ago, we have 20+ years of experience in hosting.\n\nRequirements\n- Linux\n",
			devopsResume, 0, 5, NotAsked, nil},
	} {
		x := read(t, tc.job, tc.resume).Experience
		var skills []string
		for _, s := range x.Skills {
			skills = append(skills, s.Skill+": "+ftoa(s.RequiredYears)+" "+ftoa(s.ResumeYears)+" "+string(s.Status))
		}
		if x.RequiredYears != tc.required || x.ResumeYears != tc.resumeYears || x.Status != tc.status || !equal(skills, tc.skills) {
			t.Errorf("%s: %v %v %s %q; want %v %v %s %q", tc.name, x.RequiredYears, x.ResumeYears, x.Status, skills,
				tc.required, tc.resumeYears, tc.status, tc.skills)
		}
	}
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// A bullet led by a range is a role's dates only when it is no bullet of a
// role dated above it: "Since 2012 the team grew" under a 2022 role is
// the team's history, not ten more years; roles written as bullets count.
func TestFindRolesLeadingBullet(t *testing.T) {
	d, _ := pipeline(t)
	for _, tc := range []struct {
		name, resume string
		months       int
	}{
		{"a bullet of a dated role", "EXPERIENCE\nData Analyst, Acme Corp\nJan 2022 - Jun 2025\n- Since 2012 the team grew tenfold\n- 2010-2015 reports moved to SQL\n", 42},
		{"a bullet of a role dated on its title line", "EXPERIENCE\nData Analyst, Acme Corp    Jan 2022 - Jun 2025\n- Since 2012 the team grew tenfold\n", 42},
		{"roles written as bullets", "EXPERIENCE\n- 2019 - 2021: Engineer, Acme\n- 2015 - 2019: Developer, Beta\n", 72},
		{"a bulleted role after a blank line", "EXPERIENCE\nData Analyst, Acme Corp\nJan 2022 - Jun 2025\n- Built reports\n\n- Jan 2015 - Dec 2016 Analyst, Beta\n", 42 + 24},
	} {
		if got := months(findRoles(d, doc(t, tc.resume, false), dates.MonthOf(testAsOf))); got != tc.months {
			t.Errorf("%s: months = %d, want %d", tc.name, got, tc.months)
		}
	}
}
