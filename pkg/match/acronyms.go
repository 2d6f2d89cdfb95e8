package match

// Declared acronyms: "Domain-Driven Design (DDD)" makes a later "DDD" count.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// decl is an acronym a document declared: its term (-1 for a name that is
// no term: "Mock Service Worker (MSW)"), the view index after which a bare
// use counts, and the words it stands for.
type decl struct {
	term         int32
	from         int
	nameI, nameJ int // the words, view[nameI:nameJ]
}

// declared finds "Term (ACR)" and "ACR (Term)" and adds later bare uses of
// ACR as DeclaredAcronym matches. A later hit of another term written as a
// declared acronym is the declared one: after "Independent Prescriber
// (IP)", an ambiguous "IP" is the prescriber, not Intellectual Property;
// after a name that is no term, it is no term at all.
func (m *Matcher) declared(view []vtok, cands []cand) []cand {
	decls := declarations(view, cands)
	cands = dropEchoes(view, cands)
	if len(decls) == 0 {
		return cands
	}
	covered := make([]bool, len(view))
	for k := range cands {
		c := &cands[k]
		for n := c.i; n < c.j; n++ {
			covered[n] = true
		}
		// A context word of its own term still confirms it: "IP law".
		if c.j-c.i != 1 || !c.e.ambiguous || c.rule.ID == ContextQualifier {
			continue
		}
		d, ok := decls[view[c.i].Text]
		if !ok || c.i <= d.from || c.e.term == d.term {
			continue
		}
		if d.term < 0 {
			c.ok, c.rule = false, Rule{ExcludeAcronymOf, "'" + view[c.i].Text + "' stands for '" + phraseText(view, d.nameI, d.nameJ) + "', declared earlier"}
			continue
		}
		c.e = entry{term: d.term, how: DeclaredAcronym}
		c.ok, c.rule = true, Rule{ContextDeclared, "declared earlier as an acronym"}
		if rej := m.excluded(view, c); rej.ID != NoRule {
			c.ok, c.rule = false, rej
		}
	}
	added := false
	for k, v := range view {
		if covered[k] || v.Kind != tokenize.Word {
			continue
		}
		d, ok := decls[v.Text]
		if !ok || d.term < 0 || k <= d.from { // the declaration itself is the same mention
			continue
		}
		c := cand{i: k, j: k + 1, e: entry{term: d.term, how: DeclaredAcronym}, ok: true, rule: Rule{ContextDeclared, "declared earlier as an acronym"}}
		// A surface of the term like any other: its not_before/not_after
		// words apply ("MLO engineer").
		if rej := m.excluded(view, &c); rej.ID != NoRule {
			c.ok, c.rule = false, rej
		}
		cands = append(cands, c)
		added = true
	}
	if added {
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].i < cands[b].i })
	}
	return cands
}

// declarations returns the acronyms the document declares, each at its
// first declaration; nil for none: "Term (ACR)" or "ACR (Term)" after a
// counted hit, and a hit read as the acronym of the words beside it
// (acronymOf), of their term or of a name that is no term.
func declarations(view []vtok, cands []cand) map[string]decl {
	var decls map[string]decl
	declare := func(a string, d decl) {
		if decls == nil {
			decls = map[string]decl{}
		}
		if _, dup := decls[a]; !dup {
			decls[a] = d
		}
	}
	for k := range cands {
		c := &cands[k]
		if c.rule.ID == ExcludeAcronymOf {
			if s, e, ok := expansion(view, c); ok {
				term := int32(-1)
				if t := coveredBy(cands, s, e); t != nil && t.ok {
					term = t.e.term
				}
				declare(view[c.i].Text, decl{term, max(c.i, e), s, e})
			}
		}
		if !c.ok {
			continue
		}
		// Term ( ACR )
		if c.j+2 < len(view) && view[c.j].Text == "(" && view[c.j+2].Text == ")" {
			if a := view[c.j+1].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				declare(a, decl{c.e.term, c.j + 2, c.i, c.j})
			}
		}
		// ACR ( Term )
		if c.i >= 2 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			if a := view[c.i-2].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				declare(a, decl{c.e.term, c.i - 2, c.i, c.j})
			}
		}
	}
	return decls
}

