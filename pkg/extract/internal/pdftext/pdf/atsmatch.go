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
