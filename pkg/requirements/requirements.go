// Package requirements reads what a job asks beyond keywords and compares
// each ask with the resume, with evidence lines on both sides:
//
//   - the job title (title.go): the posting's title against the resume's
//     headline and experience titles, match, close or missing;
//   - education (education.go): the required and preferred degree level
//     and field against the resume's highest degree, met, below or
//     unknown. Degree spellings and levels have one owner, the
//     dictionary: a degree is a dictionary term found by pkg/match, and
//     its level is the rung of the dictionary's degree ladder (PhD >
//     Master's > Bachelor's > Associate > High School Diploma) it is or
//     implies through its broader links;
//   - experience (experience.go, years.go, roles.go): the years a job
//     asks, overall and per kind of work, against the years of the
//     resume's dated roles (pkg/dates), counted only in roles that name
//     that kind of work;
//   - knockouts (knockouts.go): conditions the applicant should be ready
//     for (work authorisation, clearance, licences, shifts, ...). They
//     are listed, never scored.
//
// The package is pure: it reads the normalised lines, the dictionary
// matches and the line sections of both documents, and an as-of date for
// "Present", so the same input gives the same output. Each reader is
// linear in the text. Its types map one to one onto the report's
// "requirements" object; tables live in the *words.go and *cues.go files.
package requirements

import (
	"strings"
	"time"

	"github.com/atsmatch/atsmatch/pkg/dates"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Doc is one analysed document, as pkg/score reads it.
type Doc struct {
	Lines   []string      // normalised text split on "\n"; line n is Lines[n-1]
	Matches []match.Match // from match.Matcher.Match, in text order
	// Sections are sections.Job for a job and sections.Resume for a
	// resume, one per line; nil reads every line as Neutral, in no section.
	Sections []sections.Line
}

// Options set what the text does not say.
type Options struct {
	// AsOf is "present": a role running to the present ends in its month.
	// The caller chooses it (the CLI's --as-of, today by default), so the
	// same input and date give the same output.
	AsOf time.Time
}

// Status is a verdict on one requirement.
type Status string

// Verdicts.
const (
	Match    Status = "match"     // job title: the resume shows the posting's title
	Close    Status = "close"     // job title: the same role noun, another seniority or wording
	Missing  Status = "missing"   // job title: no resume title of that role
	Met      Status = "met"       // education, experience: the resume meets the ask
	Below    Status = "below"     // education, experience: the resume shows less
	Unknown  Status = "unknown"   // the resume (or, for a title, the job) says nothing to judge by
	NotAsked Status = "not_asked" // the job states no such requirement
)

// Evidence is one line a verdict rests on.
type Evidence struct {
	Line int    `json:"line"` // 1-based line in the normalised text
	Text string `json:"text"` // the whole line, trimmed
}

// Result is every requirement of a job read against one resume.
type Result struct {
	AsOf       string     `json:"as_of"` // the as-of date, "2006-01-02"
	JobTitle   Title      `json:"job_title"`
	Education  Education  `json:"education"`
	Experience Experience `json:"experience"`
	Knockouts  []Knockout `json:"knockouts"`
}

// Read runs every reader on a job and a resume.
func Read(dict *keywords.Dict, job, resume Doc, opt Options) Result {
	asOf := opt.AsOf
	if asOf.IsZero() {
		asOf = time.Now()
	}
	roles := findRoles(dict, resume, dates.MonthOf(asOf))
	return Result{
		AsOf:       asOf.Format(time.DateOnly),
		JobTitle:   readTitle(job, resume, roles),
		Education:  ReadEducation(dict, job, resume),
		Experience: readExperience(dict, job, resume, roles),
		Knockouts:  ReadKnockouts(dict, job),
	}
}

// ReadTitle compares the job's title with the resume's headline and
// experience titles.
func ReadTitle(dict *keywords.Dict, job, resume Doc, opt Options) Title {
	return readTitle(job, resume, findRoles(dict, resume, dates.MonthOf(opt.AsOf)))
}

// ReadExperience compares the years the job asks with the resume's dated
// roles, measured as of opt.AsOf.
func ReadExperience(dict *keywords.Dict, job, resume Doc, opt Options) Experience {
	return readExperience(dict, job, resume, findRoles(dict, resume, dates.MonthOf(opt.AsOf)))
}

// evidence returns line n (1-based) of d as evidence.
func (d Doc) evidence(n int) Evidence {
	return Evidence{Line: n, Text: strings.TrimSpace(d.Lines[n-1])}
}

// section returns the section of line n, or "" without sections.
func (d Doc) section(n int) sections.Line {
	if n-1 < len(d.Sections) {
		return d.Sections[n-1]
	}
	return sections.Line{}
}

// roleAt returns the job role of the position col of line n.
func (d Doc) roleAt(n, col int) sections.Role {
	if n-1 >= len(d.Sections) {
		return sections.Neutral
	}
	return sections.RoleAt(d.Lines[n-1], col, d.Sections[n-1])
}

// askRole returns the job role of an ask at [col, end) of line n: ignored
// where the line is, preferred under a preferred heading or when a
// preference cue stands before the ask or in its clause (the text between
// commas or semicolons, up to a bracket that opens with no cue), else
// neutral or required as the line is. Reading the clause keeps "4+ years
// of X, ideally in Y" a requirement of X, and "Bachelor's degree
// (Master's preferred)" a requirement of a Bachelor's.
func (d Doc) askRole(n, col, end int) sections.Role {
	role := d.roleAt(n, col)
	if role == sections.Ignored || n-1 >= len(d.Sections) {
		return role
	}
	if d.Sections[n-1].SectionRole == sections.Preferred {
		return sections.Preferred
	}
	line := strings.ToLower(d.Lines[n-1])
	stop := len(line)
	for k := max(end, col); k < len(line); k++ {
		if line[k] == ',' || line[k] == ';' || line[k] == '.' && (k+1 == len(line) || line[k+1] == ' ') ||
			line[k] == '(' && !startsWithCue(line[k+1:]) {
			stop = k
			break
		}
	}
	for _, c := range preferenceCues {
		if i := findPhrase(line, c); i >= 0 && i < stop {
			return sections.Preferred
		}
	}
	if role == sections.Preferred {
		return sections.Neutral // the cue qualifies a later clause
	}
	return role
}

// startsWithCue reports a bracket's text that opens with a preference cue
// ("(preferred)", "(a plus)"): it weighs the ask before it, where a
// bracket of its own ("(Master's preferred)") weighs another.
func startsWithCue(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, c := range preferenceCues {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// addEvidence appends line n unless it is already the last one listed.
func addEvidence(ev []Evidence, d Doc, n int) []Evidence {
	for _, e := range ev {
		if e.Line == n {
			return ev
		}
	}
	return append(ev, d.evidence(n))
}
