package ats

import (
	"time"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/requirements"
	"github.com/atsmatch/atsmatch/pkg/score"
)

// asOf is the date "present" stands for: Options.AsOf, or today.
func (a *Analyzer) asOf() time.Time {
	if !a.as.IsZero() {
		return a.as
	}
	return time.Now()
}

// scorePair reads the requirements of a job and a resume and scores the
// pair with them: the one path every command that scores takes (match,
// rank, check --job), so a pair scores the same in all.
func (a *Analyzer) scorePair(job *Job, resume score.Doc) (score.Result, requirements.Result) {
	rq := requirements.Read(a.dict, requirements.Doc(job.doc.sdoc), requirements.Doc(resume), requirements.Options{AsOf: a.asOf()})
	sc := job.asks.Score(resume,
		score.Requirement{Kind: score.ReqJobTitle, Status: string(rq.JobTitle.Status)},
		score.Requirement{Kind: score.ReqEducation, Status: string(rq.Education.Status),
			Preferred: rq.Education.Required == nil && rq.Education.Preferred != nil},
		score.Requirement{Kind: score.ReqExperience, Status: string(rq.Experience.Status), Preferred: rq.Experience.Preferred})
	return sc, rq
}

// importanceOf is the share of the score of the requirement of kind.
func importanceOf(sc score.Result, kind string) float64 {
	for _, q := range sc.Requirements {
		if q.Kind == kind {
			return round3(q.Importance)
		}
	}
	return 0
}

// toRequirements converts the readers' result to the report's.
func toRequirements(rq requirements.Result, sc score.Result) *report.Requirements {
	t, e, x := rq.JobTitle, rq.Education, rq.Experience
	out := &report.Requirements{
		JobTitle: report.TitleRequirement{Job: t.Job, Resume: t.Resume, Status: string(t.Status),
			Importance:  importanceOf(sc, score.ReqJobTitle),
			JobEvidence: reqEvidence(t.JobEvidence), ResumeEvidence: reqEvidence(t.ResumeEvidence)},
		Education: report.EducationRequirement{Required: degree(e.Required), Preferred: degree(e.Preferred), Resume: degree(e.Resume),
			Status: string(e.Status), Importance: importanceOf(sc, score.ReqEducation),
			JobEvidence: reqEvidence(e.JobEvidence), ResumeEvidence: reqEvidence(e.ResumeEvidence)},
		Experience: report.ExperienceRequirement{RequiredYears: x.RequiredYears, ResumeYears: x.ResumeYears,
			Status: string(x.Status), Preferred: x.Preferred, Importance: importanceOf(sc, score.ReqExperience),
			JobEvidence: reqEvidence(x.JobEvidence), ResumeEvidence: reqEvidence(x.ResumeEvidence),
			Skills: make([]report.SkillExperience, 0, len(x.Skills))},
		Knockouts: make([]report.Knockout, 0, len(rq.Knockouts)),
	}
	for _, s := range x.Skills {
		out.Experience.Skills = append(out.Experience.Skills, report.SkillExperience{
			Skill: s.Skill, Terms: s.Terms, RequiredYears: s.RequiredYears, MaxYears: s.MaxYears,
			ResumeYears: s.ResumeYears, Preferred: s.Preferred, Status: string(s.Status), Basis: s.Basis,
			JobEvidence: reqEvidence(s.JobEvidence), ResumeEvidence: reqEvidence(s.ResumeEvidence)})
	}
	for _, k := range rq.Knockouts {
		out.Knockouts = append(out.Knockouts, report.Knockout{Kind: k.Kind, Text: k.Text, Line: k.Line})
	}
	return out
}

func degree(d *requirements.Degree) *report.Degree {
	if d == nil {
		return nil
	}
	return &report.Degree{Level: d.Level, Name: d.Name, Field: d.Field}
}

func reqEvidence(ev []requirements.Evidence) []report.Evidence {
	out := make([]report.Evidence, len(ev))
	for i, e := range ev {
		out[i] = report.Evidence{Line: e.Line, Text: e.Text}
	}
	return out
}
