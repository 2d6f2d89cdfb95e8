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
// noun after it (nounAfter: "telemetry experience", "Excel skills",
// "analytical, organisational and communication skills") or a lead
// right before it ("knowledge of excel", "proficient in Go", "advanced
// excel") when the name ends its noun phrase there ("knowledge of excel
// and Word", not "experience in lead generation" or "knowledge of go to
// market"). Not for a single letter or an initialism, whose senses are
// many whatever is asked ("C certification" is a grade, "IP knowledge"
// a network's), nor inside a hyphenated word ("go-to-market experience").
// A soft skill's surface is often an adjective, so an adjective before it
// asks for nothing; only a hard skill takes "advanced" or "intermediate".
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
	if end := nounAfter(view, c, hard); end > 0 {
		return phraseText(view, c.i, end)
	}
	if end := askedAfter(view, c); end > 0 && capitalsOrName(c) && hasUpper(w) {
		return phraseText(view, c.i, end)
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

// maxCoordinated bounds the other items between a name and the skill noun
// they share ("analytical, organisational and communication skills").
const maxCoordinated = 3

// nounAfter returns the end of the skill noun that asks for c, right after
// it or after other items sharing it ("telemetry experience", "excel, word
// and access skills", "analytical, organisational and communication
// skills"), or 0. A hard skill takes any skill noun; a soft skill's
// surface is often an adjective, so only "skills" or "abilities" name it
// ("thorough knowledge", "a positive experience" name no soft skill).
func nounAfter(view []vtok, c *cand, hard bool) int {
	line := view[c.i].Line
	noun := func(k int) bool {
		if k >= len(view) || view[k].Line != line || view[k].Kind != tokenize.Word {
			return false
		}
		if hard {
			return skillNouns[view[k].Norm]
		}
		return isAny(view[k].Norm, "skills", "skill", "abilities")
	}
	k := c.j
	if noun(k) {
		return k + 1
	}
	for n := 0; n < maxCoordinated && k < len(view) && view[k].Line == line && coordSep(view[k]); n++ {
		if k++; k < len(view) && view[k].Line == line && coordSep(view[k]) {
			k++ // ", and"
		}
		words := 0
		for ; words < 2 && k < len(view) && view[k].Line == line && view[k].Kind == tokenize.Word && !coordSep(view[k]) && !noun(k); words++ {
			k++
		}
		if words == 0 {
			return 0
		}
		if noun(k) {
			return k + 1
		}
	}
	return 0
}

// Bounds of the verb and adverbs between a name and its askWords.
const maxAskGap = 4

// askedAfter returns the end of the words after c that ask for it
// ("Spanish is a plus", "Spanish are both considered a plus", "German
// preferred"), or 0: a verb and adverbs (askVerbs, askAdverbs) and then
// one of askWords, in c's sentence (on its line or the next when prose
// wraps there: onClause), when c starts its phrase; skillWord takes it
// for a name only (capitalsOrName) (no lower-case
// word but a preposition or conjunction before it). Without a verb the ask word must end the
// clause: "German preferred.", not "a degree plus experience" or "Excel
// must be used".
func askedAfter(view []vtok, c *cand) int {
	line := view[c.i].Line
	if p := c.i - 1; p >= 0 && view[p].Line == line && view[p].Kind == tokenize.Word && view[p].Text == view[p].Norm && !functionWord(view[p].Norm) {
		return 0 // the name ends a longer phrase, which is what is asked for: "offshore teams is a plus"
	}
	k, verb := c.j, false
	for ; k < c.j+maxAskGap && onClause(view, k, line) && (askVerbs[view[k].Norm] || askAdverbs[view[k].Norm]); k++ {
		verb = verb || askVerbs[view[k].Norm]
	}
	if !onClause(view, k, line) {
		return 0
	}
	for _, seq := range askWords {
		end := phraseFrom(view, k, view[k].Line, seq)
		if end < 0 || !exactly(view, k, seq) {
			continue
		}
		if verb || end == len(view) || view[end].Line != view[k].Line || view[end].Kind != tokenize.Word || isAny(view[end].Norm, "but", "and", "or") {
			return end
		}
	}
	return 0
}

// capitalsOrName reports a term listed as a name, capitalised and no
// common noun: "Spanish is a plus" asks for the language, while "COVID-19
// vaccination is required" or "travel is required" states a condition.
// skillWord also wants the name written so ("excel is a must" may be the
// word).
func capitalsOrName(c *cand) bool {
	return c.e.cased != nil && hasUpper(c.e.cased[0]) && !c.e.common
}

// exactly reports the words of seq at view[k:] as written, without an
// inflection: "musts" or "pluses" ask for nothing.
func exactly(view []vtok, k int, seq []string) bool {
	for n, w := range seq {
		if view[k+n].Norm != w {
			return false
		}
	}
	return true
}

// coordSep reports a comma, slash, "and" or "or" between items that share
// a noun.
func coordSep(v vtok) bool {
	return v.Text == "," || v.Text == "/" || v.Norm == "and" || v.Norm == "or"
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
