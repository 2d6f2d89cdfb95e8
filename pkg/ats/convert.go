package ats

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/atsmatch/atsmatch/pkg/requirements"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/suggest"
)

// maxEvidence caps evidence per term per document: enough to show where,
// short enough to read.
const maxEvidence = 3

// howRank orders match kinds from the most to the least literal, to pick the
// "best" way a resume matched a term.
var howRank = map[match.How]int{
	match.Exact: 0, match.Alias: 1, match.Acronym: 2, match.DeclaredAcronym: 3,
	match.Inflection: 4, match.Glued: 5, score.Alternative: 6, score.Implied: 7, score.Shown: 8,
}

func (a *Analyzer) toMatchResult(job, res *analysed, sc score.Result, rq requirements.Result, sugg []suggest.Suggestion) *report.MatchResult {
	out := &report.MatchResult{
		SchemaVersion: report.SchemaVersion,
		Job: report.Document{Name: job.name, Parse: job.parse,
			IgnoredMatches: ignoredMatches(job.sdoc, true, job.result.Rejected, a.termName)},
		Resume: report.Document{Name: res.name, Parse: res.parse,
			IgnoredMatches: ignoredMatches(res.sdoc, false, res.result.Rejected, a.termName)},
		Score:     sc.Total,
		Subscores: report.Subscores{Hard: sc.Hard, Soft: sc.Soft},
		Coverage: report.Coverage{
			HardMatched: sc.HardMatched, HardTotal: sc.HardTotal,
			SoftMatched: sc.SoftMatched, SoftTotal: sc.SoftTotal,
		},
		Matched:           []report.MatchedTerm{},
		Missing:           []report.MissingTerm{},
		Suggestions:       []report.Suggestion{},
		Ignored:           ignoredSections(job.sdoc),
		DictionaryVersion: a.dict.Version,
		AlgorithmVersion:  AlgorithmVersion,
		AsOf:              rq.AsOf,
		Requirements:      toRequirements(rq, sc),
		// Shared, not copied: the analysed documents are never modified.
		JobLines:    job.sdoc.Lines,
		ResumeLines: res.sdoc.Lines,
	}
	// The first suggestion about an ask is its advice in the Missing list.
	advice := map[int]string{}
	for _, s := range sugg {
		name := ""
		if s.TermID != "" {
			name = a.termName(s.TermID)
			if _, seen := advice[s.Ask]; !seen && s.Ask > 0 {
				advice[s.Ask] = s.Text
			}
		}
		out.Suggestions = append(out.Suggestions, report.Suggestion{Term: name, Kind: string(s.Kind), Text: s.Text})
	}
	for i, tr := range sc.Terms {
		if tr.Term == nil {
			continue
		}
		jobEv := jobEvidence(job.sdoc.Lines, tr)
		alts := names(tr.Alternatives)
		if tr.Matched {
			m := report.MatchedTerm{
				Term:           tr.Term.Name,
				Kind:           string(tr.Term.Kind),
				Category:       tr.Term.Category,
				Match:          string(bestHow(tr.Resume)),
				Required:       tr.Required,
				Preferred:      tr.Preferred,
				Importance:     round3(tr.Importance),
				JobCount:       tr.JobCount,
				ResumeCount:    tr.ResumeCount,
				JobEvidence:    jobEv,
				ResumeEvidence: resumeEvidence(res.sdoc.Lines, tr),
				Alternatives:   alts,
				Open:           tr.Open && alts != nil,
			}
			if tr.How != "" {
				m.Match = string(tr.How)
			}
			if tr.SatisfiedBy != nil {
				m.SatisfiedBy = tr.SatisfiedBy.Name
			}
			out.Matched = append(out.Matched, m)
			continue
		}
		out.Missing = append(out.Missing, report.MissingTerm{
			Term:         tr.Term.Name,
			Kind:         string(tr.Term.Kind),
			Category:     tr.Term.Category,
			Importance:   round3(tr.Importance),
			Required:     tr.Required,
			Preferred:    tr.Preferred,
			JobCount:     tr.JobCount,
			JobEvidence:  jobEv,
			Suggestion:   advice[i+1],
			Alternatives: alts,
			Open:         tr.Open && alts != nil,
		})
	}
	return out
}

// names are the terms' names, nil for none (so the JSON field is omitted).
func names(ts []*keywords.Term) []string {
	if len(ts) == 0 {
		return nil
	}
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Name
	}
	return out
}

