package match

// Confirmation: which ambiguous hits count, in rule order (a qualifier,
// the listed capitalisation, a version, a list, a heading, capitals
// mid-sentence), and why the others do not.

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// confirm applies the context rules, in three passes: the rules that read
// only a hit and the words around it (confirmNear), the list rule to a
// fixpoint (confirmLists), then the rest for the hits still undecided
// (confirmRest).
func (m *Matcher) confirm(view []vtok, cands []cand) {
	for k := range cands {
		// An acronym in brackets beside the words it spells is theirs,
		// before any rule reads it as another term's.
		if r := m.acronymOf(view, cands, k); r.ID != NoRule {
			cands[k].rule = r
			continue
		}
		m.confirmNear(view, &cands[k])
	}
	m.confirmLists(view, cands)
	for k := range cands {
		if !cands[k].decided() {
			m.confirmRest(view, cands, k)
		}
	}
}

// confirmNear decides c by its term's exclusions, a context word near it,
// words that ask for it as a skill, its capitalisation and a version after
// it; an ambiguous hit none of them decides is left undecided, and so is
// one in lower case, for the list rule.
func (m *Matcher) confirmNear(view []vtok, c *cand) {
	// Before anything else: an excluded hit must not confirm its
	// neighbours in a list either.
	if rej := m.excluded(view, c); rej.ID != NoRule {
		c.rule = rej
		return
	}
	if !c.e.ambiguous {
		c.ok = true
		return
	}
	if q := m.qualifier(view, c); q != "" {
		c.ok, c.rule = true, Rule{ContextQualifier, "next to '" + q + "'"}
		return
	}
	if q := includedIn(view, m.context[c.e.term], c); q != "" {
		c.ok, c.rule = true, Rule{ContextQualifier, "included in a phrase with '" + q + "'"}
		return
	}
	if !m.rightCase(view, c) {
		w := spanText(view, c)
		if w != strings.ToLower(w) {
			c.rule = Rule{OrdinaryCase, "'" + w + "' is not written '" + strings.Join(c.e.cased, " ") + "'"}
		} else if !capitalsName(c.e.cased) {
			// "telemetry experience", "knowledge of excel" ask for the
			// skill in lower case too; a name in capitals stands against
			// the lower-case word ("solid experience" is no SOLID).
			m.askedFor(view, c)
		}
		// A lower-case word waits for the list rule ("empathy, patience,
		// active listening"); confirmRest reads it as an ordinary word.
		return
	}
	// A version follows a name, not a common noun: "monitoring 24
	// hours", "serving 12 million customers".
	if c.j < len(view) && view[c.j].Kind == tokenize.Number && view[c.j].Line == view[c.j-1].Line && !c.e.common {
		c.ok, c.rule = true, Rule{ContextVersion, "followed by version " + view[c.j].Text}
	}
}

// confirmLists runs the list rule to a fixpoint: a neighbour confirmed by
// the list rule can confirm the next one ("Go, Rust and Python").
// Passes alternate direction so a chain confirms in one pass either way,
// keeping long lists linear rather than quadratic.
func (m *Matcher) confirmLists(view []vtok, cands []cand) {
	for pass, changed := 0, true; changed; pass++ {
		changed = false
		for n := range cands {
			k := n
			if pass%2 == 1 {
				k = len(cands) - 1 - n
			}
			c := &cands[k]
			if c.decided() {
				continue
			}
			var with []string
			if k > 0 && m.listed(view, cands, k-1) {
				with = append(with, spanText(view, &cands[k-1]))
			}
			if k+1 < len(cands) && m.listed(view, cands, k) {
				with = append(with, spanText(view, &cands[k+1]))
			}
			if len(with) > 0 {
				c.ok, c.rule = true, Rule{ContextList, "listed with " + strings.Join(with, ", ")}
				changed = true
			}
		}
	}
}

