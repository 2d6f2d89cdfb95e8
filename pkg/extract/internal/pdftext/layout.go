package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// item is one glyph's text and its horizontal gap to the previous glyph
// (in user space units along the baseline).
type item struct {
	text  string
	gap   float64
	space bool // a space is certain before this item (space glyph, TJ kerning)
}

// line is a run of glyphs on one baseline, in content-stream order.
type line struct {
	u0, u1 float64 // start and end along the baseline
	v      float64 // baseline position across
	ux, uy float64 // baseline direction
	size   float64
	items  []item // a window of textOut.items (lines only grow at the end)
}

// textOut turns positioned glyphs into lines and words.
type textOut struct {
	lines   []*line
	cur     *line
	pending bool      // a space was forced before the next glyph
	items   []item    // backing store of all lines' items: one growing slice per page
	gaps    []float64 // scratch for threshold
}

func newTextOut() *textOut { return &textOut{} }

func (t *textOut) forceSpace() { t.pending = true }

func (t *textOut) glyph(text string, x0, y0, x1, y1, dx, dy, size float64) {
	if text == " " || isPUA(text) {
		// icon-font glyphs separate words like a space does
		t.pending = true
		return
	}
	if strings.TrimSpace(text) == "" && text != "" {
		t.pending = true
		return
	}
	n := math.Hypot(dx, dy)
	ux, uy := 1.0, 0.0
	if n > 0 {
		ux, uy = dx/n, dy/n
	}
	if size <= 0 {
		size = 1
	}
	u0 := x0*ux + y0*uy
	v := -x0*uy + y0*ux
	u1 := x1*ux + y1*uy
	c := t.cur
	if c != nil {
		sameDir := math.Abs(c.ux*ux+c.uy*uy-1) < 1e-3
		dv := math.Abs(v - c.v)
		gap := u0 - c.u1
		// a new baseline, or a big jump along it (another column or cell)
		if !sameDir || dv > 0.5*math.Max(size, c.size) || gap > 4*size || gap < -2*size {
			c = nil
		}
	}
	if c == nil {
		c = &line{u0: u0, v: v, ux: ux, uy: uy, size: size}
		t.lines = append(t.lines, c)
		t.cur = c
		t.items = append(t.items, item{text: text})
		c.items = t.items[len(t.items)-1:]
		c.u1 = u1
		t.pending = false
		return
	}
	t.items = append(t.items, item{text: text, gap: u0 - c.u1, space: t.pending})
	c.items = t.items[len(t.items)-len(c.items)-1:]
	c.u1 = u1
	if size > c.size {
		c.size = size
	}
	t.pending = false
}

func isPUA(s string) bool {
	for _, r := range s {
		if r >= 0xE000 && r <= 0xF8FF || r >= 0xF0000 {
			return true
		}
	}
	return false
}

// threshold is the gap above which two glyphs of l are in different words:
// 0.15 em, raised for letter-spaced lines (Canva headings) to the usual
// glyph gap plus 0.15 em.
func (l *line) threshold(scratch *[]float64) float64 {
	gaps := (*scratch)[:0]
	defer func() { *scratch = gaps }()
	for _, it := range l.items[1:] {
		if !it.space {
			gaps = append(gaps, it.gap)
		}
	}
	thr := 0.15 * l.size
	if len(gaps) >= 3 {
		sort.Float64s(gaps)
		if med := gaps[len(gaps)/2]; med > 0.1*l.size {
			thr = med + 0.15*l.size
		}
	}
	return thr
}

func (l *line) text(b *strings.Builder, scratch *[]float64) {
	thr := l.threshold(scratch)
	for i, it := range l.items {
		if i > 0 && (it.space || it.gap > thr || it.gap < -l.size) {
			b.WriteByte(' ')
		}
		writeClean(b, it.text)
	}
}

// writeClean drops control characters and expands the Latin ligatures so
// that "ﬁ" matches "fi" downstream.
func writeClean(b *strings.Builder, s string) {
	for _, r := range s {
		switch {
		case r >= 0xFB00 && r <= 0xFB06:
			b.WriteString([]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}[r-0xFB00])
		case r == '\t' || r == 0xA0 || unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r) || r == 0xFFFD:
		default:
			b.WriteRune(r)
		}
	}
}

// finish renders the page: lines in stream order (reordered into columns
// when two columns interleave), single spaces, no empty lines.
func (t *textOut) finish(w *walker) string {
	lines := t.lines
	if cols, ok := reorderColumns(lines); ok {
		lines = cols
		w.reordered = true
	}
	var out strings.Builder
	var b strings.Builder
	for _, l := range lines {
		b.Reset()
		l.text(&b, &t.gaps)
		s := strings.Join(strings.Fields(b.String()), " ")
		if s == "" {
			continue
		}
		if out.Len() > 0 {
			out.WriteByte('\n')
		}
		out.WriteString(s)
	}
	return out.String()
}

// reorderColumns detects a stream that alternates between a left and a
// right x-region line by line (left1 right1 left2 right2 ...) and puts all
// left lines first. Streams already in column order are left alone.
func reorderColumns(lines []*line) ([]*line, bool) {
	if len(lines) < 8 {
		return nil, false
	}
	// split x: midpoint between the two most common line starts
	var starts []float64
	for _, l := range lines {
		starts = append(starts, l.u0)
	}
	sort.Float64s(starts)
	lo, hi := starts[0], starts[len(starts)-1]
	if hi-lo < 100 {
		return nil, false
	}
	split := (lo + hi) / 2
	// count alternations between regions on (nearly) the same baseline
	alt := 0
	for i := 1; i < len(lines); i++ {
		a, b := lines[i-1], lines[i]
		if (a.u0 < split) != (b.u0 < split) && math.Abs(a.v-b.v) < 2*a.size {
			alt++
		}
	}
	if alt < len(lines)/2 {
		return nil, false
	}
	// a date or label column beside text is a table, not a second column:
	// the right-hand lines of a real column are long
	var rw []float64
	for _, l := range lines {
		if l.u0 >= split {
			rw = append(rw, l.u1-l.u0)
		}
	}
	sort.Float64s(rw)
	if len(rw) == 0 || rw[len(rw)/2] < 0.3*(hi-lo) {
		return nil, false
	}
	var left, right []*line
	for _, l := range lines {
		if l.u0 < split {
			left = append(left, l)
		} else {
			right = append(right, l)
		}
	}
	return append(left, right...), true
}
