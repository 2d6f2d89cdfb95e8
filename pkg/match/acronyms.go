package match

// Declared acronyms: "Domain-Driven Design (DDD)" makes a later "DDD" count.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// decl is an acronym a document declared: its term, and the view index
// after which a bare use counts.
type decl struct {
	term int32
	from int
}

// declared finds "Term (ACR)" and "ACR (Term)" and adds later bare uses of
// ACR as DeclaredAcronym matches.
func (m *Matcher) declared(view []vtok, cands []cand) []cand {
	decls := declarations(view, cands)
	cands = dropEchoes(view, cands)
	if len(decls) == 0 {
		return cands
	}
	covered := make([]bool, len(view))
	for _, c := range cands {
		for k := c.i; k < c.j; k++ {
			covered[k] = true
		}
	}
	added := false
	for k, v := range view {
		if covered[k] || v.Kind != tokenize.Word {
			continue
		}
		d, ok := decls[v.Text]
		if !ok || k <= d.from { // the declaration itself is the same mention
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

// declarations returns the acronyms that counted hits declare, "Term
// (ACR)" or "ACR (Term)", each at its first declaration; nil for none.
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
		if !c.ok {
			continue
		}
		// Term ( ACR )
		if c.j+2 < len(view) && view[c.j].Text == "(" && view[c.j+2].Text == ")" {
			if a := view[c.j+1].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				declare(a, decl{c.e.term, c.j + 2})
			}
		}
		// ACR ( Term )
		if c.i >= 2 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			if a := view[c.i-2].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				declare(a, decl{c.e.term, c.i - 2})
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

// initialsMatch compares the initials of the words (hyphen parts count as
// words: Domain-Driven Design → DDD) with acr.
func initialsMatch(toks []vtok, acr string) bool {
	var b strings.Builder
	for _, t := range toks {
		for _, p := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '-' || r == '/' }) {
			r, _ := utf8.DecodeRuneInString(p)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String() == acr
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
