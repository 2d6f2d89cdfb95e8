package match

// Coordinated modifiers: "unit and integration tests" is unit tests and
// integration tests. Where a counted hit of a multi-word hard term ("integration
// tests") follows "<word> and", "<word> or", "<word> &", "<word>/" or a
// comma list of such words ("unit, contract and integration tests"), each
// word before it that, put in place of the hit's first word, spells a
// hard term's surface ("unit tests") counts as that term too.
//
// Precision first: the word is one plain word on the hit's line that no
// other hit covers ("Java and Spring Boot" is Java), the hit is read as
// written (its name or an alias, no inflection), and the surface it makes
// must be a non-ambiguous name or alias of a hard term of the hit's
// dictionary category (a plural of either counts as written: "clinical
// and accuracy checks"); soft skills are left alone ("written and verbal
// communication"). The new hit is the
// word alone, so hits never overlap; its rule quotes the whole phrase:
// "counted: 'unit and integration tests' reads as Unit Testing".

import (
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// maxModifiers bounds the words read back from a hit.
const maxModifiers = 3

// coordinated adds to cands the hits coordinated modifiers make, in text
// order.
func (m *Matcher) coordinated(view []vtok, cands []cand) []cand {
	var found []cand
	for k := range cands {
		c := &cands[k]
		if !c.ok || c.j-c.i < 2 || c.i < 2 || !asWritten(c.e) ||
			m.dict.Terms[c.e.term].Kind != keywords.Hard || !coordinator(view[c.i-1]) {
			continue
		}
		line := view[c.i].Line
		for a, n := c.i-2, 0; a >= 0 && n < maxModifiers; a, n = a-2, n+1 {
			w := &view[a]
			if w.Kind != tokenize.Word || w.Line != line || view[a+1].Line != line || w.glued > 0 || covered(cands, k, a) {
				break
			}
			if e, ok := m.swapFirst(view, c, a); ok {
				found = append(found, cand{i: a, j: a + 1, e: e, ok: true,
					rule: Rule{PhraseCoordinated, "'" + spanText(view, &cand{i: a, j: c.j}) + "' reads as " + m.dict.Terms[e.term].Name}})
			}
			if a < 2 || !coordinator(view[a-1]) && view[a-1].Text != "," {
				break
			}
		}
	}
	return mergeFound(cands, found, nil)
}

// asWritten reports an entry read as listed: a name, an alias, or the
// plural of either ("clinical and accuracy checks"), never a verb form.
func asWritten(e entry) bool {
	return e.how == Exact || e.how == Alias || e.plural
}

// coordinator reports a token that joins two modifiers: "and", "or", "&",
// "/".
func coordinator(v vtok) bool {
	return v.Norm == "and" || v.Norm == "or" || v.Text == "&" || v.Text == "/"
}

// covered reports a hit other than cands[k] over view[a].
func covered(cands []cand, k, a int) bool {
	for x := k - 1; x >= 0 && x >= k-maxModifiers*2-1; x-- {
		if cands[x].i <= a && a < cands[x].j {
			return true
		}
	}
	return false
}

// swapFirst returns the entry of the surface spelled by view[a] followed
// by the words of c after its first, if that is a non-ambiguous name or
// alias of a hard term other than c's, of c's category: coordinated
// modifiers name kinds of one thing ("unit and integration tests"), and a
// surface of another field is another sense ("power and lighting systems"
// in a trade is no Power Systems engineering).
func (m *Matcher) swapFirst(view []vtok, c *cand, a int) (entry, bool) {
	n, ok := m.step(0, &view[a])
	for x := c.i + 1; ok && x < c.j; x++ {
		if view[x].Kind == tokenize.Punct && hyphenGap(view, x) {
			continue
		}
		n, ok = m.step(n, &view[x])
	}
	if !ok {
		return entry{}, false
	}
	head := &m.dict.Terms[c.e.term]
	for _, e := range m.nodes[n].entries {
		t := &m.dict.Terms[e.term]
		if e.term != c.e.term && !e.ambiguous && e.texts == nil && asWritten(e) &&
			t.Kind == keywords.Hard && t.Category == head.Category {
			return e, true
		}
	}
	return entry{}, false
}

// step follows the trie from n over v, whole or by its hyphen parts.
func (m *Matcher) step(n int32, v *vtok) (int32, bool) {
	if v.wid != 0 {
		if nx, ok := m.edges[edgeKey(n, v.wid)]; ok {
			return nx, true
		}
	}
	if v.Kind == tokenize.Word {
		return m.stepParts(n, v.Norm)
	}
	return 0, false
}
