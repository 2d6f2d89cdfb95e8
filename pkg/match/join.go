package match

// Joined matches read as one run: the continuation of a wrapped term is
// put where a reader puts it, so every context rule sees its words side by
// side.

import (
	"sort"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// apply makes every joined match one run of the view, as if its words were
// written side by side: the cell a match continued into is read on the
// line of the match's start (Line; phys keeps the line it is written on),
// and when a continuation is a column further on, each continued cell
// moves right after the cell it continues. It returns the view, the
// candidates on it in view order, and whether tokens moved (the view is
// then no longer in text order).
func (w *wraps) apply(cands []cand) ([]vtok, []cand, bool) {
	view := w.view
	type move struct{ from, to int } // the cell view[from:to]
	moves := make(map[int]move, len(w.joins))
	column := false
	for _, jn := range w.joins { // by start, so a chain of joins reads the line its first part was given
		to := w.cellTo(jn.cont)
		line := view[jn.cut-1].Line
		for k := jn.cont; k < to; k++ {
			if view[k].phys == 0 {
				view[k].phys = int32(view[k].Line)
			}
			view[k].Line = line
		}
		moves[jn.cut-1] = move{jn.cont, to}
		column = column || jn.cont != jn.cut
	}
	if !column {
		return view, cands, false // every continuation already follows its cell
	}
	moved := make([]bool, len(view))
	for _, mv := range moves {
		for k := mv.from; k < mv.to; k++ {
			moved[k] = true
		}
	}
	nv := make([]vtok, 0, len(view))
	at := make([]int, len(view)) // old index → new
	var emit func(k int)
	emit = func(k int) {
		at[k] = len(nv)
		nv = append(nv, view[k])
		if mv, ok := moves[k]; ok {
			for x := mv.from; x < mv.to; x++ {
				emit(x)
			}
		}
	}
	for k := range view {
		if !moved[k] {
			emit(k)
		}
	}
	for x := range cands {
		cands[x].i, cands[x].j = at[cands[x].i], at[cands[x].j-1]+1
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].i < cands[b].i })
	return nv, cands, true
}

// wrappedSurface is a joined match as a reader reads it: its two parts
// with one space between, or none after a hyphen that broke the word
// ("docker-compose").
func wrappedSurface(text string, toks []vtok) string {
	b := 1
	for b < len(toks)-1 && toks[b].physLine() == toks[b-1].physLine() {
		b++
	}
	first, second := text[toks[0].Start:toks[b-1].End], text[toks[b].Start:toks[len(toks)-1].End]
	if p := toks[b-1]; p.Text == "-" && p.Kind == tokenize.Punct {
		return first + second
	}
	return first + " " + second
}