// jobEvidence cites where the job asks: for a term on its own, up to
// maxEvidence distinct lines; for a group, each member's (and the head's)
// first place, so every alternative shows how the job wrote it, then up to
// maxEvidence other lines (a duty or stack statement that names a member:
// the group's mentions there are its own).
func jobEvidence(lines []string, tr score.TermResult) []report.Evidence {
	if tr.Alternatives == nil {
		return evidence(lines, tr.Job)
	}
	valid := func(m match.Match) bool { return m.Line >= 1 && m.Line <= len(lines) }
	chosen := make([]bool, len(tr.Job))
	terms, cited := map[string]bool{}, map[int]bool{}
	for i, m := range tr.Job {
		if valid(m) && !terms[m.TermID] {
			terms[m.TermID], cited[m.Line], chosen[i] = true, true, true
		}
	}
	extra := 0
	for i, m := range tr.Job {
		if extra < maxEvidence && !chosen[i] && valid(m) && !cited[m.Line] {
			cited[m.Line], chosen[i] = true, true
			extra++
		}
	}
	out := []report.Evidence{}
	for i, m := range tr.Job {
		if chosen[i] {
			out = append(out, evidenceOf(lines, m))
		}
	}
	return out
}

// resumeEvidence cites the resume occurrences of the term that met the
// ask; an ask met another way (implied, alternative) carries its verdict
// rule, and one met by the resume's language cites the resume's first
// line.
func resumeEvidence(lines []string, tr score.TermResult) []report.Evidence {
	out := evidence(lines, tr.Resume)
	if tr.How == "" {
		return out
	}
	if len(out) == 0 && tr.Rule != nil {
		for i, l := range lines {
			if t := strings.TrimSpace(l); t != "" {
				out = append(out, report.Evidence{Line: i + 1, Text: t})
				break
			}
		}
	}
	for i := range out {
		out[i].Match = string(tr.How)
		out[i].Rule, out[i].RuleID = tr.Rule.String(), ""
		if tr.Rule != nil {
			out[i].RuleID = tr.Rule.ID.String()
		}
	}
	return out
}

// termName is a term's canonical name, or its id if the dictionary lacks it.
func (a *Analyzer) termName(id string) string {
	if t, ok := a.dict.Term(id); ok {
		return t.Name
	}
	return id
}

// ignoredMatches groups the matcher's rejections by (term, rule: its id and
// reason, which make its words), one entry
// each with every line, ordered by first line, then term, then rule.
// In a job description (job), rejections on lines or sentences left out
// of scoring (a benefits section, a company blurb) are dropped: the
// section, not a word rule, is why they do not count. A resume has no
// boilerplate, so all of its rejections stay, even in a sentence that
// reads like a job's ("Acme is a leading HR portal maker."). Nil when
// there are none, so the JSON field is omitted.
func ignoredMatches(d score.Doc, job bool, rej []match.Rejection, name func(id string) string) []report.IgnoredMatch {
	type key struct {
		id   string
		rule match.Rule
	}
	var out []report.IgnoredMatch
	at := map[key]int{}
	role := d.Roles()
	for _, r := range rej {
		if r.Line < 1 || r.Line > len(d.Lines) {
			continue
		}
		if job && role(r.Line, r.Start) == sections.Ignored {
			continue
		}
		var rule match.Rule
		if r.Rule != nil {
			rule = *r.Rule
		}
		k := key{r.TermID, rule}
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, report.IgnoredMatch{
				TermID: r.TermID, Term: name(r.TermID), Surface: r.Surface,
				Rule: rule.String(), RuleID: rule.ID.String(), Reason: rule.Reason,
				Line: r.Line, Text: evidenceText(d.Lines, r.Line, r.End, r.Surface),
			})
			i = len(out) - 1
		}
		e := &out[i]
		e.Count++
		// Rejections come in text order, so a repeat is on the last line;
		// the sort and compact below cover any other order.
		if n := len(e.Lines); n == 0 || e.Lines[n-1] != r.Line {
			e.Lines = append(e.Lines, r.Line)
		}
		if r.Line < e.Line { // rejections arrive in text order; guard anyway
			e.Line, e.Text, e.Surface = r.Line, evidenceText(d.Lines, r.Line, r.End, r.Surface), r.Surface
		}
	}
	for i := range out {
		slices.Sort(out[i].Lines)
		out[i].Lines = slices.Compact(out[i].Lines)
	}
	slices.SortStableFunc(out, func(x, y report.IgnoredMatch) int {
		return cmp.Or(cmp.Compare(x.Line, y.Line), cmp.Compare(strings.ToLower(x.Term), strings.ToLower(y.Term)),
			cmp.Compare(x.Term, y.Term), cmp.Compare(x.Rule, y.Rule))
	})
	return out
}

func bestHow(ms []match.Match) match.How {
	best := match.How("")
	for _, m := range ms {
		r, ok := howRank[m.How]
		if !ok {
			r = len(howRank)
		}
		if b, bok := howRank[best]; best == "" || !bok || r < b {
			best = m.How
		}
	}
	return best
}

