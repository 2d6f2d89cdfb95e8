package match

// Token helpers the rules share: sentence starts, stops, inflections, spans.

import (
	"strings"
	"unicode"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// inflected reports whether the text word n is the context word w or w
// with an inflectional ending: "fluently" for "fluent", "speaks" for
// "speak", "developers" for "developer". A word of two letters takes no
// ending: "hrs" is hours, not HR; "ins", "uis" are no inflections.
func inflected(n, w string) bool {
	if len(w) < 3 || len(n) <= len(w) || !strings.HasPrefix(n, w) {
		return n == w
	}
	switch n[len(w):] {
	case "s", "es", "ed", "ing", "ly":
		return isLowerASCII(w[len(w)-1:])
	}
	return false
}

func isStop(v vtok) bool {
	return v.Kind == tokenize.Punct && (v.Text == "." || v.Text == "!" || v.Text == "?" || v.Text == ";" || v.Text == "•")
}

// sentenceStart reports a word that starts a sentence, a list item or a
// heading: first on its line after nothing but marks (bullets of any
// shape, list numbers: "* Monitoring", "2) Recruitment"), or after a
// sentence end, a colon, a bullet or a dash.
func sentenceStart(view []vtok, i int) bool {
	if i == 0 || view[i-1].Line != view[i].Line {
		return true
	}
	p := view[i-1]
	if p.Text == "." && i > 1 && view[i-2].Line == p.Line && abbreviation(view[i-2].Norm) {
		return false // "(e.g. Oracle, Hyperion)": the dot ends the abbreviation, not a sentence
	}
	if p.Kind == tokenize.Punct && strings.Contains(".!?:•|\"(-*–—·▪●◦■►✓➢", p.Text) {
		return true
	}
	for k := i - 1; k >= 0 && view[k].Line == view[i].Line; k-- {
		if view[k].Kind == tokenize.Word {
			return false
		}
	}
	return true
}

// abbreviation reports a word whose dot ends no sentence.
func abbreviation(w string) bool {
	switch w {
	case "e.g", "i.e", "eg", "ie", "vs", "incl", "approx", "cf", "esp":
		return true
	}
	return false
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// spanText is c as written, up to the spacing: tokens that touch stay
// together ("Product-Design"), others get one space.
func spanText(view []vtok, c *cand) string {
	if c.j-c.i == 1 {
		return view[c.i].Text
	}
	var b strings.Builder
	for k := c.i; k < c.j; k++ {
		if k > c.i && view[k].Start != view[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(view[k].Text)
	}
	return b.String()
}

func isAny(w string, set ...string) bool {
	for _, s := range set {
		if w == s {
			return true
		}
	}
	return false
}

// possessivePiece reports view[k] as the "'s" the view split off a word it
// knows ("Worker" + "'s" when some surface has the word "worker").
func possessivePiece(view []vtok, k int) bool {
	v := view[k]
	return k > 0 && (v.Text == "'s" || v.Text == "'S") && view[k-1].End == v.Start
}

// possessive reports the word at view[k] in the possessive, split or whole
// ("Worker's").
func possessive(view []vtok, k int) bool {
	n := view[k].Norm
	return strings.HasSuffix(n, "'s") || k+1 < len(view) && possessivePiece(view, k+1)
}

// wordBefore returns the index of the word before view[i], reading a
// split-off "'s" as part of its word: the rules see "Worker's" alike
// whether the view split it or not, which depends only on whether some
// unrelated term has the word "worker".
func wordBefore(view []vtok, i int) int {
	if i >= 2 && possessivePiece(view, i-1) {
		return i - 2
	}
	return i - 1
}

// determiner reports an article or a possessive determiner, which starts
// a noun phrase without naming anything.
func determiner(v vtok) bool {
	return v.Kind == tokenize.Word && isAny(v.Norm, "a", "an", "the", "our", "their", "his", "her", "its", "my", "your")
}

// wrapped reports view[k] as the first token of a line that goes on with
// the sentence of the line before (prose wrapped by a fixed width): right
// after it with no blank line between, the line before ending in no
// sentence end, colon or separator, and view[k] a word in lower case, no
// list letter; the line before of at least minProseWords words, and
// neither line laid out in columns (columnGap), whose next
// line goes on with its first column, not its last. Rules that read the words after a name read on into it.
func wrapped(view []vtok, k int) bool {
	if k < 1 || k >= len(view) || view[k].Line != view[k-1].Line+1 {
		return false
	}
	p, v := &view[k-1], &view[k]
	if words := lineWords(view, k-1); words < minProseWords {
		return false // a short line is an item or a heading, not wrapped prose
	}
	if p.Kind == tokenize.Punct && !(p.Text == "-" || p.Text == "&") || v.Kind != tokenize.Word || v.Text != v.Norm || columnGap(view, k-1) || columnGap(view, k) {
		return false
	}
	return k+1 == len(view) || view[k+1].Line != v.Line || !(view[k+1].Start == v.End && (view[k+1].Text == ")" || view[k+1].Text == "."))
}

// onClause reports view[k] on line, or on the line after it when that
// line goes on with its sentence (wrapped).
func onClause(view []vtok, k, line int) bool {
	if k >= len(view) {
		return false
	}
	if view[k].Line == line {
		return true
	}
	if view[k].Line != line+1 {
		return false
	}
	first := k
	for first > 0 && view[first-1].Line == view[k].Line {
		first--
	}
	return wrapped(view, first)
}

// minProseWords is the fewest words of a line that wraps prose.
const minProseWords = 5

// lineWords counts the words of the line of view[k], up to minProseWords.
func lineWords(view []vtok, k int) int {
	line, n := view[k].Line, 0
	for i := k; i >= 0 && view[i].Line == line && n < minProseWords; i-- {
		if view[i].Kind == tokenize.Word {
			n++
		}
	}
	return n
}

// columnGap reports a gap of two spaces or more between two tokens of the
// line of view[k]: a flattened table or a two-column block.
func columnGap(view []vtok, k int) bool {
	line := view[k].Line
	for i := k; i > 0 && view[i-1].Line == line; i-- {
		if view[i].Start-view[i-1].End >= 2 {
			return true
		}
	}
	for i := k + 1; i < len(view) && view[i].Line == line; i++ {
		if view[i].Start-view[i-1].End >= 2 {
			return true
		}
	}
	return false
}
