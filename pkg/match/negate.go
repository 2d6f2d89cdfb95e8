package match

// Negated requirements: a skill inside "no Java experience required" is
// not asked for.

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// negatedRule is the one rule of negate: a single reason groups every
// negated hit of a term in one ignored_matches entry.
var negatedRule = Rule{ExcludeNegated, "negated ('not required')"}

// negate un-counts hits inside a negated requirement. Only a few clear
// patterns count, in one sentence on one line and a few words either side
// of a run of skills joined by list separators ("no Java or Python
// experience required"); a skill's declared acronym or name in
// parentheses is read through ("no Domain-Driven Design (DDD) experience
// required"). The patterns are data (negpatterns.go), such as
//
//	no [prior|previous|formal] X [experience|knowledge|skills] [is|are] required|needed|necessary
//	without [any] [prior|previous|formal] X experience|knowledge
//
// where the second counts only when the sentence says the lack is welcome:
// apply/join/start/welcome/even/also before "without", or are
// welcome/encouraged/considered/eligible/can apply after.
//
// "not only X but Y", "not limited to X" and "X is nice to have" match
// none of them and keep counting, and so does a bare "without X
// experience": it states a need as often as a waiver ("Without PostgreSQL
// experience you will struggle"). A "not" before the welcome word turns
// it back into a need ("do not apply without Java experience").
func negate(view []vtok, cands []cand) {
	if !anyNegation(view) {
		return // most documents: no word any pattern needs
	}
	for lo := 0; lo < len(cands); {
		hi := lo + 1
		for hi < len(cands) && joined(view, &cands[hi-1], &cands[hi]) && !stopBetween(view, cands[hi-1].j, cands[hi].i) {
			hi++
		}
		live := false
		for k := lo; k < hi; k++ {
			live = live || cands[k].ok
		}
		if i, j := readThrough(view, cands[lo].i, cands[hi-1].j); live && negated(view, i, j) {
			for k := lo; k < hi; k++ {
				if c := &cands[k]; c.ok {
					c.ok, c.rule = false, negatedRule
				}
			}
		}
		lo = hi
	}
}

// anyNegation reports a word that every pattern of negate needs one of.
func anyNegation(view []vtok) bool {
	for k := range view {
		switch n := view[k].Norm; {
		case n == "no" || n == "not" || n == "without" || n == "t" || strings.HasSuffix(n, "n't"):
			return true
		}
	}
	return false
}

// stopBetween reports a sentence stop in view[i:j] (a ';' joins a list
// but ends a clause).
func stopBetween(view []vtok, i, j int) bool {
	for k := i; k < j; k++ {
		if isStop(view[k]) {
			return true
		}
	}
	return false
}

// negWindow is how many tokens negated reads on each side of a run.
const negWindow = 8

// negated reports whether the skills at view[i:j] are named inside one of
// the negation patterns (negpatterns.go).
func negated(view []vtok, i, j int) bool {
	// Arrays on the stack: negated runs for every run of hits.
	var bb, ab [2 * negWindow]string
	before, after := sideWords(bb[:0], view, i, -1), sideWords(ab[:0], view, j, 1)
	for k := range negPatterns {
		p := &negPatterns[k]
		if b, a, ok := p.match(before, after); ok && (!p.waiver || waived(b, a)) {
			return true
		}
	}
	return false
}

// waived reports whether the words around "without X experience" say the
// lack is acceptable: a welcome word before "without" (before ends right
// before it) or after the experience word, with no "not" on the way
// ("you can apply without ...", "... are welcome to apply"; not "do not
// apply without ...", "... will not be considered").
func waived(before, after []string) bool {
	for k := len(before) - 1; k >= 0; k-- {
		switch w := before[k]; {
		case w == "not":
			return false
		case isAny(w, waiverBefore...):
			return !isAny("not", before[:k]...)
		}
	}
	for k, w := range after {
		switch {
		case w == "not":
			return false
		case isAny(w, waiverAfter...), w == "apply" && k > 0 && isAny(after[k-1], applyModals...):
			return true
		}
	}
	return false
}

// readThrough widens the run view[i:j] over a parenthesised word that
// declares or repeats it, so the words around the parentheses count as
// its neighbours: "Domain-Driven Design (DDD) experience",
// "DDD (Domain-Driven Design) experience".
func readThrough(view []vtok, i, j int) (int, int) {
	line := view[i].Line
	paren := func(a int) bool { // view[a:a+3] is "( word )" on line
		return a >= 0 && a+2 < len(view) && view[a].Text == "(" && view[a+2].Text == ")" &&
			view[a+1].Kind == tokenize.Word && view[a].Line == line && view[a+2].Line == line
	}
	if i >= 2 && j < len(view) && view[i-1].Text == "(" && view[j].Text == ")" &&
		view[i-2].Kind == tokenize.Word && view[i-2].Line == line && view[j].Line == line {
		i, j = i-2, j+1 // ACR ( X )
	}
	if j < len(view) && view[j].Text == ")" && view[j].Line == line {
		for k := i; k < j; k++ {
			if view[k].Text == "(" {
				j++ // the run closes a parenthesis it opened: "DDD (Domain-Driven Design)"
				break
			}
		}
	}
	for paren(j) {
		j += 3 // X ( ACR )
	}
	return i, j
}

// sideWords appends to out the lower-case words before view[at] (dir -1) or
// from view[at] on (dir +1), in reading order, up to negWindow tokens, on
// the line of the run and stopping at a sentence end. A contraction is
// spelled out ("don't" → do not, "isn’t" → is not).
func sideWords(out []string, view []vtok, at, dir int) []string {
	var lo, hi, line int
	if dir < 0 {
		line = view[at].Line
		lo, hi = at, at
		for lo > 0 && hi-lo < negWindow && view[lo-1].Line == line && !isStop(view[lo-1]) {
			lo--
		}
	} else {
		line = view[at-1].Line
		lo, hi = at, at
		for hi < len(view) && hi-lo < negWindow && view[hi].Line == line && !isStop(view[hi]) {
			hi++
		}
	}
	for k := lo; k < hi; k++ {
		w := view[k].Norm
		// "isn’t": the tokenizer keeps only a straight apostrophe inside a word.
		if k+2 < hi && view[k].Kind == tokenize.Word && (view[k+1].Text == "’" || view[k+1].Text == "'") &&
			view[k+2].Norm == "t" && view[k+1].Start == view[k].End && view[k+2].Start == view[k+1].End {
			w += "'t"
			k += 2
		}
		if base, ok := strings.CutSuffix(w, "n't"); ok && isAny(base, "do", "does", "is", "are") {
			out = append(out, base, "not")
			continue
		}
		out = append(out, w)
	}
	return out
}