// evidence cites up to maxEvidence distinct lines, in text order.
func evidence(lines []string, ms []match.Match) []report.Evidence {
	out := []report.Evidence{}
	seen := map[int]bool{}
	for _, m := range ms {
		if len(out) == maxEvidence {
			break
		}
		if seen[m.Line] || m.Line < 1 || m.Line > len(lines) {
			continue
		}
		seen[m.Line] = true
		out = append(out, evidenceOf(lines, m))
	}
	return out
}

// evidenceText quotes line n (1-based) for a match written surface and
// ending at byte end: the line with its column gaps closed up, and the
// next line too when the match ends there (a term broken by a line wrap,
// which the matcher reads as one; match.Match.Line is its first line).
func evidenceText(lines []string, n, end int, surface string) string {
	t := lines[n-1]
	if n < len(lines) && !strings.Contains(t, surface) { // a surface on one line is a piece of it
		next := 0 // where line n+1 starts
		for _, l := range lines[:n] {
			next += len(l) + 1
		}
		if end > next {
			t += " " + lines[n]
		}
	}
	if !strings.Contains(t, "  ") {
		return strings.TrimSpace(t)
	}
	return strings.Join(strings.Fields(t), " ")
}

// evidenceOf cites one occurrence; m.Line is within lines.
func evidenceOf(lines []string, m match.Match) report.Evidence {
	ev := report.Evidence{
		Line:    m.Line,
		Text:    evidenceText(lines, m.Line, m.End, m.Surface),
		Surface: m.Surface,
		Match:   string(m.How),
	}
	if m.Rule != nil {
		ev.Rule, ev.RuleID = m.Rule.String(), m.Rule.ID.String()
	}
	return ev
}

// ignoredSections groups consecutive Ignored job lines into ranges. Blank
// lines between two ignored lines with the same reason do not split a range.
func ignoredSections(d score.Doc) []report.IgnoredSection {
	out := []report.IgnoredSection{}
	var cur *report.IgnoredSection
	for i, l := range d.Sections {
		n := i + 1
		blank := strings.TrimSpace(d.Lines[i]) == ""
		switch {
		case l.Role == sections.Ignored && !blank:
			if cur != nil && cur.Reason == l.Reason {
				cur.ToLine = n
				continue
			}
			out = append(out, report.IgnoredSection{
				FromLine: n, ToLine: n,
				Heading: heading(l, d.Lines[i]),
				Reason:  l.Reason,
			})
			cur = &out[len(out)-1]
		case blank && (l.Role == sections.Ignored || cur != nil):
			// A blank line neither ends nor extends a range.
		default:
			cur = nil
		}
	}
	return out
}

// heading names an ignored range by its first line, which is the section
// heading as written ("Benefits:") when the range is a section; the
// normalised section name is the fallback for an empty heading.
func heading(l sections.Line, text string) string {
	h := strings.TrimSpace(strings.TrimRight(strings.TrimLeft(strings.TrimSpace(text), "#*= "), ":*= "))
	if h == "" {
		return l.Section
	}
	if r := []rune(h); len(r) > 60 {
		h = string(r[:60]) + "…"
	}
	return h
}

// keywordList summarises matches per term: kind (hard first), then count
// (most first), then name.
func (a *Analyzer) keywordList(lines []string, ms []match.Match) []report.Keyword {
	byID := map[string][]match.Match{}
	var order []string
	for _, m := range ms {
		if _, ok := byID[m.TermID]; !ok {
			order = append(order, m.TermID)
		}
		byID[m.TermID] = append(byID[m.TermID], m)
	}
	out := make([]report.Keyword, 0, len(order))
	for _, id := range order {
		occ := byID[id]
		k := report.Keyword{Term: id, Count: len(occ), Forms: []string{}, Evidence: evidence(lines, occ)}
		if t, ok := a.dict.Term(id); ok {
			k.Term, k.Kind, k.Category = t.Name, string(t.Kind), t.Category
		}
		for _, m := range occ {
			if !slices.Contains(k.Forms, m.Surface) {
				k.Forms = append(k.Forms, m.Surface)
			}
		}
		out = append(out, k)
	}
	slices.SortStableFunc(out, func(x, y report.Keyword) int {
		if c := cmp.Compare(kindRank(x.Kind), kindRank(y.Kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(y.Count, x.Count); c != 0 {
			return c
		}
		return cmp.Compare(strings.ToLower(x.Term), strings.ToLower(y.Term))
	})
	return out
}

func kindRank(k string) int {
	if k == "hard" {
		return 0
	}
	return 1
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
