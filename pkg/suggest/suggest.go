// Package suggest is the advice stage, after score: it turns a score into
// concrete, ranked advice: which missing terms to add and where, which
// synonyms to adopt so an ATS sees the job's exact wording, and which skills
// to move from a bare list into experience.
//
// # Ranking
//
// Advice about missing terms comes first, because only it changes the
// score; advice about how a matched term is shown (move, spelling, naming
// the job's broader term) follows, then general advice. Within a group:
// required terms first, then by the points the term is worth in Total (100
// × its importance share), hard before soft, then by name.
//
// # What advice never does
//
// It never asks for a form the resume already has, never asks for an
// unused alternative of a requirement group (the group is one ask, and
// its advice names every member), never nudges a claim the resume does not
// make (an alias that is another phrase, "project coordination" for
// "project management", gets no "use both forms"), and fits its words to
// the kind of term: a certificate is held, a language spoken, a tool used
// (words.go).
package suggest

import (
	"fmt"
	"sort"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/requirements"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Kind classifies a suggestion.
type Kind string

// Suggestion kinds.
const (
	Add      Kind = "add"        // the resume lacks the term
	Reword   Kind = "reword"     // the resume has a related term; use the job's wording
	Move     Kind = "move"       // the term only appears in a skills list; show it in experience
	SoftAdd  Kind = "soft-skill" // a soft skill to demonstrate in a bullet
	Spelling Kind = "spelling"   // the resume uses another name (alias, acronym) than the job
	General  Kind = "general"
)

// Suggestion is one piece of advice. TermID is empty for general advice.
type Suggestion struct {
	TermID string
	Kind   Kind
	Text   string
	// Ask is 1 + the index in score.Result.Terms of the ask the advice is
	// about, 0 for general advice: a group and a term of the same name
	// are two asks.
	Ask int
}

// Snippet bounds, in bytes, around a quoted term.
const (
	snippetBefore = 50
	snippetAfter  = 30
)

// ranked is a suggestion with its sort keys.
type ranked struct {
	s        Suggestion
	group    int // 0 missing term, 1 presentation of a matched term, 2 general
	required bool
	points   float64
	hard     bool
	name     string
}

// advisor holds what every piece of advice about one pair reads.
type advisor struct {
	d           *keywords.Dict
	job, resume score.Doc
	resumeSecs  []sections.Line
	terms       map[string]*keywords.Term // the resume's terms by ID
	resumeCount map[string]int
	resumeText  string // lower case, for "already written" checks
}

// For returns suggestions, most valuable first. With the requirements
// read for the pair (rq, at most one), a requirement the resume falls
// short of earns advice too (requirements.go).
func For(d *keywords.Dict, r score.Result, job, resume score.Doc, rq ...requirements.Result) []Suggestion {
	ad := &advisor{d: d, job: job, resume: resume, terms: score.Lookup(d, resume.Matches), resumeCount: map[string]int{}}
	ad.resumeSecs = resume.Sections
	if len(ad.resumeSecs) != len(resume.Lines) {
		ad.resumeSecs = sections.Resume(strings.Join(resume.Lines, "\n"))
	}
	for _, m := range resume.Matches {
		ad.resumeCount[m.TermID]++
	}
	var out []ranked
	seen := map[string]bool{} // a group and a term of one name may earn the same words
	add := func(rk ranked) {
		if !seen[rk.s.Text] {
			seen[rk.s.Text] = true
			out = append(out, rk)
		}
	}
	for i, tr := range r.Terms {
		t := tr.Term
		rk := ranked{required: tr.Required, hard: t.Kind != keywords.Soft, name: t.Name, points: 100 * tr.Importance}
		if !tr.Matched {
			rk.s = ad.missing(tr)
			rk.s.Ask = i + 1
			add(rk)
			continue
		}
		rk.group = 1
		for _, s := range ad.presentation(tr) {
			m := rk
			m.s = s
			m.s.Ask = i + 1
			add(m)
		}
	}
	if len(rq) > 0 {
		out = append(out, requirementAdvice(r, rq[0])...)
	}
	if g, ok := general(r, resume, ad.resumeSecs); ok {
		out = append(out, ranked{s: g, group: 2})
	}

	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.group != b.group {
			return a.group < b.group
		}
		if a.required != b.required {
			return a.required
		}
		if a.points != b.points {
			return a.points > b.points
		}
		if a.hard != b.hard {
			return a.hard
		}
		if a.name != b.name {
			return a.name < b.name
		}
		return a.s.Kind < b.s.Kind
	})
	if len(out) == 0 {
		return nil
	}
	res := make([]Suggestion, len(out))
	for i, rk := range out {
		res[i] = rk.s
	}
	return res
}

func verb(tr score.TermResult) string {
	switch {
	case tr.Required:
		return "requires"
	case tr.Preferred:
		return "prefers"
	default:
		return "asks for"
	}
}

// quoted lists names in quotes, the last after "or": "xUnit" or "NUnit".
func quoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// general returns advice not tied to one term: a resume with no skills
// section when the job asks for hard skills.
func general(r score.Result, resume score.Doc, secs []sections.Line) (Suggestion, bool) {
	if r.HardTotal == 0 || strings.TrimSpace(strings.Join(resume.Lines, "")) == "" {
		return Suggestion{}, false
	}
	for _, s := range secs {
		if s.Section == sections.Skills {
			return Suggestion{}, false
		}
	}
	return Suggestion{Kind: General, Text: `Your resume has no skills section; add one headed "Skills" that lists the tools you use, since ATS parsers look for it.`}, true
}
