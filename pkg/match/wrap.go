package match

// Line wraps: where a term broken by a line break continues, and when it
// may. A cell is a run of tokens on one line between column gaps (two or
// more spaces) or spaced '|' bars; a line in one column is one cell.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// Bounds of the wrap rules: a continuation cell starts within colSlack
// characters of the column of the cell it continues; a cell of at most
// shortItemWords words and no separator is one item of a one-per-line
// list, which a capitalised next line does not continue; a cell in
// capitals with a word of headingLetters letters is a heading.
const (
	colSlack       = 2
	shortItemWords = 3
	headingLetters = 5
)

// join is a match that continues across a line break: view[i:cut] on one
// line, then view[cont:j] on the next. cont == cut when the continuation
// follows in the view (the last cell of a line into the first of the
// next); otherwise the continuation is a cell further on (a column).
type join struct{ i, cut, cont, j int }

// wraps is the line-wrap state of one walk over a view.
type wraps struct {
	text string
	view []vtok
	// gaps holds, ascending, the view indices that start a cell mid-line
	// (after a column gap, or a spaced bar, or a bar itself); nil for text
	// in one column, which needs no layout.
	gaps   []int
	gapBuf [8]int // gaps' first memory: a few bars or gaps cost no allocation
	used   []bool // tokens a join continued into; nil until the first join
	joins  []join // in walk order
	k      walker // the walk's scratch, here so it costs no allocation of its own
	// A one-entry cache of next: consecutive starts reach the same cell end.
	ce, cn int
	ck     [4]int
}

// reset points w at view, forgetting every join.
func (w *wraps) reset(text string, view []vtok) {
	*w = wraps{text: text, view: view, ce: -1}
	w.gaps = w.gapBuf[:0]
	for k := 1; k < len(view); k++ {
		if gapBefore(view, k) {
			w.gaps = append(w.gaps, k)
		}
	}
	if len(w.gaps) == 0 {
		w.gaps = nil // one column: most text
	}
}

// moveTo points w at view, in which view[at[k]] is the old view[k] or the
// glued token it was a piece of (see unglue), keeping the gaps: glued
// pieces touch, so no gap starts inside one. Joins are forgotten.
func (w *wraps) moveTo(view []vtok, at []int) {
	text, n := w.text, len(w.gaps)
	var gaps []int
	if n > len(w.gapBuf) {
		gaps = w.gaps // on the heap: stays valid
	}
	for x := 0; x < n; x++ {
		w.gaps[x] = at[w.gaps[x]]
	}
	buf := w.gapBuf
	*w = wraps{text: text, view: view, ce: -1, gapBuf: buf}
	switch {
	case gaps != nil:
		w.gaps = gaps
	case n > 0:
		w.gaps = w.gapBuf[:n]
	}
}

// gapBefore reports a cell starting at view[k] mid-line.
func gapBefore(view []vtok, k int) bool {
	a, b := &view[k-1], &view[k]
	if b.Start-a.End < 2 && a.Kind != tokenize.Punct && b.Kind != tokenize.Punct {
		return false // most pairs: one space or none between words
	}
	return a.Line == b.Line && (b.Start-a.End >= 2 || b.Kind == tokenize.Punct && bar(view, k) || a.Kind == tokenize.Punct && bar(view, k-1))
}

// bar reports a '|' with space (or a line edge) on both sides: a table's
// cell separator, not the '|' of "a|b".
func bar(view []vtok, k int) bool {
	v := &view[k]
	if v.Kind != tokenize.Punct || v.Text != "|" {
		return false
	}
	return (k == 0 || view[k-1].Line != v.Line || view[k-1].End < v.Start) &&
		(k+1 == len(view) || view[k+1].Line != v.Line || view[k+1].Start > v.End)
}

// boundary says how view[j] follows view[j-1] for a match on one line.
type boundary uint8

const (
	inCell  boundary = iota // same cell (a lone double space is crossed: a typo as often as a gap)
	cellEnd                 // a new line, a wide column gap or a bar: the cell of view[j-1] ends
	taken                   // view[j] is the continuation of a join already made
)

func (w *wraps) boundary(view []vtok, j int) boundary {
	switch {
	case view[j].Line != view[j-1].Line || view[j].Start-view[j-1].End >= 3 || view[j].Kind == tokenize.Punct && bar(view, j):
		return cellEnd
	case w.used != nil && w.used[j]:
		return taken
	}
	return inCell
}

// breakHyphen reports a '-' glued to the word before it and ending its
// cell ("docker-" at a line end or before a column gap): the word goes on
// in the continuation.
func breakHyphen(view []vtok, j int) bool {
	v := &view[j]
	if v.Kind != tokenize.Punct || v.Text != "-" || j == 0 || view[j-1].End != v.Start || view[j-1].Kind != tokenize.Word || view[j-1].Line != v.Line {
		return false
	}
	return j+1 == len(view) || view[j+1].Line != v.Line || view[j+1].Start-v.End >= 2 || bar(view, j+1)
}

// cellStart reports whether view[k] starts a cell mid-line.
func (w *wraps) cellStart(k int) bool {
	if w.gaps == nil {
		return false
	}
	n := sort.SearchInts(w.gaps, k)
	return n < len(w.gaps) && w.gaps[n] == k
}

// cellFrom returns the first token of the cell holding view[e].
func (w *wraps) cellFrom(e int) int {
	for e > 0 && w.view[e-1].Line == w.view[e].Line && !w.cellStart(e) {
		e--
	}
	return e
}

