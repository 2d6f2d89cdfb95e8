package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"

	"github.com/atsmatch/atsmatch/pkg/extract/internal/pdftext/pdf"
)

const (
	defaultMaxPages   = 200
	defaultMaxStream  = 4 << 20
	defaultMaxDecoded = 8 << 20
	defaultMaxObjs    = 1_000_000
	defaultMaxForms   = 1024
	defaultMaxOps     = 1 << 20
	defaultMaxGlyphs  = 1 << 20
	maxTreeDepth      = 64 // page tree and Form XObject nesting
	maxFormDepth      = 12
	maxGStack         = 256
)

// ctxAbort carries a context error out of the operator callback.
type ctxAbort struct{ err error }

// capStop carries a reached cap out of the operator callback: the page
// keeps its text so far and no later page is read.
type capStop struct{ warning string }

// withDefaults fills the zero fields of opt.
func (opt Options) withDefaults() Options {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&opt.MaxPages, defaultMaxPages)
	def(&opt.MaxObjects, defaultMaxObjs)
	def(&opt.MaxForms, defaultMaxForms)
	def(&opt.MaxOps, defaultMaxOps)
	def(&opt.MaxGlyphs, defaultMaxGlyphs)
	if opt.MaxStreamBytes <= 0 {
		opt.MaxStreamBytes = defaultMaxStream
	}
	if opt.MaxDecoded <= 0 {
		opt.MaxDecoded = defaultMaxDecoded
	}
	return opt
}

func extract(ctx context.Context, data []byte, opt Options) (res *Result, err error) {
	opt = opt.withDefaults()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	defer func() {
		if x := recover(); x != nil {
			res = nil
			err = panicErr(x)
		}
	}()
	data, err = normalise(data)
	if err != nil {
		return nil, err
	}
	r, err := pdf.NewReaderLimits(bytes.NewReader(data), int64(len(data)),
		pdf.Limits{MaxObjects: opt.MaxObjects, MaxStream: opt.MaxStreamBytes, MaxDecoded: opt.MaxDecoded})
	if err != nil {
		switch {
		case errors.Is(err, pdf.ErrEncrypted):
			return nil, classed(ErrEncrypted, err)
		case errors.Is(err, pdf.ErrLimit):
			return nil, classed(ErrTooLarge, err)
		}
		return nil, classed(ErrMalformed, err)
	}
	w := &walker{ctx: ctx, opt: opt, res: &Result{}, r: r}
	pages := w.pageList(r.Trailer().Key("Root").Key("Pages"))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	w.res.NumPages = w.leaves
	if w.leaves > len(pages) {
		w.res.Warnings = append(w.res.Warnings, fmt.Sprintf("stopped after %d pages", len(pages)))
	}
	if len(pages) == 0 && w.leaves == 0 {
		return nil, &Error{ErrMalformed, "no pages"}
	}
	for _, p := range pages {
		text, err := w.page(p)
		if err != nil {
			return nil, err
		}
		w.res.Pages = append(w.res.Pages, text)
		if w.stopped {
			break
		}
	}
	if w.reordered {
		w.res.Warnings = append(w.res.Warnings, "two-column layout reordered")
	}
	w.work.Decoded = r.Decoded()
	w.res.Work = w.work
	if w.pageErrs > 0 {
		w.res.Warnings = append(w.res.Warnings, fmt.Sprintf("%d page(s) partly unreadable", w.pageErrs))
	}
	return w.res, nil
}

func panicErr(x any) error {
	if a, ok := x.(ctxAbort); ok {
		return a.err
	}
	if re, ok := x.(runtime.Error); ok {
		return &Error{ErrMalformed, "internal error: " + re.Error()}
	}
	return &Error{ErrMalformed, fmt.Sprint(x)}
}

// normalise cuts junk before the first %PDF- and after the last %%EOF so
// that the library's header and trailer checks see a clean file.
func normalise(data []byte) ([]byte, error) {
	i := bytes.Index(data, []byte("%PDF-"))
	if i < 0 {
		return nil, &Error{ErrMalformed, "no %PDF- header"}
	}
	data = data[i:]
	if j := bytes.LastIndex(data, []byte("%%EOF")); j >= 0 {
		data = data[:j+5]
	} else {
		// truncated file: append a trailer marker so the library can
		// at least try (it will fail on a missing startxref otherwise)
		return nil, &Error{ErrMalformed, "no %%EOF (truncated?)"}
	}
	return data, nil
}

// pageRef is a page leaf with the resources it inherits.
type pageRef struct {
	v, res pdf.Value
}

type walker struct {
	ctx       context.Context
	opt       Options
	res       *Result
	r         *pdf.Reader // counts the decoded bytes of the document (opt.MaxDecoded)
	leaves    int
	steps     int
	reordered bool
	pageErrs  int
	stopped   bool             // a cap ended the walk: no later page is read
	fonts     map[uint32]*font // by font object id; direct fonts are not cached
	work      Work
	images    map[uint32]bool // image objects drawn, by id
}