// confirmRest decides an ambiguous hit no neighbour confirmed: in lower
// case it is an ordinary word; else a heading over its list, else why it
// reads as an ordinary word, else its capitals mid-sentence (capitalRule).
func (m *Matcher) confirmRest(view []vtok, cands []cand, k int) {
	c := &cands[k]
	if !m.rightCase(view, c) {
		c.rule = Rule{OrdinaryLowercase, "lowercase '" + spanText(view, c) + "' reads as an ordinary word"}
		return
	}
	if h := m.headingContext(view, c); h != "" {
		c.ok, c.rule = true, Rule{ContextHeading, "listed under '" + h + "'"}
		return
	}
	word := spanText(view, c)
	defer func() {
		// An ordinary-word reading yields to words that ask for the
		// skill: "Telemetry experience required", "Research skills".
		switch c.rule.ID {
		case OrdinarySentenceStart, OrdinaryCommonNoun, OrdinaryNoContext, CapitalsSoftSkill, CapitalsProperNoun:
			m.askedFor(view, c)
		}
	}()
	switch {
	case c.e.letter:
		c.rule = Rule{OrdinaryLetter, "single letter '" + word + "' with no skill context"}
	case partOfCompound(view, c):
		c.rule = Rule{OrdinaryCompound, "'" + word + "' is part of a hyphenated word"}
	case sentenceStart(view, c.i):
		c.rule = Rule{OrdinarySentenceStart, "'" + word + "' starts a sentence with no skill nearby"}
	case c.e.common && hasUpper(word):
		c.rule = Rule{OrdinaryCommonNoun, "capitalised '" + word + "' is a common noun (listed in lower case); no skill context"}
	case c.e.cased == nil || !hasUpper(c.e.cased[0]):
		c.rule = Rule{OrdinaryNoContext, "no skill context"}
	default:
		c.rule = m.capitalRule(view, cands, k, word)
		if c.rule.ID == NoRule {
			c.ok, c.rule = true, Rule{ContextCapitals, "written '" + word + "' mid-sentence"}
		}
	}
}

// qualifier returns a context word within two tokens of c, or "": two
// before it, two after it not counting a determiner or a count that
// starts its object, and
// after the words coordinated with it (coordinated); across a line break
// where prose wraps (wrapped: "one WRC" / "adjudication hearing").
func (m *Matcher) qualifier(view []vtok, c *cand) string {
	ctx := m.context[c.e.term]
	if len(ctx) == 0 {
		return ""
	}
	line := view[c.i].Line
	lo, hi := c.i, c.j
	for n := 0; n < 2 && lo > 0; n++ {
		lo--
		if view[lo].Line != line && !(view[lo].Line == line-1 && wrapped(view, lo+1)) || isStop(view[lo]) {
			lo++
			break
		}
	}
	hi = coordinated(view, hi, line)
	for n, obj := 0, hi; n < 2 && hi < len(view); {
		if !onClause(view, hi, line) || isStop(view[hi]) {
			break
		}
		if hi == obj {
			// The verb's object starts after its determiner or count,
			// right after it: "Lead a small crew", "led the whole
			// team", "dispensing ~7,500 items"; not after a scale
			// ("serving 12 million customers" describes a company),
			// nor another verb's ("the chef said the salt").
			if determiner(view[hi]) {
				hi++
				continue
			}
			if e := countEnd(view, hi); e > hi {
				hi = e
				continue
			}
		}
		hi++
		n++
	}
	w := contextIn(view, ctx, lo, hi, c, false)
	if functionWord(w) && c.i > 0 && view[c.i-1].Line == line && capital(view[c.i-1]) && !sentenceStart(view, c.i-1) {
		// A bare "in" confirms "MS in Statistics", not the end of a
		// name: "the Google Analytics Masters in 2020" is a course.
		w = contextIn(view, ctx, lo, hi, c, true)
	}
	return w
}

// countEnd returns the end of a count of things starting at view[k] ("18",
// "~7,500", "100+"), or k: a number, its thousands after commas, a "~"
// before it and a "+" after it, on one line, not followed by a scale word
// ("12 million").
func countEnd(view []vtok, k int) int {
	e := k
	if e < len(view) && view[e].Text == "~" {
		e++
	}
	if e >= len(view) || view[e].Kind != tokenize.Number || view[e].Line != view[k].Line {
		return k
	}
	e++
	for e+1 < len(view) && view[e].Text == "," && view[e].Start == view[e-1].End && view[e+1].Kind == tokenize.Number && view[e+1].Start == view[e].End {
		e += 2
	}
	if e < len(view) && view[e].Text == "+" && view[e].Start == view[e-1].End {
		e++
	}
	if e < len(view) && view[e].Line == view[k].Line && isAny(view[e].Norm, "million", "billion", "thousand", "m", "bn", "k") {
		return k
	}
	return e
}

// Bounds of the words coordinated with a name (coordinated).
const maxCoordWords = 3

// coordinated returns where the words after a name that it is coordinated
// with end, starting at view[j]: a few single words in lower case joined
// by ",", "/", "and" or "or", the last after "and", "or" or "/" ("Lead,
// train and motivate a team": the verbs share their object, so the name's
// window goes on after the last one); j itself when none ("recruitment,
// including defining hiring needs" is no coordination).
func coordinated(view []vtok, j, line int) int {
	k, end := j, j
	for n := 0; n < maxCoordWords && k+1 < len(view) && view[k].Line == line && coordSep(view[k]); n++ {
		w, last := k+1, view[k].Text
		if w+1 < len(view) && coordSep(view[w]) && view[w].Kind == tokenize.Word {
			w, last = w+1, view[w].Text // ", and"
		}
		if w >= len(view) || view[w].Line != line || view[w].Kind != tokenize.Word || view[w].Text != view[w].Norm || determiner(view[w]) || coordSep(view[w]) {
			break
		}
		k = w + 1
		if last != "," {
			end = k
		}
	}
	return end
}

