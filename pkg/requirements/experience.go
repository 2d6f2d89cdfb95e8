package requirements

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/dates"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Experience is the job's years asks against the resume's dated roles.
type Experience struct {
	// RequiredYears is the largest minimum the job asks (required asks,
	// or preferred ones when it requires none); 0 when it asks none.
	RequiredYears float64 `json:"required_years"`
	// ResumeYears are the years the resume's dated roles cover, overlaps
	// counted once, gaps left out.
	ResumeYears float64 `json:"resume_years"`
	// Status is met when every ask is met (each in its own kind of work),
	// below when one is not, unknown without dated roles, not_asked
	// without asks.
	Status Status `json:"status"`
	// Preferred reports a job that only prefers years (every ask a
	// preference): the score weighs such an ask as a preferred term.
	Preferred      bool         `json:"preferred,omitempty"`
	JobEvidence    []Evidence   `json:"job_evidence"`
	ResumeEvidence []Evidence   `json:"resume_evidence"`
	Skills         []SkillYears `json:"skills"` // the asks that name a kind of work
}

// SkillYears is one ask for years in a kind of work ("4+ years of
// experience in DevOps/SRE roles") and the years the resume shows in it.
type SkillYears struct {
	Skill         string   `json:"skill"`           // the kind of work as the posting words it
	Terms         []string `json:"terms,omitempty"` // the dictionary terms it names
	RequiredYears float64  `json:"required_years"`
	MaxYears      float64  `json:"max_years,omitempty"` // the upper end of "2-4 years"
	ResumeYears   float64  `json:"resume_years"`        // in the roles of that kind
	Preferred     bool     `json:"preferred,omitempty"`
	Status        Status   `json:"status"`
	// Basis says which roles were counted: the ones naming the terms, the
	// ones with a title word of the kind, or every dated role when the
	// kind names nothing a role could be checked against.
	Basis          string     `json:"basis"`
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
}

// Bases of a SkillYears.
const (
	BasisTerms  = "roles naming the terms"
	BasisTitles = "roles whose title names the kind"
	BasisAll    = "every dated role: the kind names nothing a role could be checked against"
)

// jobAsk is a years ask with its line and role.
type jobAsk struct {
	yearsAsk
	line      int
	preferred bool
	kind      string
	terms     []string // term IDs in the kind
	words     []string // stems of the kind's content words
}

// readExperience reads the job's years asks and measures each against the
// resume's roles of its kind.
func readExperience(dict *keywords.Dict, job, resume Doc, roles []role) Experience {
	x := Experience{Status: NotAsked, JobEvidence: []Evidence{}, ResumeEvidence: []Evidence{}, Skills: []SkillYears{}}
	asks := jobAsks(job)
	var all []dates.Range
	for _, r := range roles {
		all = append(all, r.ranges...)
		x.ResumeEvidence = addEvidence(x.ResumeEvidence, resume, r.dateLine)
	}
	x.ResumeYears = dates.Years(dates.Total(all))
	if len(asks) == 0 {
		return x
	}
	required := slices.ContainsFunc(asks, func(a jobAsk) bool { return !a.preferred })
	x.Preferred = !required
	worst := Met
	for _, a := range asks {
		x.JobEvidence = addEvidence(x.JobEvidence, job, a.line)
		counted, basis := rolesOfKind(dict, resume, roles, a)
		m := months(counted)
		st := Met
		if float64(m) < a.min*12 {
			st = Below
		}
		if len(roles) == 0 {
			st = Unknown
		}
		if a.preferred == !required {
			x.RequiredYears = max(x.RequiredYears, a.min)
			if st == Below || st == Unknown && worst == Met {
				worst = st
			}
		}
		if a.kind == "" {
			continue
		}
		s := SkillYears{Skill: a.kind, RequiredYears: a.min, MaxYears: a.max, ResumeYears: dates.Years(m),
			Preferred: a.preferred, Status: st, Basis: basis,
			JobEvidence: []Evidence{job.evidence(a.line)}, ResumeEvidence: []Evidence{}}
		for _, id := range a.terms {
			if t, ok := dict.Term(id); ok {
				s.Terms = append(s.Terms, t.Name)
			}
		}
		for _, r := range counted {
			s.ResumeEvidence = addEvidence(s.ResumeEvidence, resume, r.titleLine)
		}
		x.Skills = append(x.Skills, s)
	}
	x.Status = worst
	return x
}

