package suggest

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/requirements"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// TestRequirementAdvice: a close title, education below and experience
// below earn advice; a missing title (the resume would claim a role it
// does not show), a met ask and an ask the score does not count earn none.
func TestRequirementAdvice(t *testing.T) {
	ev := func(n int, s string) []requirements.Evidence { return []requirements.Evidence{{Line: n, Text: s}} }
	bachelor := &requirements.Degree{Level: "bachelor", Name: "Bachelor's Degree", Field: "Nursing"}
	associate := &requirements.Degree{Level: "associate", Name: "Associate Degree"}
	title := func(st requirements.Status, resume string) requirements.Title {
		t := requirements.Title{Job: "Senior Backend Engineer", Resume: resume, Status: st, JobEvidence: ev(1, "Senior Backend Engineer")}
		if resume != "" {
			t.ResumeEvidence = ev(2, resume)
		}
		return t
	}
	years := func(st requirements.Status, skill string) requirements.Experience {
		x := requirements.Experience{RequiredYears: 5, ResumeYears: 3.5, Status: st, JobEvidence: ev(7, "5+ years of Go")}
		if skill != "" {
			x.Skills = []requirements.SkillYears{{Skill: skill, RequiredYears: 5, ResumeYears: 1.5, Status: st, JobEvidence: ev(7, "5+ years of Go")}}
		}
		return x
	}
	for _, tc := range []struct {
		name string
		rq   requirements.Result
		want []string // fragments of each advice, in order; nil for none
	}{
		{"close title", requirements.Result{JobTitle: title(requirements.Close, "Backend Developer")},
			[]string{`The posting's title is "Senior Backend Engineer" (line 1); your closest title is "Backend Developer" (line 2)`}},
		{"missing title", requirements.Result{JobTitle: title(requirements.Missing, "Pastry Chef")}, nil},
		{"matching title", requirements.Result{JobTitle: title(requirements.Match, "Senior Backend Engineer")}, nil},
		{"education below", requirements.Result{Education: requirements.Education{Required: bachelor, Resume: associate, Status: requirements.Below,
			JobEvidence: ev(9, "BSN required")}},
			[]string{`The job requires "Bachelor's Degree" in Nursing (line 9); your resume shows "Associate Degree".`, "not with keywords"}},
		{"education preferred, none held", requirements.Result{Education: requirements.Education{Preferred: bachelor, Status: requirements.Below,
			JobEvidence: ev(9, "BSN preferred")}},
			[]string{`The job prefers "Bachelor's Degree" in Nursing`, "your resume shows no degree"}},
		{"a level the name does not say", requirements.Result{Education: requirements.Education{Required: &requirements.Degree{Level: "master", Name: "MBA"},
			Resume: associate, Status: requirements.Below, JobEvidence: ev(3, "MBA required")}},
			[]string{`The job requires "MBA" (master level) (line 3)`}},
		{"education met", requirements.Result{Education: requirements.Education{Required: bachelor, Resume: bachelor, Status: requirements.Met}}, nil},
		{"experience below in a kind of work", requirements.Result{Experience: years(requirements.Below, "Go")},
			[]string{"The job asks for 5+ years of Go (line 7); your dated roles show 1.5 years in that work"}},
		{"experience below overall", requirements.Result{Experience: years(requirements.Below, "")},
			[]string{"The job asks for 5+ years of experience (line 7); your dated roles show 3.5 years"}},
		{"experience unknown", requirements.Result{Experience: years(requirements.Unknown, "")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Requirements\n- Terraform"
			job := score.Doc{Lines: strings.Split(text, "\n"), Matches: find(text, "Terraform=terraform"), Sections: sections.Job(text)}
			rq := tc.rq
			for _, p := range []*requirements.Status{&rq.JobTitle.Status, &rq.Education.Status, &rq.Experience.Status} {
				if *p == "" {
					*p = requirements.NotAsked
				}
			}
			r := score.Compute(dict, job, job,
				score.Requirement{Kind: score.ReqJobTitle, Status: string(rq.JobTitle.Status)},
				score.Requirement{Kind: score.ReqEducation, Status: string(rq.Education.Status), Preferred: rq.Education.Required == nil},
				score.Requirement{Kind: score.ReqExperience, Status: string(rq.Experience.Status)})
			var got []string
			for _, s := range For(dict, r, job, job, rq) {
				if s.Kind == Requirement {
					got = append(got, s.Text)
				}
			}
			if len(got) != min(len(tc.want), 1) {
				t.Fatalf("advice %q, want %d", got, len(tc.want))
			}
			for _, w := range tc.want {
				if !strings.Contains(got[0], w) {
					t.Errorf("advice %q lacks %q", got[0], w)
				}
			}
		})
	}
}
