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

// listed reports whether cands[x] and cands[x+1] are items of one list
// and one of the pair is a counted skill of the kind the other is (a hard
// skill for a hard one, a soft skill or a hard one for a soft one); a
// word in lower case joins a list only as a whole item ("empathy,
// patience, active listening", "Python, excel and SQL"; not "development
// teams and agile methods", "Java, go to market"). Between the pair may
// stand up to two other short items ("such as R, Weka, NumPy"). Names
// side by side with only a space between count too ("Scala Java Go",
// "J2EE Spring ORM": PDF tables and scraped skill lines lose their commas)
// when the unconfirmed one is a capitalised hard-skill name and a third
// skill joins the run, or the counted one is written as only technology
// names are ("Oracle PL/SQL"): two capitalised words alone are as often
// one name ("Scrum Masters"); an initialism right before a name is its
// vendor or edition, not an item ("MS CRM", "MS SQL").
func (m *Matcher) listed(view []vtok, cands []cand, x int) bool {
	a, b := &cands[x], &cands[x+1]
	if a.ok == b.ok || !joined(view, a, b) && !joinedByItems(view, a, b) {
		return false
	}
	counted, other := a, b
	if b.ok {
		counted, other = b, a
	}
	ck, ok := m.dict.Terms[counted.e.term].Kind, m.dict.Terms[other.e.term].Kind
	if ck != keywords.Hard && !(ck == keywords.Soft && ok == keywords.Soft) {
		return false
	}
	if !hasUpper(spanText(view, other)) && !wholeItem(view, other) {
		return false // "development teams and agile methods", "Java, go to market"
	}
	if a.j < b.i {
		return true // a separator between them
	}
	if !capital(view[other.i]) || other.e.cased == nil || !hasUpper(other.e.cased[0]) || !capital(view[counted.i]) || ok != keywords.Hard {
		return false
	}
	if other == a && initialism(spanText(view, a)) {
		return false // "MS CRM": the vendor's initials
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

// wholeItem reports c as a whole item of a list: nothing but a separator,
// a colon or the line's start before it, and a separator, a sentence end
// or the line's end after it.
func wholeItem(view []vtok, c *cand) bool {
	line := view[c.i].Line
	before := c.i == 0 || view[c.i-1].Line != line || listSep(view[c.i-1]) || view[c.i-1].Text == ":" || isStop(view[c.i-1])
	after := c.j == len(view) || view[c.j].Line != line || listSep(view[c.j]) || isStop(view[c.j]) || view[c.j].Text == ")"
	return before && after && !partOfCompound(view, c)
}

// Bounds of the other items between a pair (joinedByItems).
const (
	maxGapItems     = 2
	maxGapItemWords = 3
)

// joinedByItems reports a and b (a before b) on one line with up to two
// other short items between them, each set off by separators: "R, Weka,
// NumPy", "empathy, kindness, patience".
func joinedByItems(view []vtok, a, b *cand) bool {
	if a.j >= b.i || view[a.i].Line != view[b.i].Line || !itemSep(view[a.j]) || !itemSep(view[b.i-1]) {
		return false
	}
	items, words := 0, 0
	for k := a.j; k < b.i; k++ {
		switch v := view[k]; {
		case itemSep(v):
			words = 0
		case v.Kind == tokenize.Word:
			if words == 0 {
				items++
			}
			if words++; words > maxGapItemWords || items > maxGapItems {
				return false
			}
		default:
			return false
		}
	}
	return items > 0
}

// itemSep reports a separator between the items of a written list: a
// comma, slash, bar, semicolon or bullet, or "and"/"or" (not "&", "+" or
// brackets, which join the words of one name: "R&D", "C++ (STL)").
func itemSep(v vtok) bool {
	if v.Kind == tokenize.Punct {
		return v.Text == "," || v.Text == "/" || v.Text == "|" || v.Text == ";" || v.Text == "•"
	}
	return v.Norm == "and" || v.Norm == "or"
}

// techShaped reports a name written as only technology names are: a word
// with a digit or a symbol ("PL/SQL", "C#", "HTML5") or more than one
// capital ("SQL", "UIKit", "iOS"), unlike the words of an ordinary name
// ("Scrum Masters", "Rust Belt", "Google Analytics").
func techShaped(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case r == ' ':
			upper = 0
		case unicode.IsUpper(r):
			if upper++; upper > 1 {
				return true
			}
		case unicode.IsDigit(r), strings.ContainsRune("/#+.", r):
			return true
		}
	}
	return false
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
