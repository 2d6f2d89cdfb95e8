package suggest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/requirements"
	"github.com/atsmatch/atsmatch/pkg/score"
)

// Requirement is the kind of advice about a requirement beyond keywords
// (the job title, education, years of experience).
const Requirement Kind = "requirement"

// requirementAdvice is the advice a requirement earns, ranked with the
// missing terms by the points it would add: a close title (name the
// posting's title in the headline, the honest case only: a missing title
// gets none, the resume would claim a role it does not show), an
// education or experience ask the resume is below (list what exists, since
// a keyword cannot make up a degree or years). Nothing for a met ask.
func requirementAdvice(r score.Result, rq requirements.Result) []ranked {
	var out []ranked
	for _, q := range r.Requirements {
		if q.Weight == 0 || q.Credit == 1 {
			continue
		}
		rk := ranked{required: !q.Preferred, hard: true, points: 100 * q.Importance * (1 - q.Credit), name: q.Kind}
		switch q.Kind {
		case score.ReqJobTitle:
			rk.s.Text = titleAdvice(rq.JobTitle)
		case score.ReqEducation:
			rk.s.Text = educationAdvice(rq.Education)
		case score.ReqExperience:
			rk.s.Text = experienceAdvice(rq.Experience)
		}
		if rk.s.Text != "" {
			rk.s.Kind = Requirement
			out = append(out, rk)
		}
	}
	return out
}

func titleAdvice(t requirements.Title) string {
	if t.Status != requirements.Close || len(t.ResumeEvidence) == 0 {
		return ""
	}
	return fmt.Sprintf(`The posting's title is %q (line %d); your closest title is %q (line %d). If %q honestly describes your role, add it to your headline, e.g. "%s | %s", so a title search finds you.`,
		t.Job, t.JobEvidence[0].Line, t.Resume, t.ResumeEvidence[0].Line, t.Job, t.Resume, t.Job)
}

func educationAdvice(e requirements.Education) string {
	if e.Status != requirements.Below {
		return ""
	}
	ask, v := e.Required, "requires"
	if ask == nil {
		ask, v = e.Preferred, "prefers"
	}
	if ask == nil || len(e.JobEvidence) == 0 {
		return ""
	}
	held := "shows no degree"
	if e.Resume != nil {
		held = "shows " + degreeName(*e.Resume)
	}
	return fmt.Sprintf(`The job %s %s (line %d); your resume %s. If you hold a higher qualification or are completing one, list it in your education section with its level written out (e.g. "expected 2026"); if not, this is a gap to address in a cover letter, not with keywords.`,
		v, degreeName(*ask), e.JobEvidence[0].Line, held)
}

// degreeName is a degree as advice names it: its name, its level when the
// name does not say it, its field.
func degreeName(d requirements.Degree) string {
	s := fmt.Sprintf("%q", d.Name)
	if d.Level != "" && !strings.Contains(strings.ToLower(d.Name), d.Level) {
		s += " (" + d.Level + " level)"
	}
	if d.Field != "" {
		s += " in " + d.Field
	}
	return s
}

func experienceAdvice(x requirements.Experience) string {
	if x.Status != requirements.Below {
		return ""
	}
	// The first ask the resume is below: a kind of work, or the years overall.
	for _, s := range x.Skills {
		if s.Status == requirements.Below && s.Preferred == x.Preferred {
			return fmt.Sprintf(`The job asks for %s years of %s (line %d); your dated roles show %s in that work. If you have more (earlier roles, freelance or part-time work of that kind), list those roles with their dates and name the work in their bullets; keywords cannot make up years.`,
				years(s.RequiredYears), s.Skill, s.JobEvidence[0].Line, yearsOf(s.ResumeYears))
		}
	}
	if len(x.JobEvidence) == 0 {
		return ""
	}
	return fmt.Sprintf(`The job asks for %s years of experience (line %d); your dated roles show %s. If you have more, list every role with its dates ("Jan 2019 - Present"); keywords cannot make up years.`,
		years(x.RequiredYears), x.JobEvidence[0].Line, yearsOf(x.ResumeYears))
}

func years(y float64) string { return strconv.FormatFloat(y, 'f', -1, 64) + "+" }

func yearsOf(y float64) string {
	if y == 1 {
		return "1 year"
	}
	return strconv.FormatFloat(y, 'f', -1, 64) + " years"
}
