package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
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
