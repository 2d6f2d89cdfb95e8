package suggest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Advice for an ask the resume does not meet.

// missing is the advice for an ask the resume does not meet: a reword tip
// when the resume has a related or broader term, else an add (a soft-skill
// bullet for a soft skill); a group's advice names every member.
func (ad *advisor) missing(tr score.TermResult) Suggestion {
	t := tr.Term
	if alt, tool := ad.alternative(tr); alt != nil && t.Kind != keywords.Soft {
		return Suggestion{TermID: t.ID, Kind: Reword, Text: rewordText(tr, alt, tool)}
	}
	switch {
	case tr.Alternatives != nil:
		kind := Add
		if t.Kind == keywords.Soft {
			kind = SoftAdd
		}
		return Suggestion{TermID: t.ID, Kind: kind, Text: groupText(tr, ad.job)}
	case t.Kind == keywords.Soft:
		return Suggestion{TermID: t.ID, Kind: SoftAdd, Text: softText(t, tr, ad.job)}
	}
	return Suggestion{TermID: t.ID, Kind: Add, Text: fmt.Sprintf("The job %s %q%s. %s, name it in an experience bullet.",
		verb(tr), t.Name, evidence(tr, ad.job), ifHave(t, "it"))}
}

// ifHave is the condition fitted to the kind of term: "If you have used
// it", "If you hold it", "If you speak it", "If you have experience with
// it"; what is "it" or "one".
func ifHave(t *keywords.Term, what string) string {
	switch {
	case heldCategories[t.Category]:
		return "If you hold " + what
	case spokenCategories[t.Category]:
		return "If you speak " + what
	case usedCategories[t.Category]:
		return "If you have used " + what
	}
	return "If you have experience with " + what
}

// groupText asks for a group: "one of "xUnit" or "NUnit"", "one of
// "PostgreSQL" or "MySQL", or a similar one", or for an open list's head
// with its examples: ""Message Queues", e.g. "RabbitMQ" or "Apache
// Kafka"".
func groupText(tr score.TermResult, job score.Doc) string {
	alts := make([]string, len(tr.Alternatives))
	for i, a := range tr.Alternatives {
		alts[i] = a.Name
	}
	var what string
	if tr.Head {
		what = fmt.Sprintf("%q, e.g. %s", tr.Term.Name, quoted(alts))
	} else {
		what = "one of " + quoted(append([]string{tr.Term.Name}, alts...))
		if tr.Open {
			what += ", or a similar one"
		}
	}
	if tr.Term.Kind == keywords.Soft {
		return fmt.Sprintf("The job %s %s%s. Show one in an experience bullet rather than a list.", verb(tr), what, evidence(tr, job))
	}
	return fmt.Sprintf("The job %s %s%s. %s, name it in an experience bullet.", verb(tr), what, evidence(tr, job), ifHave(tr.Term, "one"))
}

func softText(t *keywords.Term, tr score.TermResult, job score.Doc) string {
	return fmt.Sprintf("The job %s %q%s. Show it in an experience bullet rather than a list, e.g. %q.",
		verb(tr), t.Name, evidence(tr, job), softPattern(t))
}

// softPattern is a bullet template: an action, who with, and a result,
// which is what makes a soft skill credible to the recruiter who reads past
// the ATS. It is fitted to the words the dictionary has, so it reads as
// English: a past tense that takes people ("Communicated with ..."), one
// that takes an object ("Organized <what or whom>"), a noun ("through
// problem solving"), or, for an adjective ("Bilingual"), no inflection.
func softPattern(t *keywords.Term) string {
	for _, f := range t.Forms {
		f = strings.ToLower(f)
		// A past tense is one word; "team-oriented" is an adjective.
		if strings.ContainsAny(f, " -") || !(strings.HasSuffix(f, "ed") || f == "led") {
			continue
		}
		if withVerbs[f] {
			return upperFirst(f) + " with <team or people> to <what you did>, <measurable result>"
		}
		return upperFirst(f) + " <what or whom>, <measurable result>"
	}
	name := strings.ToLower(t.Name)
	if !nounish(name) {
		return "<What you did that shows it>, <measurable result>"
	}
	for _, w := range strings.Fields(name) {
		if withNouns[w] {
			return "<What you achieved> through " + name + " with <team or people>, <measurable result>"
		}
	}
	return "<What you achieved> through " + name + ", <measurable result>"
}

