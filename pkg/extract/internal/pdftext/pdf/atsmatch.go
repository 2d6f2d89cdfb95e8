package pdf

import (
	"bytes"
	"fmt"
)

// Exported helpers added by atsmatch (see README.md): the text walk in the
// parent package decodes fonts itself and needs the library's tables.

// GlyphRune maps an Adobe glyph name to its rune.
func GlyphRune(name string) (rune, bool) {
	r, ok := nameToRune[name]
	return r, ok
}

// WinAnsiRune is the WinAnsiEncoding rune of byte b.
func WinAnsiRune(b byte) rune { return winAnsiEncoding[b] }

// MacRomanRune is the MacRomanEncoding rune of byte b.
func MacRomanRune(b byte) rune { return macRomanEncoding[b] }

// NoRune marks a byte with no mapping in the encoding tables.
const NoRune = noRune

// RefID returns the object number v's entry key refers to, or 0 when the
// entry is a direct object (whose ID would be its container's).
func (v Value) RefID(key string) uint32 {
	var d dict
	switch x := v.data.(type) {
	case dict:
		d = x
	case stream:
		d = x.hdr
	}
	if p, ok := d[name(key)].(objptr); ok {
		return p.id
	}
	return 0
}

// IndexRefID is RefID for array element i.
func (v Value) IndexRefID(i int) uint32 {
	if a, ok := v.data.(array); ok && i >= 0 && i < len(a) {
		if p, ok := a[i].(objptr); ok {
			return p.id
		}
	}
	return 0
}

// Limits bound the work of one Reader (atsmatch patch). A zero field is no
// cap.
type Limits struct {
	MaxObjects int   // xref entries accepted at most
	MaxStream  int64 // decoded bytes of any one stream
	MaxDecoded int64 // decoded bytes of all streams together: contents, forms, CMaps, object and xref streams, each read counted
}

// Decoded is the number of stream bytes decoded so far, every read of
// every stream counted: the work MaxDecoded bounds.
func (r *Reader) Decoded() int64 { return r.decoded }

// tooManyObjects is the error for an xref that declares n objects over the
// cap max: a count the file cannot hold (each object takes a byte at
// least) is damage, not size (atsmatch patch: a 589-byte file was "too
// large").
func tooManyObjects(what string, n int64, max int, size int64) error {
	if n < 0 || n > size {
		return fmt.Errorf("malformed PDF: %s: more objects than the file has bytes (%d)", what, size)
	}
	return fmt.Errorf("%w: %s: over %d objects", ErrLimit, what, max)
}

// streamEnd is the length of the stream data at off found by its
// "endstream" keyword (less the end-of-line before it), or the rest of the
// file without one. Each stream is searched once: a form drawn a thousand
// times must not scan the file a thousand times.
func (r *Reader) streamEnd(off int64) int64 {
	if n, ok := r.ends[off]; ok {
		return n
	}
	const chunk = 64 << 10
	key := []byte("endstream")
	n := r.end - off
	buf := make([]byte, chunk+len(key))
	for pos := off; pos < r.end; pos += chunk {
		k, _ := r.f.ReadAt(buf[:min(int64(len(buf)), r.end-pos)], pos)
		if i := bytes.Index(buf[:k], key); i >= 0 {
			n = pos + int64(i) - off
			break
		}
	}
	if n > 0 {
		// The end-of-line before "endstream" is not data.
		tail := make([]byte, min(n, 2))
		r.f.ReadAt(tail, off+n-int64(len(tail)))
		switch {
		case bytes.HasSuffix(tail, []byte("\r\n")):
			n -= 2
		case bytes.HasSuffix(tail, []byte("\n")), bytes.HasSuffix(tail, []byte("\r")):
			n--
		}
	}
	if r.ends == nil {
		r.ends = map[int64]int64{}
	}
	r.ends[off] = n
	return n
}