func isAcronymWord(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// initialsMatch reports whether acr spells the words of toks (spells).
func initialsMatch(toks []vtok, acr string) bool { return spells(toks, acr) }

// spells reports whether acr is the initials of the words of toks: every
// word gives its initial, hyphen and slash parts as words (Domain-Driven
// Design → DDD), and a function word inside a name may give one or not
// (Point of Sale → POS, Responsible Service of Alcohol → RSA).
func spells(toks []vtok, acr string) bool {
	type letter struct {
		r        rune
		optional bool
	}
	var ls [2 * maxExpansionTokens]letter
	n := 0
	for _, t := range toks {
		if t.Kind != tokenize.Word {
			continue
		}
		glue := nameGlue(t.Norm)
		for rest := t.Text; rest != ""; {
			p := rest
			if k := strings.IndexAny(rest, "-/"); k >= 0 {
				p, rest = rest[:k], rest[k+1:]
			} else {
				rest = ""
			}
			if p == "" {
				continue
			}
			if n == len(ls) {
				return false
			}
			r, _ := utf8.DecodeRuneInString(p)
			ls[n] = letter{unicode.ToUpper(r), glue}
			n++
		}
	}
	// ok[k] reports that the letters so far can spell acr[:k].
	var ok [9]bool // isAcronymWord: at most 8 letters
	if len(acr) >= len(ok) {
		return false
	}
	ok[0] = true
	for _, l := range ls[:n] {
		for k := len(acr); k >= 0; k-- {
			next := k > 0 && ok[k-1] && rune(acr[k-1]) == l.r
			if l.optional {
				ok[k] = ok[k] || next
			} else {
				ok[k] = next
			}
		}
	}
	return ok[len(acr)]
}

// nameGlue reports a function word that joins the words of a name and
// gives it no initial: "of", "and", "&", "for", "in", "the", "to", "on".
func nameGlue(norm string) bool {
	return isAny(norm, "of", "and", "&", "for", "in", "the", "to", "on")
}

// dropEchoes removes an acronym match that only repeats the term right
// before it, "Domain-Driven Design (DDD)": one mention, not two.
func dropEchoes(view []vtok, cands []cand) []cand {
	out := cands[:0]
	for k, c := range cands {
		if k > 0 && c.j-c.i == 1 && c.i >= 1 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			p := cands[k-1]
			if p.ok && c.ok && p.e.term == c.e.term && p.j == c.i-1 {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// Bounds of the words an acronym in brackets spells (expansion).
const maxExpansionTokens = 12

// expansion returns the words a bracketed acronym hit c spells, [s, e):
// right before it, "Independent Prescriber (IP)", or in brackets right
// after it, "IP (Independent Prescriber)", on one line. Their initials
// must spell c exactly (spells): one word spells an acronym only by
// its hyphen parts ("Object-Oriented (OO)").
func expansion(view []vtok, c *cand) (s, e int, ok bool) {
	acr, line := view[c.i].Text, view[c.i].Line
	if c.i >= 2 && view[c.i-1].Text == "(" && c.j < len(view) && view[c.j].Text == ")" && view[c.i-2].Line == line {
		e = c.i - 1
		words := 0
		for s = e - 1; s >= 0 && s >= e-maxExpansionTokens && view[s].Line == line && expansionTok(view, s); s-- {
			if view[s].Kind != tokenize.Word || nameGlue(view[s].Norm) {
				continue // a name starts with a word of its own
			}
			if spells(view[s:e], acr) {
				return s, e, true
			}
			if words++; words >= len(acr) {
				break // every word gives a letter: more words spell more
			}
		}
		return 0, 0, false
	}
	if c.j+2 < len(view) && view[c.j].Text == "(" && view[c.j+1].Line == line {
		s = c.j + 1
		for e = s; e < len(view) && e < s+maxExpansionTokens && view[e].Line == line && view[e].Text != ")"; e++ {
			if !expansionTok(view, e) {
				return 0, 0, false
			}
		}
		if e < len(view) && view[e].Text == ")" && view[s].Kind == tokenize.Word && !nameGlue(view[s].Norm) && spells(view[s:e], acr) {
			return s, e, true
		}
	}
	return 0, 0, false
}

// expansionTok reports a token that may stand inside the words an
// acronym spells: a word, or a hyphen, slash or "&" between words.
func expansionTok(view []vtok, k int) bool {
	v := view[k]
	return v.Kind == tokenize.Word || v.Text == "-" || v.Text == "/" || v.Text == "&"
}

// sameTermIn reports a hit of term overlapping view[s:e]: an acronym
// beside its own term's words is one mention ("Machine Learning (ML)").
func sameTermIn(cands []cand, term int32, s, e int) bool {
	for k := range cands {
		if c := &cands[k]; c.i < e && c.j > s && c.e.term == term {
			return true
		}
	}
	return false
}

// coveredBy returns the hit that covers all of view[s:e], or nil.
func coveredBy(cands []cand, s, e int) *cand {
	for k := range cands {
		if c := &cands[k]; c.i <= s && c.j >= e {
			return c
		}
	}
	return nil
}

// acronymOf returns why an ambiguous acronym-shaped hit in brackets beside
// the words it spells is not its own term but theirs ("Independent
// Prescriber (IP)" is no Intellectual Property, "Responsible Service of
// Alcohol (RSA)" no cipher, "Mock Service Worker (MSW)" no social work
// degree), or no rule: when those words hold a hit of its own term
// ("Human Resources (HR)": one mention) or name it in other words
// ("Programmable Logic controls (PLC)"), and for an unambiguous acronym,
// which the dictionary reads one way only.
func (m *Matcher) acronymOf(view []vtok, cands []cand, k int) Rule {
	c := &cands[k]
	if !c.e.ambiguous || c.j-c.i != 1 || !isAcronymWord(view[c.i].Text) {
		return Rule{}
	}
	s, e, ok := expansion(view, c)
	if !ok || sameTermIn(cands, c.e.term, s, e) || coveredBy(cands, s, e) == nil && m.namesTerm(view[s:e], c.e.term) {
		return Rule{}
	}
	return Rule{ExcludeAcronymOf, "'" + view[c.i].Text + "' is the acronym of '" + phraseText(view, s, e) + "' beside it"}
}

// namesTerm reports words that are a variant of one of term's names: at
// least half of their words stand in it, alike up to an ending
// ("Programmable Logic controls" for Programmable Logic Controller).
func (m *Matcher) namesTerm(toks []vtok, term int32) bool {
	t := &m.dict.Terms[term]
	for _, name := range append([]string{t.Name}, t.Aliases...) {
		nw := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '/' })
		words, shared := 0, 0
		for _, v := range toks {
			if v.Kind != tokenize.Word || nameGlue(v.Norm) {
				continue
			}
			for _, p := range strings.FieldsFunc(v.Norm, func(r rune) bool { return r == '-' || r == '/' }) {
				words++
				for _, w := range nw {
					if sameStem(p, w) {
						shared++
						break
					}
				}
			}
		}
		if words > 0 && 2*shared >= words {
			return true
		}
	}
	return false
}

// sameStem reports two words alike up to an ending: equal, or the shorter,
// of four letters or more, starts the longer ("control", "controls",
// "controller").
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a)
}