// stream decodes v up to max bytes and the stream cap; the reader charges
// every decoded byte to the document's cap, so a page that references one
// bomb many times (Contents arrays, forms, fonts) stops there.
func (w *walker) stream(v pdf.Value, max int64) []byte {
	max = min(max, w.opt.MaxStreamBytes)
	if w.r.Decoded() >= w.opt.MaxDecoded {
		// Spent: not even a decoder is set up (each costs a 32 KiB window).
		w.warn(fmt.Sprintf("truncated at %s of decoded streams (the limit)", mib(w.opt.MaxDecoded)))
		return nil
	}
	d, err := readStream(w.ctx, v, max)
	switch {
	case err == nil:
	case errors.Is(err, pdf.ErrDocumentTooLarge):
		w.warn(fmt.Sprintf("truncated at %s of decoded streams (the limit)", mib(w.opt.MaxDecoded)))
	case errors.Is(err, ErrTooLarge), errors.Is(err, pdf.ErrLimit):
		w.warn("content cut at size cap")
	default:
		w.res.Damaged++ // a broken filter or cipher: what decoded is kept
	}
	return d
}

// mib writes a byte count the way the caps are set: "16 MiB".
func mib(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// stop ends the walk at a cap: the page keeps its text so far.
func (w *walker) stop(warning string) {
	panic(capStop{warning})
}

// image counts a picture drawn, once per object (a logo on every page is
// one picture); an inline or direct image counts each time.
func (w *walker) image(id uint32) {
	if id != 0 {
		if w.images == nil {
			w.images = map[uint32]bool{}
		}
		if w.images[id] {
			return
		}
		w.images[id] = true
	}
	w.res.Images++
}

// warn adds a warning once.
func (w *walker) warn(msg string) {
	for _, m := range w.res.Warnings {
		if m == msg {
			return
		}
	}
	w.res.Warnings = append(w.res.Warnings, msg)
}

func (w *walker) tick() {
	w.steps++
	if w.steps&255 == 0 {
		if err := w.ctx.Err(); err != nil {
			panic(ctxAbort{err})
		}
	}
}

// pageList walks /Kids with a visited set (cycles, self-references) and a
// depth cap; inherited /Resources are tracked on the way down, so /Parent is
// never followed.
func (w *walker) pageList(root pdf.Value) []pageRef {
	var out []pageRef
	seen := map[uint32]bool{}
	var walk func(n pdf.Value, id uint32, res pdf.Value, depth int)
	walk = func(n pdf.Value, id uint32, res pdf.Value, depth int) {
		w.tick()
		if depth > maxTreeDepth || n.Kind() != pdf.Dict {
			return
		}
		if id != 0 {
			if seen[id] {
				return
			}
			seen[id] = true
		}
		if r := n.Key("Resources"); r.Kind() == pdf.Dict {
			res = r
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			w.leaves++
			if len(out) < w.opt.MaxPages {
				out = append(out, pageRef{n, res})
			}
			return
		}
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), kids.IndexRefID(i), res, depth+1)
		}
	}
	walk(root, 0, pdf.Value{}, 0)
	return out
}

// readStream decodes a stream up to max bytes; on a decode error it keeps
// what was read (truncated streams still carry text).
func readStream(ctx context.Context, v pdf.Value, max int64) (data []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			if a, ok := x.(ctxAbort); ok {
				panic(a) // the page's recover turns it into the context error
			}
			err = fmt.Errorf("%v", x)
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(ctxReader{ctx, rc}, max+1))
	if int64(len(data)) > max {
		return data[:max], fmt.Errorf("%w: stream over %d bytes", ErrTooLarge, max)
	}
	return data, err
}

// ctxReader stops a decode when the deadline passes: inflating a
// compression bomb up to the byte caps is otherwise seconds of work that no
// other check interrupts.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		panic(ctxAbort{err})
	}
	return c.r.Read(p)
}

func (w *walker) contents(v pdf.Value) []byte {
	var buf []byte
	add := func(s pdf.Value) {
		if s.Kind() != pdf.Stream {
			return
		}
		buf = append(buf, w.stream(s, w.opt.MaxStreamBytes)...)
		buf = append(buf, '\n')
	}
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len() && i < 10000; i++ {
			add(v.Index(i))
		}
	} else {
		add(v)
	}
	return buf
}

// page extracts one page; a malformed page yields its partial text and a
// warning rather than failing the file. Context errors do fail the file.
func (w *walker) page(p pageRef) (text string, err error) {
	t := newTextOut()
	defer func() {
		if x := recover(); x != nil {
			switch x := x.(type) {
			case ctxAbort:
				err = x.err
				return
			case capStop:
				w.stopped = true
				w.warn(x.warning)
			default:
				w.pageErrs++
				w.res.Damaged++
			}
			text = t.finish(w)
		}
	}()
	data := w.contents(p.v.Key("Contents"))
	st := newState()
	w.run(data, p.res, st, t, 0, map[uint32]bool{})
	return t.finish(w), nil
}

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
