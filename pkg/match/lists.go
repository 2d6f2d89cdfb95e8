package match

// Lists: an ambiguous name next to a counted skill is one of a list of skills.

import (
	"strings"
	"unicode"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// listSep reports tokens that separate items of a list.
func listSep(v vtok) bool {
	if v.Kind == tokenize.Punct {
		return len(v.Text) == 1 && strings.IndexByte(",/|;&+()", v.Text[0]) >= 0 || v.Text == "•"
	}
	return v.Norm == "and" || v.Norm == "or"
}

// listed reports whether cands[x] and cands[x+1] are neighbouring list
// items and one of the pair is a counted hard skill; a common noun (an
// ambiguous entry listed in lower case) joins a list only when capitalised,
// as tool names in a list are ("Zoom, Teams, Slack"). Names side by side
// with only a space between count too ("Scala Java Go", "J2EE Spring ORM":
// PDF tables and scraped skill lines lose their commas) when the
// unconfirmed one is a capitalised hard-skill name and a third skill joins
// the run, or the counted one is written as only technology names are
// ("Oracle PL/SQL"): two capitalised words alone are as often one name
// ("Scrum Masters").
func (m *Matcher) listed(view []vtok, cands []cand, x int) bool {
	a, b := &cands[x], &cands[x+1]
	if a.ok == b.ok || !joined(view, a, b) {
		return false
	}
	counted, other := a, b
	if b.ok {
		counted, other = b, a
	}
	if m.dict.Terms[counted.e.term].Kind != keywords.Hard {
		return false
	}
	if other.e.common && !hasUpper(spanText(view, other)) {
		return false // "development teams and agile methods": a lower-case common noun needs a context word
	}
	if a.j < b.i {
		return true // a separator between them
	}
	if other.e.cased == nil || !hasUpper(other.e.cased[0]) || !capital(view[counted.i]) || m.dict.Terms[other.e.term].Kind != keywords.Hard {
		return false
	}
	if techShaped(spanText(view, counted)) {
		return true // "Oracle PL/SQL", "Swift UIKit": no ordinary name has such a word
	}
	third := func(p, q int) bool { // cands[q] is a live skill and joins cands[p]
		lo, hi := min(p, q), max(p, q)
		return q >= 0 && q < len(cands) && !cands[q].rejected() && joined(view, &cands[lo], &cands[hi])
	}
	return third(x, x-1) || third(x+1, x+2)
}

// techShaped reports a name written as only technology names are: with a
// digit or a symbol ("PL/SQL", "C#", "HTML5") or more than one capital
// ("SQL", "UIKit", "iOS"), unlike the words of an ordinary name ("Scrum
// Masters", "Rust Belt").
func techShaped(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r), strings.ContainsRune("/#+.", r):
			return true
		}
	}
	return upper > 1
}

// joined reports a and b (a before b) on one line with only list
// separators or a space between them.
func joined(view []vtok, a, b *cand) bool {
	if a.j > b.i || view[a.i].Line != view[b.i].Line {
		return false
	}
	if a.j == b.i {
		return view[a.j-1].End < view[b.i].Start
	}
	for k := a.j; k < b.i; k++ {
		if !listSep(view[k]) {
			return false
		}
	}
	return true
}