// Bounds of the phrase an "including" item belongs to (includedIn).
const maxIncludedIn = 8

// includedIn returns a context word of the phrase that c, a whole item
// right after "including" (or "incl.", "especially", "particularly"), is
// part of: "Run end-to-end recruitment for operator and professional
// roles, including onboarding" asks for onboarding with recruitment. The
// phrase runs back from the cue to the start of the sentence, on one line
// and at most a few words; or "".
func includedIn(view []vtok, ctx [][]string, c *cand) string {
	if len(ctx) == 0 {
		return ""
	}
	cue := c.i - 1
	if cue >= 0 && view[cue].Text == "." && cue > 0 && view[cue-1].Norm == "incl" {
		cue--
	}
	if cue < 1 || !isAny(view[cue].Norm, "including", "incl", "especially", "particularly") || !wholeAfter(view, c) {
		return ""
	}
	line := view[c.i].Line
	lo := cue
	for lo > 0 && cue-lo < maxIncludedIn && view[lo-1].Line == line && !isStop(view[lo-1]) && view[lo-1].Text != ":" {
		lo--
	}
	return contextIn(view, ctx, lo, cue, c, true)
}

// wholeAfter reports the end of an item after c: a separator, a sentence
// end, a closing bracket or the line's end.
func wholeAfter(view []vtok, c *cand) bool {
	return c.j == len(view) || view[c.j].Line != view[c.i].Line || listSep(view[c.j]) || isStop(view[c.j]) || view[c.j].Text == ")"
}

// functionWord reports a context word that is only a preposition or a
// conjunction ("in" for a degree: "Masters in Finance").
func functionWord(w string) bool {
	for _, f := range [...]string{"in", "or", "of", "at", "on", "to", "for", "and", "with"} {
		if strings.EqualFold(w, f) {
			return true
		}
	}
	return false
}

// contextIn returns the first context word of ctx that starts in
// view[lo:hi] outside c, or "", leaving out a bare function word when
// noFunction.
func contextIn(view []vtok, ctx [][]string, lo, hi int, c *cand, noFunction bool) string {
	for k := lo; k < hi; k++ {
		if k >= c.i && k < c.j {
			continue
		}
		for _, seq := range ctx {
			if k+len(seq) > len(view) || noFunction && len(seq) == 1 && functionWord(seq[0]) {
				continue
			}
			okSeq := true
			for s, w := range seq {
				if !inflected(view[k+s].Norm, w) || (k+s >= c.i && k+s < c.j) {
					okSeq = false
					break
				}
			}
			if okSeq {
				return view[k].Text
			}
		}
	}
	return ""
}

// rightCase reports whether c is written in the listed capitalisation;
// hyphens and spaces between the words count alike.
func (m *Matcher) rightCase(view []vtok, c *cand) bool {
	if c.e.cased == nil || !hasUpper(strings.Join(c.e.cased, "")) {
		return true // plural variants and lower-case forms: no capitalisation to check
	}
	if c.j-c.i == len(c.e.cased) {
		same, hyphen := true, false
		for k := c.i; k < c.j; k++ {
			same = same && view[k].Text == c.e.cased[k-c.i]
			hyphen = hyphen || strings.IndexByte(view[k].Text, '-') >= 0 || strings.IndexByte(c.e.cased[k-c.i], '-') >= 0
		}
		if same || !hyphen {
			return same // the common case, without building strings
		}
	}
	return strings.Join(strings.FieldsFunc(strings.Join(c.e.cased, " "), isGap), " ") ==
		strings.Join(strings.FieldsFunc(spanText(view, c), isGap), " ")
}

func isGap(r rune) bool { return r == ' ' || r == '-' }

// partOfCompound reports a hyphen or slash compound that goes on past c:
// "Go" in "Go-to-market", not "Product-Design" as a whole.
func partOfCompound(view []vtok, c *cand) bool {
	return c.i > 0 && view[c.i].hyphen && view[c.i-1].hyphen && view[c.i-1].End == view[c.i].Start ||
		c.j < len(view) && view[c.j].hyphen && view[c.j-1].hyphen && view[c.j].Start == view[c.j-1].End
}
