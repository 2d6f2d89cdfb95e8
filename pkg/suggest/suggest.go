// Package suggest is the advice stage, after score: it turns a score into
// concrete, ranked advice: which missing terms to add and where, which
// synonyms to adopt so an ATS sees the job's exact wording, and which skills
// to move from a bare list into experience.
//
// # Ranking
//
// Advice about missing terms comes first, because only it changes the
// score; advice about how a matched term is shown (move, spelling) follows,
// then general advice. Within a group: required terms first, then by the
// points the term is worth in Total (100 × its importance share), hard
// before soft, then by name.
package suggest

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
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

// For returns suggestions, most valuable first.
func For(d *keywords.Dict, r score.Result, job, resume score.Doc) []Suggestion {
	terms := score.Lookup(d, resume.Matches)
	resumeSecs := resume.Sections
	if len(resumeSecs) != len(resume.Lines) {
		resumeSecs = sections.Resume(strings.Join(resume.Lines, "\n"))
	}
	resumeCount := map[string]int{}
	for _, m := range resume.Matches {
		resumeCount[m.TermID]++
	}
	var out []ranked
	for i, tr := range r.Terms {
		t := tr.Term
		rk := ranked{required: tr.Required, hard: t.Kind != keywords.Soft, name: t.Name}
		rk.points = 100 * tr.Importance
		if !tr.Matched {
			rk.group = 0
			switch {
			case !rk.hard:
				rk.s = Suggestion{t.ID, SoftAdd, softText(t, tr, job), i + 1}
			default:
				if alt, tool := alternative(t, terms, resumeCount); alt != nil {
					rk.s = Suggestion{t.ID, Reword, rewordText(t, alt, tool, tr.Required), i + 1}
				} else {
					rk.s = Suggestion{t.ID, Add, addText(t, tr, job), i + 1}
				}
			}
			out = append(out, rk)
			continue
		}
		rk.group = 1
		if tr.ResumeCount == 1 && onlyInSkills(tr.Resume, resumeSecs) {
			m := rk
			m.s = Suggestion{t.ID, Move, fmt.Sprintf("%q appears only in your skills list; mention it in an experience bullet to show how you used it.", t.Name), i + 1}
			out = append(out, m)
		}
		if js, rs, ok := differentNames(tr); ok {
			long, short := js, rs
			if utf8.RuneCountInString(rs) > utf8.RuneCountInString(js) {
				long, short = rs, js
			}
			m := rk
			m.s = Suggestion{t.ID, Spelling, fmt.Sprintf("The job writes %q; your resume writes %q. Use both forms once, e.g. %q, so a search for either finds it.",
				js, rs, long+" ("+short+")"), i + 1}
			out = append(out, m)
		}
	}
	if g, ok := general(r, resume, resumeSecs); ok {
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

func addText(t *keywords.Term, tr score.TermResult, job score.Doc) string {
	return fmt.Sprintf("The job %s %q%s. If you have used it, name it in an experience bullet.", verb(tr), t.Name, evidence(tr, job))
}

func softText(t *keywords.Term, tr score.TermResult, job score.Doc) string {
	return fmt.Sprintf("The job %s %q%s. Show it in an experience bullet rather than a list, e.g. %q.",
		verb(tr), t.Name, evidence(tr, job), softPattern(t))
}

// softPattern is a bullet template: an action, who with, and a result,
// which is what makes a soft skill credible to the recruiter who reads past
// the ATS.
func softPattern(t *keywords.Term) string {
	for _, f := range t.Forms {
		if strings.HasSuffix(strings.ToLower(f), "ed") && !strings.Contains(f, " ") {
			return upperFirst(strings.ToLower(f)) + " with <team or people> to <what you did>, <measurable result>"
		}
	}
	return "<What you achieved> through " + strings.ToLower(t.Name) + " with <team or people>, <measurable result>"
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// evidence quotes the job line that asks for the term: the first required
// occurrence, else the first that is not a mere preference, else the first.
func evidence(tr score.TermResult, job score.Doc) string {
	if len(tr.Job) == 0 {
		return ""
	}
	best, bestRank := tr.Job[0], 3
	roleAt := job.Roles()
	for _, m := range tr.Job {
		rank := 2
		switch roleAt(m.Line, m.Start) {
		case sections.Required:
			rank = 0
		case sections.Neutral:
			rank = 1
		}
		if rank < bestRank {
			best, bestRank = m, rank
		}
		if rank == 0 {
			break
		}
	}
	i := best.Line - 1
	if i < 0 || i >= len(job.Lines) {
		return ""
	}
	return fmt.Sprintf(" (line %d: %q)", best.Line, snippet(job.Lines[i], best.Start-lineStart(job.Lines, i), best.End-best.Start, best.Surface))
}

func lineStart(lines []string, i int) int {
	off := 0
	for _, l := range lines[:i] {
		off += len(l) + 1
	}
	return off
}

// snippet cuts a window around the term at col on word boundaries, drops
// list markers and trailing punctuation, and marks cuts with "…".
func snippet(line string, col, n int, surface string) string {
	if col < 0 || col+n > len(line) || line[col:col+n] != surface {
		// Offsets from another text version: fall back to the first occurrence.
		col, n = strings.Index(line, surface), len(surface)
		if col < 0 {
			col, n = 0, 0
		}
	}
	start, end := 0, len(line)
	cutL, cutR := false, false
	if col > snippetBefore {
		start = col - snippetBefore
		if sp := strings.IndexByte(line[start:col], ' '); sp >= 0 {
			start += sp + 1
		} else {
			start = col
		}
		cutL = true
	}
	if end-(col+n) > snippetAfter {
		end = col + n + snippetAfter
		if sp := strings.LastIndexByte(line[col+n:end], ' '); sp >= 0 {
			end = col + n + sp
		} else {
			end = col + n
		}
		cutR = true
	}
	s := strings.TrimSpace(line[start:end])
	if !cutL {
		s = strings.TrimSpace(strings.TrimLeft(s, "-•*·"))
	}
	s = strings.TrimRight(s, ".,;: ")
	if cutL {
		s = "…" + s
	}
	if cutR {
		s += "…"
	}
	return s
}

// alternative finds a resume term that stands in for the missing job term
// t, through the dictionary's Related links only: a term that lists t (a
// tool for the concept: Jenkins for CI/CD; tool is true), a term t lists
// (Message Queues for Kafka), or a sibling sharing a related term (RabbitMQ
// for Kafka, both message queues). Categories are not used: they are broad
// ("database" holds both Kafka and PostgreSQL), and "your resume only says
// PostgreSQL" for a missing RabbitMQ is noise.
func alternative(t *keywords.Term, terms map[string]*keywords.Term, resumeCount map[string]int) (alt *keywords.Term, tool bool) {
	best := func(ok func(*keywords.Term) bool) *keywords.Term {
		var b *keywords.Term
		for id, n := range resumeCount {
			c := terms[id]
			if c == nil || c.ID == t.ID || !ok(c) {
				continue
			}
			if b == nil || n > resumeCount[b.ID] || (n == resumeCount[b.ID] && c.Name < b.Name) {
				b = c
			}
		}
		return b
	}
	if a := best(func(c *keywords.Term) bool { return contains(c.Related, t.ID) }); a != nil {
		return a, true
	}
	if a := best(func(c *keywords.Term) bool { return contains(t.Related, c.ID) }); a != nil {
		return a, false
	}
	if a := best(func(c *keywords.Term) bool {
		for _, r := range c.Related {
			if contains(t.Related, r) {
				return true
			}
		}
		return false
	}); a != nil {
		return a, false
	}
	return nil, false
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func rewordText(t, alt *keywords.Term, tool, required bool) string {
	says := "says"
	if required {
		says = "requires"
	}
	if tool {
		return fmt.Sprintf("The job %s %q; your resume only says %q. Name %s explicitly, e.g. %q.",
			says, t.Name, alt.Name, t.Name, "used "+alt.Name+" for "+t.Name)
	}
	return fmt.Sprintf("The job %s %q; your resume only says %q. If you have used %s, name it too: an ATS does not count %q for it.",
		says, t.Name, alt.Name, t.Name, alt.Name)
}

// onlyInSkills reports that every occurrence sits in a skills section.
func onlyInSkills(ms []match.Match, secs []sections.Line) bool {
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		i := m.Line - 1
		if i < 0 || i >= len(secs) || secs[i].Section != sections.Skills {
			return false
		}
	}
	return true
}

// differentNames reports when job and resume name a matched term in
// disjoint ways (alias or acronym against the canonical name), returning
// the job's and the resume's most used forms. Inflections and glued words
// are the same name and do not count.
func differentNames(tr score.TermResult) (job, resume string, ok bool) {
	js, jset := names(tr.Job)
	rs, rset := names(tr.Resume)
	if js == "" || rs == "" {
		return "", "", false
	}
	for k := range jset {
		if rset[k] {
			return "", "", false
		}
	}
	return js, rs, true
}

// names returns the most frequent surface (first in text on ties) and the
// set of lower-cased surfaces.
func names(ms []match.Match) (string, map[string]bool) {
	count := map[string]int{}
	first := map[string]int{}
	var order []string
	for i, m := range ms {
		if m.How == match.Inflection || m.How == match.Glued || m.Surface == "" {
			continue
		}
		k := strings.ToLower(m.Surface)
		if _, seen := first[k]; !seen {
			first[k] = i
			order = append(order, m.Surface)
		}
		count[k]++
	}
	best := ""
	for _, s := range order {
		if best == "" || count[strings.ToLower(s)] > count[strings.ToLower(best)] {
			best = s
		}
	}
	set := make(map[string]bool, len(count))
	for k := range count {
		set[k] = true
	}
	return best, set
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
