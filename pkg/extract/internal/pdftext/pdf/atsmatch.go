package pdf

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
