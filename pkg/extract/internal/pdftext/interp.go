package pdftext

// The content-stream interpreter: the graphics state, text operators,
// Form XObjects and fonts a page's operators drive, each bounded by the
// walker's counts.

import (
	"bytes"
	"fmt"
	"math"

	"github.com/atsmatch/atsmatch/pkg/extract/internal/pdftext/pdf"
)

type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type gstate struct {
	ctm                  matrix
	tc, tw, th, tl, rise float64
	fsize                float64
	font                 *font
}

type state struct {
	g       gstate
	stack   []gstate
	tm, tlm matrix
}

func newState() *state {
	return &state{g: gstate{ctm: identity, th: 1}, tm: identity, tlm: identity}
}

func num(v pdf.Value) float64 {
	f := v.Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// run interprets one content stream with resources res.
func (w *walker) run(data []byte, res pdf.Value, st *state, t *textOut, depth int, forms map[uint32]bool) {
	var args []pdf.Value
	var glyphs []glyph
	var fonts pdf.Value
	fontsLoaded := false
	pdf.InterpretReader(bytes.NewReader(data), func(stk *pdf.Stack, op string) {
		w.tick()
		if w.work.Ops++; w.work.Ops > w.opt.MaxOps {
			w.work.Ops--
			w.stop(fmt.Sprintf("truncated at %d content operators (the limit)", w.opt.MaxOps))
		}
		n := stk.Len()
		if cap(args) < n {
			args = make([]pdf.Value, n)
		}
		args = args[:n]
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		arg := func(i int) float64 {
			if i < len(args) {
				return num(args[i])
			}
			return 0
		}
		switch op {
		case "q":
			if len(st.stack) < maxGStack {
				st.stack = append(st.stack, st.g)
			}
		case "Q":
			if k := len(st.stack); k > 0 {
				st.g = st.stack[k-1]
				st.stack = st.stack[:k-1]
			}
		case "cm":
			if n >= 6 {
				st.g.ctm = matrix{arg(0), arg(1), arg(2), arg(3), arg(4), arg(5)}.mul(st.g.ctm)
			}
		case "BT":
			st.tm, st.tlm = identity, identity
		case "Tf":
			if n >= 2 {
				if !fontsLoaded {
					// resolve /Font once per stream: Key re-parses indirect objects
					fonts, fontsLoaded = res.Key("Font"), true
				}
				st.g.font = w.font(fonts, args[0].Name())
				st.g.fsize = arg(1)
			}
		case "Tc":
			st.g.tc = arg(0)
		case "Tw":
			st.g.tw = arg(0)
		case "Tz":
			st.g.th = arg(0) / 100
		case "TL":
			st.g.tl = arg(0)
		case "Ts":
			st.g.rise = arg(0)
		case "Td":
			st.td(arg(0), arg(1))
		case "TD":
			st.g.tl = -arg(1)
			st.td(arg(0), arg(1))
		case "Tm":
			if n >= 6 {
				st.tm = matrix{arg(0), arg(1), arg(2), arg(3), arg(4), arg(5)}
				st.tlm = st.tm
			}
		case "T*":
			st.td(0, -st.g.tl)
		case "Tj":
			if n >= 1 {
				glyphs = w.show(st, t, args[0].RawString(), glyphs)
			}
		case "'":
			st.td(0, -st.g.tl)
			if n >= 1 {
				glyphs = w.show(st, t, args[n-1].RawString(), glyphs)
			}
		case "\"":
			if n >= 3 {
				st.g.tw, st.g.tc = arg(0), arg(1)
			}
			st.td(0, -st.g.tl)
			if n >= 1 {
				glyphs = w.show(st, t, args[n-1].RawString(), glyphs)
			}
		case "TJ":
			if n < 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				e := a.Index(i)
				if e.Kind() == pdf.String {
					glyphs = w.show(st, t, e.RawString(), glyphs)
					continue
				}
				k := num(e)
				// TeX writes word spaces as kerning: below -200/1000 em is a space
				if k < -200 {
					t.forceSpace()
				}
				st.tm = matrix{1, 0, 0, 1, -k / 1000 * st.g.fsize * st.g.th, 0}.mul(st.tm)
			}
		case "Do":
			if n >= 1 && depth < maxFormDepth {
				xo := res.Key("XObject")
				w.form(xo.Key(args[0].Name()), xo.RefID(args[0].Name()), res, st, t, depth, forms)
			}
		}
	})
}