// jobAsks reads the years asks of the job's lines outside ignored text,
// with the terms and words of each ask's kind of work. Ages are left to
// the knockouts.
func jobAsks(job Doc) []jobAsk {
	starts := lineStarts(job)
	var out []jobAsk
	mi := 0
	for i, line := range job.Lines {
		n := i + 1
		for mi < len(job.Matches) && job.Matches[mi].Line < n {
			mi++
		}
		for _, y := range findYearsAsks(line) {
			role := job.askRole(n, y.start, max(y.end, y.kindEnd))
			if y.age || role == sections.Ignored {
				continue
			}
			a := jobAsk{yearsAsk: y, line: n, preferred: role == sections.Preferred}
			if y.kindEnd > y.kindStart {
				a.kind = trimKind(line[y.kindStart:y.kindEnd])
				for k := mi; k < len(job.Matches) && job.Matches[k].Line == n; k++ {
					m := job.Matches[k]
					if c := m.Start - starts[i]; c >= y.kindStart && m.End-starts[i] <= y.kindEnd && !slices.Contains(a.terms, m.TermID) {
						a.terms = append(a.terms, m.TermID)
					}
				}
				a.words = kindWords(a.kind)
			}
			out = append(out, a)
		}
	}
	return out
}

// trimKind drops the filler words a kind of work starts with ("of
// professional backend development experience" is "backend development
// experience").
func trimKind(s string) string {
	s = strings.TrimSpace(s)
	for {
		w, rest, _ := strings.Cut(s, " ")
		if rest == "" || !kindFiller[strings.ToLower(strings.Trim(w, "'"))] {
			return s
		}
		s = strings.TrimSpace(rest)
	}
}

// kindWords returns the stems of a kind's words that name a kind of work:
// not filler, seniority or a broad role noun ("engineer", "manager").
func kindWords(kind string) []string {
	var out []string
	for _, w := range splitWords(kind) {
		s := stem(w.w)
		if kindFiller[w.w] || seniority[w.w] || genericStems[s] || len(w.w) < 2 {
			continue
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// rolesOfKind returns the roles an ask counts: with no kind, every role;
// else the roles whose lines name one of the kind's terms (or a narrower
// term) and the roles whose title shares a word of the kind; when the kind
// names no term and no title shares a word, every role, since nothing in
// the resume could say otherwise.
func rolesOfKind(dict *keywords.Dict, resume Doc, roles []role, a jobAsk) ([]role, string) {
	if a.kind == "" {
		return roles, ""
	}
	var out []role
	byTerms, byTitle := false, false
	for _, r := range roles {
		switch {
		case namesTerm(dict, resume, r, a.terms):
			out, byTerms = append(out, r), true
		case titleShares(r, a.words):
			out, byTitle = append(out, r), true
		}
	}
	switch {
	case len(out) == 0 && len(a.terms) == 0:
		return roles, BasisAll
	case byTerms && !byTitle, len(out) == 0:
		return out, BasisTerms
	case byTitle && !byTerms:
		return out, BasisTitles
	}
	return out, BasisTerms + " or " + BasisTitles
}

// namesTerm reports a match in the role's lines of one of the terms or of
// a term that implies one.
func namesTerm(dict *keywords.Dict, resume Doc, r role, terms []string) bool {
	if len(terms) == 0 {
		return false
	}
	lo, _ := slices.BinarySearchFunc(resume.Matches, r.first, func(m match.Match, line int) int { return m.Line - line })
	for k := lo; k < len(resume.Matches) && resume.Matches[k].Line <= r.last; k++ {
		id := resume.Matches[k].TermID
		for _, t := range terms {
			if id == t || dict.Implies(id, t) {
				return true
			}
		}
	}
	return false
}

// titleShares reports a word of a role's title (the parts of its title
// line with a role noun, not the employer or the place) whose stem is one
// of stems.
func titleShares(r role, stems []string) bool {
	for _, t := range r.titles {
		for _, w := range t.words {
			if s := stem(w); !genericStems[s] && slices.Contains(stems, s) {
				return true
			}
		}
	}
	return false
}

// genericStems are the stems of the broad role nouns ("manag" for manager
// and management): a kind and a title that share only one share no kind.
var genericStems = func() map[string]bool {
	m := map[string]bool{}
	for w, c := range roleNouns {
		if genericRoles[c] {
			m[stem(w)] = true
		}
	}
	return m
}()