// cellTo returns the end (exclusive) of the cell starting at view[c].
func (w *wraps) cellTo(c int) int {
	k := c + 1
	for k < len(w.view) && w.view[k].Line == w.view[c].Line && !w.cellStart(k) {
		k++
	}
	return k
}

// column returns the character column of view[k] on its line.
func (w *wraps) column(k int) int {
	at := w.view[k].Start
	from := strings.LastIndexByte(w.text[:at], '\n') + 1
	return utf8.RuneCountInString(w.text[from:at])
}

// next returns the tokens where the cell ending at view[e] may continue
// on the next line: the cell of that line at the same column (± colSlack
// characters), and for the last cell of a line also the first cell of the
// next, which is the next line itself in one-column text.
func (w *wraps) next(e int) []int {
	if e == w.ce {
		return w.ck[:w.cn]
	}
	w.ce, w.cn = e, 0
	view := w.view
	line := view[e].Line
	f := e + 1
	for f < len(view) && view[f].Line == line {
		f++
	}
	if f == len(view) || view[f].Line != line+1 {
		return nil // the end, or a blank line between
	}
	if w.gaps == nil {
		w.add(f)
		return w.ck[:w.cn]
	}
	last := true
	for k := e + 1; k < f; k++ {
		last = last && bar(view, k)
	}
	col := w.column(w.cellFrom(e))
	first := -1
	for k := f; k < len(view) && view[k].Line == line+1; k++ {
		if bar(view, k) || (k > f && !w.cellStart(k)) {
			continue
		}
		if first < 0 {
			first = k
		}
		if c := w.column(k); c >= col-colSlack && c <= col+colSlack {
			w.add(k)
		}
	}
	if last && first >= 0 {
		w.add(first)
	}
	return w.ck[:w.cn]
}

func (w *wraps) add(k int) {
	for _, x := range w.ck[:w.cn] {
		if x == k {
			return
		}
	}
	if w.cn < len(w.ck) {
		w.ck[w.cn] = k
		w.cn++
	}
}

// joinable reports whether a match may go on from view[e], the last token
// of its cell, to view[c], the first of the continuation: never after a
// separator or a sentence end (only '&' and a hyphen breaking the word
// itself go on), never into a bullet or a numbered item, never from or
// into a heading, and never from one short item of a one-per-line list
// into the capitalised next one ("Python" / "Java", "Project" /
// "Management tools") unless it ends on a word that cannot end it ("and"),
// nor from a word in lower case into a capitalised short item.
func (w *wraps) joinable(e, c int) bool {
	view := w.view
	last, first := &view[e], &view[c]
	hyphen := false
	if last.Kind == tokenize.Punct {
		switch {
		case last.Text == "&":
		case breakHyphen(view, e):
			hyphen = true
		default:
			return false
		}
	}
	switch first.Kind {
	case tokenize.Punct:
		if first.Text != "&" || c+1 == len(view) || view[c+1].Line != first.Line {
			return false
		}
	case tokenize.Number:
		if itemMark(view, c) {
			return false
		}
	case tokenize.Word:
		if len(first.Text) == 1 && itemMark(view, c) {
			return false // "a) ..."
		}
	}
	r, _ := utf8.DecodeRuneInString(first.Text)
	if hyphen && !unicode.IsLower(r) {
		return false
	}
	from, to := w.cellFrom(e), w.cellTo(c)
	if heading(view[from:e+1]) || heading(view[c:to]) {
		return false
	}
	if !unicode.IsUpper(r) || dangling(last.Norm) {
		return true
	}
	// A capitalised next line: not after one short item, nor a short item
	// itself after a word in lower case (a heading or an item after a line
	// that lost its full stop: "... during construction" / "Inspection").
	l, _ := utf8.DecodeRuneInString(last.Text)
	return !shortItem(view[from:e+1]) && !(unicode.IsLower(l) && shortItem(view[c:to]))
}

// itemMark reports a list number or letter: "2." or "2)" or "a)".
func itemMark(view []vtok, c int) bool {
	if c+1 == len(view) {
		return false
	}
	n := &view[c+1]
	return n.Line == view[c].Line && n.Start == view[c].End && (n.Text == "." || n.Text == ")")
}

// heading reports a cell in capitals with a word of headingLetters
// capitals or more: "SKILLS", "WORK HISTORY" (not "AWS EC2"). A word is a
// run of touching tokens ("ZETA-DLT"), as the view may hold it in pieces.
func heading(cell []vtok) bool {
	long, run := false, 0
	for k := range cell {
		if k > 0 && cell[k-1].End != cell[k].Start {
			run = 0
		}
		for _, r := range cell[k].Text {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				run++
			}
		}
		long = long || run >= headingLetters
	}
	return long
}

// shortItem reports a cell of at most shortItemWords words (runs of
// touching tokens), the first capitalised, with no list separator after
// its leading marks: one item of a one-per-line list ("Financial
// reporting"), not a phrase that goes on ("worked on Product").
func shortItem(cell []vtok) bool {
	words, inWord := 0, false
	for k := range cell {
		v := &cell[k]
		if k > 0 && cell[k-1].End != v.Start {
			inWord = false
		}
		if v.Kind == tokenize.Punct {
			if words > 0 && strings.Contains(",;:|/•·()", v.Text) {
				return false
			}
			continue
		}
		if !inWord {
			inWord = true
			if words++; words > shortItemWords {
				return false
			}
			if r, _ := utf8.DecodeRuneInString(v.Text); words == 1 && unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// dangling reports a word an item cannot end on.
func dangling(w string) bool {
	return isAny(w, "and", "or", "&", "of", "for", "with", "in", "to", "the", "a", "an", "on", "at", "by", "from", "as")
}