func (st *state) td(tx, ty float64) {
	st.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(st.tlm)
	st.tm = st.tlm
}

func (w *walker) form(x pdf.Value, id uint32, res pdf.Value, st *state, t *textOut, depth int, forms map[uint32]bool) {
	if x.Kind() == pdf.Stream && x.Key("Subtype").Name() == "Image" {
		w.image(id)
		return
	}
	if x.Kind() != pdf.Stream || x.Key("Subtype").Name() != "Form" {
		return
	}
	if forms[id] && id != 0 {
		return // a form drawing itself
	}
	if w.work.Forms >= w.opt.MaxForms {
		// Forms nest and repeat (12 levels drawing the next ten times is
		// 10^12 draws from a few kilobytes): skip the rest, keep the page.
		w.warn(fmt.Sprintf("truncated at %d form XObjects drawn (the limit)", w.opt.MaxForms))
		return
	}
	w.work.Forms++
	forms[id] = true
	defer delete(forms, id)
	saved := st.g
	savedStack := len(st.stack)
	if m := x.Key("Matrix"); m.Len() == 6 {
		st.g.ctm = matrix{num(m.Index(0)), num(m.Index(1)), num(m.Index(2)), num(m.Index(3)), num(m.Index(4)), num(m.Index(5))}.mul(st.g.ctm)
	}
	fres := x.Key("Resources")
	if fres.Kind() != pdf.Dict {
		fres = res
	}
	data := w.stream(x, w.opt.MaxStreamBytes)
	tm, tlm := st.tm, st.tlm
	w.run(data, fres, st, t, depth+1, forms)
	st.g, st.tm, st.tlm = saved, tm, tlm
	if len(st.stack) > savedStack {
		st.stack = st.stack[:savedStack]
	}
}

// font loads font key of the /Font dict fonts once per object (resolving
// an object re-parses it, so the cache is checked first); direct font
// dicts are not cached.
func (w *walker) font(fonts pdf.Value, key string) *font {
	id := fonts.RefID(key)
	if f, ok := w.fonts[id]; ok && id != 0 {
		return f
	}
	v := fonts.Key(key)
	if v.Kind() != pdf.Dict {
		return nil
	}
	f := loadFont(v, w)
	if id != 0 {
		if w.fonts == nil {
			w.fonts = map[uint32]*font{}
		}
		w.fonts[id] = f
	}
	return f
}

// show decodes a string and feeds each glyph at its position to the text
// output. Glyph advances only translate Tm, so the text-to-user matrix is
// computed once per string and positions advance along its first row.
func (w *walker) show(st *state, t *textOut, raw string, buf []glyph) []glyph {
	f := st.g.font
	if f == nil {
		f = fallbackFont
	}
	buf = f.decode(raw, buf[:0])
	g := &st.g
	m := st.tm.mul(g.ctm)
	size := g.fsize * math.Hypot(m[2], m[3])
	x, y := g.rise*m[2]+m[4], g.rise*m[3]+m[5]
	total := 0.0
	for _, gl := range buf {
		adv := gl.w*g.fsize + g.tc
		if gl.n == 1 && gl.code == 32 {
			adv += g.tw
		}
		adv *= g.th
		x1, y1 := x+adv*m[0], y+adv*m[1]
		if w.res.Glyphs >= w.opt.MaxGlyphs {
			w.stop(fmt.Sprintf("truncated at %d glyphs (the limit)", w.opt.MaxGlyphs))
		}
		w.res.Glyphs++
		if gl.text == "" {
			w.res.Unmapped++
		}
		t.glyph(gl.text, x, y, x1, y1, m[0], m[1], size)
		x, y = x1, y1
		total += adv
	}
	st.tm[4] += total * st.tm[0]
	st.tm[5] += total * st.tm[1]
	return buf
}

// fallbackFont decodes text drawn before any Tf (broken files) as WinAnsi.
var fallbackFont = func() *font {
	f := &font{scale: 0.001, widths: map[uint32]float64{}}
	for i := 32; i < 256; i++ {
		if r := pdf.WinAnsiRune(byte(i)); r != pdf.NoRune {
			f.enc[i] = string(r)
		}
	}
	return f
}()
