package requirements

import "testing"

func TestCompareTitles(t *testing.T) {
	for _, tc := range []struct {
		job, resume string
		want        Status
	}{
		{"Data Engineer", "Data Engineer", Match},
		{"Registered Nurse", "Critical Care Registered Nurse", Match},
		{"Frontend Engineer", "Front-End Engineer", Match},
		{"Senior Backend Engineer", "Senior Backend Engineer", Match},
		{"Store Manager", "Deputy Store Manager", Close}, // another rank
		{"Senior Backend Engineer", "Backend Engineer", Close},
		{"Software Engineer", "Backend Developer", Close}, // a broad specialty covers a narrow one
		{"Frontend Engineer", "Front-End Developer", Close},
		{"Sous Chef", "Chef de Partie", Close},
		{"Pharmacist Manager", "Community Pharmacist", Close},
		{"Accounts Payable Executive", "Accounts Payable Associate", Close},
		{"UX/UI Designer", "UI Designer", Close},
		{"Grade 3 Classroom Teacher", "Second Grade Teacher", Close},
		{"Product Manager", "Technical Project Manager", Missing}, // a manager class needs a shared specialty
		{"Data Engineer", "Backend Engineer", Missing},
		{"Site Reliability Engineer", "Senior System Administrator", Missing},
		{"Registered Nurse", "Pharmacist", Missing},
	} {
		j, ok := parseTitle(tc.job, 1)
		r, ok2 := parseTitle(tc.resume, 1)
		if !ok || !ok2 {
			t.Fatalf("parseTitle(%q, %q): no role noun", tc.job, tc.resume)
		}
		if got := compare(j, r); got != tc.want {
			t.Errorf("compare(%q, %q) = %s, want %s", tc.job, tc.resume, got, tc.want)
		}
	}
}

func TestJobTitle(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		alts       int
	}{
		{"Senior Backend Engineer (Java / Spring)\nAcme · Columbus, OH\n", "Senior Backend Engineer", 1},
		{"Store Manager - Chester\nLarch & Lantern\n", "Store Manager", 1},
		{"Product Manager, Payments Experience\n", "Product Manager", 1},
		{"Site Reliability Engineer / DevOps Engineer (4-7 yrs)\n", "Site Reliability Engineer / DevOps Engineer", 2},
		{"About us\nWe build things.\nJob title: Litigation Paralegal\n", "Litigation Paralegal", 1},
		{"Acme Corp\n\nPosition: Data Engineer (m/f/d)\n", "Data Engineer", 1},
		{"About us\nWe are a bakery.\n", "", 0},
	} {
		d := doc(t, tc.text, true)
		got, alts := jobTitle(d)
		if got != tc.want || len(alts) != tc.alts {
			t.Errorf("jobTitle(%q) = %q with %d alternatives, want %q with %d", tc.text, got, len(alts), tc.want, tc.alts)
		}
	}
}

func TestReadTitle(t *testing.T) {
	job := "Senior Backend Engineer\nAcme\n\nRequirements\n- Java\n"
	resume := "JANE DOE\nBackend Software Engineer\njane@example.com\n\nEXPERIENCE\nSoftware Engineer II - Acme      Mar 2021 - Present\n- Java\n"
	got := read(t, job, resume).JobTitle
	if got.Status != Close || got.Job != "Senior Backend Engineer" || got.Resume != "Backend Software Engineer" ||
		len(got.JobEvidence) != 1 || got.JobEvidence[0].Line != 1 || len(got.ResumeEvidence) != 1 || got.ResumeEvidence[0].Line != 2 {
		t.Errorf("ReadTitle = %+v", got)
	}
	// The title only on a role line, not the headline.
	resume = "JANE DOE\njane@example.com\n\nEXPERIENCE\nSenior Backend Engineer, Acme      2019 - 2024\n"
	if got := read(t, job, resume).JobTitle; got.Status != Match || got.ResumeEvidence[0].Line != 5 {
		t.Errorf("ReadTitle from a role = %+v", got)
	}
	if got := read(t, "About us\n\nWe bake.\n", resume).JobTitle; got.Status != Unknown {
		t.Errorf("no job title: %+v", got)
	}
	if got := read(t, job, "JANE DOE\nPastry Chef\n").JobTitle; got.Status != Missing || got.Resume != "Pastry Chef" {
		t.Errorf("another role: %+v", got)
	}
}
