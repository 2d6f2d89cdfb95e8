package match

// Exclusions: a hit that is not the skill although the surface is, next to
// one of its term's not_before/not_after words ("PhD student"), or inside
// a company's name ("Brightline Logistics, Inc.").

import "github.com/atsmatch/atsmatch/pkg/tokenize"

// excluded returns why c is not its term's skill because one of the
// term's NotBefore phrases follows it or a NotAfter phrase precedes it
// ("PhD student", "PhD-fellowship"), or no rule. The phrase must touch the
// surface: only a space or a hyphen between, on the same line.
func (m *Matcher) excluded(view []vtok, c *cand) Rule {
	if name := companyName(view, c); name != "" {
		return Rule{ExcludeCompany, "part of the company name '" + name + "'"}
	}
	if len(m.notBefore) == 0 && len(m.notAfter) == 0 {
		return Rule{}
	}
	line := view[c.i].Line
	for _, seq := range m.notBefore[c.e.term] {
		k := c.j
		if k < len(view) && hyphenAt(view, k) {
			k++
		}
		if end := phraseFrom(view, k, line, seq); end >= 0 {
			return Rule{ExcludeNotBefore, "followed by '" + phraseText(view, k, end) + "'"}
		}
	}
	for _, seq := range m.notAfter[c.e.term] {
		k := c.i // the phrase ends before k
		if k > 0 && hyphenAt(view, k-1) {
			k--
		}
		if start := phraseTo(view, k, line, seq); start >= 0 {
			return Rule{ExcludeNotAfter, "preceded by '" + phraseText(view, start, k) + "'"}
		}
	}
	return Rule{}
}

// hyphenAt reports a '-' at view[k] touching the tokens on both sides.
func hyphenAt(view []vtok, k int) bool {
	v := view[k]
	return v.Kind == tokenize.Punct && v.Text == "-" && k > 0 && k+1 < len(view) &&
		view[k-1].End == v.Start && view[k+1].Start == v.End
}

// phraseFrom returns where the words of seq end when they stand at
// view[k:] on line (a context word's inflections allowed, see inflected;
// a hyphen between two words as good as a space: "part-time"), or -1.
func phraseFrom(view []vtok, k, line int, seq []string) int {
	for s, w := range seq {
		if s > 0 && k < len(view) && hyphenAt(view, k) {
			k++
		}
		if k >= len(view) || view[k].Line != line || !inflected(view[k].Norm, w) {
			return -1
		}
		k++
	}
	return k
}

// phraseTo is phraseFrom backwards: where the words of seq start when
// they end right before view[end], or -1.
func phraseTo(view []vtok, end, line int, seq []string) int {
	k := end
	for s := len(seq) - 1; s >= 0; s-- {
		if s < len(seq)-1 && k > 0 && hyphenAt(view, k-1) {
			k--
		}
		if k < 1 || view[k-1].Line != line || !inflected(view[k-1].Norm, seq[s]) {
			return -1
		}
		k--
	}
	return k
}

func phraseText(view []vtok, i, j int) string {
	return spanText(view, &cand{i: i, j: j})
}

// maxNameWords bounds the capitalised words of a company's name around a
// hit: "Kessler & Daughters Electric, Inc.", "Acme Medical Devices Ltd".
const maxNameWords = 4

// companyName returns the company's name that c is part of, or "": c is
// capitalised and, after at most a few more capitalised words and an
// optional comma, a legal form ends the name ("Brightline Logistics,
// Inc.", "Acme Medical Devices Ltd"). A company named after a skill names
// no skill of its own, on the job's header line or in a résumé's history.
func companyName(view []vtok, c *cand) string {
	line := view[c.i].Line
	if !capital(view[c.i]) {
		return ""
	}
	k := c.j
	for n := 0; n < maxNameWords && k < len(view) && view[k].Line == line && (capital(view[k]) && !legalForms[view[k].Norm] || view[k].Text == "&"); n++ {
		k++
	}
	if k < len(view) && view[k].Text == "," {
		k++
	}
	if k >= len(view) || view[k].Line != line || !legalForms[view[k].Norm] || !capital(view[k]) && view[k].Text != "plc" {
		return ""
	}
	end := k + 1
	if end < len(view) && view[end].Text == "." && view[end].Start == view[k].End {
		end++ // "Inc."
	}
	start := c.i
	for n := 0; n < maxNameWords && start > 0 && view[start-1].Line == line && (capital(view[start-1]) || possessivePiece(view, start-1) || view[start-1].Text == "&") && !sentenceStart(view, start); n++ {
		start--
	}
	return phraseText(view, start, end)
}