// nounish reports whether a (lower-case) name ends like a noun.
func nounish(name string) bool {
	for _, e := range nounEndings {
		if strings.HasSuffix(name, e) {
			return true
		}
	}
	return false
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// alternative finds a resume term that stands in for a missing ask (any
// member of a group), through the dictionary's Related and Broader links
// only: a term that lists the ask's term (a tool for the concept: Jenkins
// for CI/CD; tool is true), a term the ask's term implies (the resume says
// "relational databases" where the job asks for PostgreSQL: a general term
// never meets a specific ask), a term it lists (Message Queues for Kafka),
// or a sibling sharing a related or broader term (RabbitMQ for Kafka, both
// message queues; Cerner for Epic, both EHRs). Categories are not used: they are broad ("database" holds both
// Kafka and PostgreSQL), and "your resume only says PostgreSQL" for a
// missing RabbitMQ is noise.
func (ad *advisor) alternative(tr score.TermResult) (alt *keywords.Term, tool bool) {
	asked := append([]*keywords.Term{tr.Term}, tr.Alternatives...)
	best := func(ok func(t, c *keywords.Term) bool) *keywords.Term {
		var b *keywords.Term
		for id, n := range ad.resumeCount {
			c := ad.terms[id]
			if c == nil {
				continue
			}
			for _, t := range asked {
				if c.ID == t.ID || !ok(t, c) {
					continue
				}
				if b == nil || n > ad.resumeCount[b.ID] || (n == ad.resumeCount[b.ID] && c.Name < b.Name) {
					b = c
				}
			}
		}
		return b
	}
	if a := best(func(t, c *keywords.Term) bool { return contains(c.Related, t.ID) }); a != nil {
		return a, true
	}
	if ad.d != nil {
		if a := best(func(t, c *keywords.Term) bool { return ad.d.Implies(t.ID, c.ID) }); a != nil {
			return a, false
		}
	}
	if a := best(func(t, c *keywords.Term) bool { return contains(t.Related, c.ID) }); a != nil {
		return a, false
	}
	if a := best(func(t, c *keywords.Term) bool {
		for _, ids := range [][]string{c.Related, c.Broader} {
			for _, r := range ids {
				if contains(t.Related, r) || contains(t.Broader, r) {
					return true
				}
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

// rewordText advises naming the ask beside the related term the resume
// has: "used Jenkins for CI/CD" when a tool serves the concept, "OSHA 30
// (OSHA)" when the related term is a credential or a form of the ask,
// else "name it too" for a sibling or a broader term.
func rewordText(tr score.TermResult, alt *keywords.Term, tool bool) string {
	t := tr.Term
	says := "says"
	if tr.Required {
		says = "requires"
	}
	asked := fmt.Sprintf("%q", t.Name)
	if tr.Alternatives != nil {
		asked = groupAsked(tr)
	}
	if tool {
		if usedCategories[alt.Category] && !heldCategories[t.Category] && !formOf(alt, t) {
			return fmt.Sprintf("The job %s %s; your resume only says %q. Name %s explicitly, e.g. %q.",
				says, asked, alt.Name, t.Name, "used "+alt.Name+" for "+t.Name)
		}
		return fmt.Sprintf("The job %s %s; your resume only says %q. If that is what it is, name %s explicitly too, e.g. %q.",
			says, asked, alt.Name, t.Name, alt.Name+" ("+t.Name+")")
	}
	which := t.Name
	if tr.Alternatives != nil {
		which = "one"
	}
	return fmt.Sprintf("The job %s %s; your resume only says %q. %s, name it too: an ATS does not count %q for it.",
		says, asked, alt.Name, ifHave(t, which), alt.Name)
}

// groupAsked names a group in a sentence: "one of "Kafka" or "RabbitMQ"",
// ""Message Queues" (e.g. "RabbitMQ" or "Apache Kafka")".
func groupAsked(tr score.TermResult) string {
	alts := make([]string, len(tr.Alternatives))
	for i, a := range tr.Alternatives {
		alts[i] = a.Name
	}
	if tr.Head {
		return fmt.Sprintf("%q (e.g. %s)", tr.Term.Name, quoted(alts))
	}
	return "one of " + quoted(append([]string{tr.Term.Name}, alts...))
}

// formOf reports whether a's name starts with t's ("OSHA 30" and "OSHA",
// "Six Sigma Green Belt" and "Six Sigma"): a form of the term, not a tool
// used for it ("Microsoft SQL Server" is used for SQL).
func formOf(a, t *keywords.Term) bool {
	an, tn := strings.ToLower(a.Name), strings.ToLower(t.Name)
	return strings.HasPrefix(an, tn) && containsWords(an, tn)
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
