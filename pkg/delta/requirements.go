package delta

// The requirement and finding statuses of a report, for [Statuses].

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// Requirement ids, as the report's requirements object names them.
const (
	idTitle      = "job_title"
	idEducation  = "education"
	idExperience = "experience"
)

// requirementStatuses are r's title, education and experience statuses,
// each with a short message and the evidence of one side: the job's when
// jobs is set (a diff of two jobs), else the resume's. Nil without
// requirements. Knockouts have no status and are left out.
func requirementStatuses(r *report.MatchResult, jobs bool) []Status {
	q := r.Requirements
	if q == nil {
		return nil
	}
	pick := func(job, resume []report.Evidence) []report.Evidence {
		if jobs {
			return job
		}
		return resume
	}
	t, e, x := q.JobTitle, q.Education, q.Experience
	// The years asked of a kind of work decide the experience status too:
	// their lines are its evidence as well.
	xJob, xResume := slices.Clone(x.JobEvidence), slices.Clone(x.ResumeEvidence) // never the report's arrays
	for _, k := range x.Skills {
		xJob, xResume = append(xJob, k.JobEvidence...), append(xResume, k.ResumeEvidence...)
	}
	return []Status{
		{ID: idTitle, Status: t.Status, Message: titleMessage(t), Evidence: pick(t.JobEvidence, t.ResumeEvidence)},
		{ID: idEducation, Status: e.Status, Message: educationMessage(e), Evidence: pick(e.JobEvidence, e.ResumeEvidence)},
		{ID: idExperience, Status: x.Status, Message: experienceMessage(x), Evidence: pick(xJob, xResume)},
	}
}

// findingStatuses are the `match --check` findings of r; nil without
// them. A finding cites resume line numbers: its evidence is those lines'
// text, where the report kept it (ResumeLines).
func findingStatuses(r *report.MatchResult) []Status {
	if r.ATSFindings == nil {
		return nil
	}
	out := make([]Status, len(r.ATSFindings.Checks))
	for i, c := range r.ATSFindings.Checks {
		out[i] = Status{ID: c.ID, Status: c.Status, Message: c.Message}
		for _, n := range c.Lines {
			if n >= 1 && n <= len(r.ResumeLines) {
				out[i].Evidence = append(out[i].Evidence, report.Evidence{Line: n, Text: r.ResumeLines[n-1]})
			}
		}
	}
	return out
}

func titleMessage(t report.TitleRequirement) string {
	if t.Job == "" {
		return "the posting names no title"
	}
	if t.Resume == "" {
		return fmt.Sprintf("job %q; no resume title of that role", t.Job)
	}
	return fmt.Sprintf("job %q; resume %q", t.Job, t.Resume)
}

func degree(d *report.Degree) string {
	if d.Level != "" {
		return d.Level
	}
	return d.Name
}

func educationMessage(e report.EducationRequirement) string {
	var ask []string
	if e.Required != nil {
		ask = append(ask, degree(e.Required))
	}
	if e.Preferred != nil {
		ask = append(ask, "preferred "+degree(e.Preferred))
	}
	job := "not asked"
	if len(ask) > 0 {
		job = "job asks " + strings.Join(ask, ", ")
	}
	if e.Resume == nil {
		return job + "; no degree on the resume"
	}
	return job + "; resume " + degree(e.Resume)
}

func years(y float64) string { return strconv.FormatFloat(y, 'f', -1, 64) }

// experienceMessage is the years asked and held (with their unit, as the
// match report writes them), and the first kind of work the resume is
// below in.
func experienceMessage(x report.ExperienceRequirement) string {
	job := "no years asked"
	switch {
	case x.RequiredYears > 0 && x.Preferred:
		job = "job prefers " + years(x.RequiredYears) + "+ years"
	case x.RequiredYears > 0:
		job = "job asks " + years(x.RequiredYears) + "+ years"
	}
	if len(x.ResumeEvidence) == 0 { // no dated role: 0 years would mislead
		return job + "; no dated roles on the resume"
	}
	s := job + "; resume " + years(x.ResumeYears) + " years in dated roles"
	for _, k := range x.Skills {
		if k.Status == "below" {
			s += fmt.Sprintf("; %s of %s+ years in %s", years(k.ResumeYears), years(k.RequiredYears), k.Skill)
			break
		}
	}
	return s
}
