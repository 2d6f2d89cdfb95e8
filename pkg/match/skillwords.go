package match

// Skill words: an ambiguous name that the words around it ask for as a
// skill ("telemetry experience", "advanced knowledge of excel"), whatever
// its case.

import (
	"strings"
	"unicode"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// skillWord returns the words that ask for c as a skill, or "": a skill
// noun right after it ("telemetry experience", "Excel skills") or a lead
// right before it ("knowledge of excel", "proficient in Go", "advanced
// excel") when the name ends its noun phrase there ("knowledge of excel
// and Word", not "experience in lead generation" or "knowledge of go to
// market"). Not for a single letter or an initialism, whose senses are
// many whatever is asked ("C certification" is a grade, "IP knowledge"
// a network's), nor inside a hyphenated word ("go-to-market experience").
// A soft skill's surface is often an adjective, so a noun after it or an
// adjective before it asks for nothing ("thorough knowledge", "a positive
// experience"); only a hard skill takes those.
func (m *Matcher) skillWord(view []vtok, c *cand) string {
	if c.e.letter || partOfCompound(view, c) {
		return ""
	}
	w := spanText(view, c)
	if initialism(w) {
		return ""
	}
	hard := m.dict.Terms[c.e.term].Kind == keywords.Hard
	line := view[c.i].Line
	if hard && c.j < len(view) && view[c.j].Line == line && view[c.j].Kind == tokenize.Word && skillNouns[view[c.j].Norm] {
		return w + " " + view[c.j].Text
	}
	for _, lead := range skillLeads {
		if len(lead) == 1 && !hard {
			continue // "advanced", "intermediate": a level of a hard skill
		}
		start := c.i - len(lead)
		if start < 0 || view[start].Line != line || !leadAt(view, start, lead) {
			continue
		}
		if c.j < len(view) && view[c.j].Line == line && view[c.j].Kind == tokenize.Word && !nounEnds[view[c.j].Norm] {
			return "" // the name is part of a longer phrase: "Rust Belt", "lead generation"
		}
		return phraseText(view, start, c.j)
	}
	return ""
}

// leadAt reports the words of lead at view[start:].
func leadAt(view []vtok, start int, lead []string) bool {
	for k, w := range lead {
		if view[start+k].Norm != w {
			return false
		}
	}
	return true
}

// askedFor counts c when words ask for it as a skill (skillWord).
func (m *Matcher) askedFor(view []vtok, c *cand) {
	if w := m.skillWord(view, c); w != "" {
		c.ok, c.rule = true, Rule{ContextSkillWord, "asked for as a skill ('" + w + "')"}
	}
}

// capitalsName reports a name listed in capitals (SOLID, SOAP): written so,
// it is the name; in lower case it is the ordinary word.
func capitalsName(cased []string) bool {
	for _, w := range cased {
		if !hasUpper(w) || strings.IndexFunc(w, unicode.IsLower) >= 0 {
			return false
		}
	}
	return len(cased) > 0
}
