package pdftext

import (
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/extract/internal/pdftext/pdf"
)

// font is everything the text walk needs from a font dictionary: how to cut a
// string into codes, the Unicode text of each code and its advance width.
type font struct {
	cid       bool        // Type0: codes are cut by codespace (default 2 bytes)
	spaces    []codespace // from the ToUnicode CMap (or 2-byte default for CID)
	toUni     *cmap       // ToUnicode mapping, preferred
	enc       [256]string // simple fonts: /Encoding + /Differences → text
	widths    map[uint32]float64
	wranges   []wrange // CID /W ranges "lo hi w", kept as ranges (never expanded)
	dw        float64  // default width, glyph space /1000
	scale     float64  // glyph space → text space (1/1000, or Type3 FontMatrix)
	symbolic  bool     // no usable encoding (Symbol, Dingbats)
	hasWidths bool
}

type codespace struct {
	n      int
	lo, hi []byte
}

type wrange struct {
	lo, hi uint32
	w      float64
}

type glyph struct {
	code uint32
	n    int    // bytes consumed
	text string // "" when unmapped
	w    float64
}

// loadFont reads a font dictionary. It never panics on a well-formed Value
// tree; the caller recovers around it anyway.
func loadFont(f pdf.Value, w *walker) *font {
	ft := &font{scale: 0.001, dw: 0}
	sub := f.Key("Subtype").Name()
	desc := f
	if sub == "Type0" {
		ft.cid = true
		ft.dw = 1000
		desc = f.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			ft.dw = dw.Float64()
		}
		ft.widths, ft.wranges = cidWidths(desc.Key("W"))
		ft.hasWidths = true
		ft.spaces = []codespace{{n: 2, lo: []byte{0, 0}, hi: []byte{0xff, 0xff}}}
	} else {
		ft.widths = map[uint32]float64{}
		first := f.Key("FirstChar").Int64()
		w := f.Key("Widths")
		for i := 0; i < w.Len() && i < 256; i++ {
			ft.widths[uint32(first)+uint32(i)] = w.Index(i).Float64()
		}
		ft.hasWidths = w.Len() > 0
		ft.dw = f.Key("FontDescriptor").Key("MissingWidth").Float64()
		if sub == "Type3" {
			if m := f.Key("FontMatrix"); m.Len() >= 1 && m.Index(0).Float64() != 0 {
				ft.scale = m.Index(0).Float64()
			}
		}
		ft.simpleEncoding(f)
	}
	if tu := f.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		// real ToUnicode CMaps are far below 4 MiB
		if data := w.stream(tu, 4<<20); len(data) > 0 {
			spaces, m := parseCMap(data)
			if m.len() > 0 {
				ft.toUni = m
				if len(spaces) > 0 && ft.cid {
					ft.spaces = spaces
				}
			}
		}
	}
	return ft
}

// cidWidths reads /W: "c [w1 w2 ...]" entries go to the map (one per
// number in the file), "lo hi w" entries stay ranges so that a declared
// range never drives allocation.
func cidWidths(w pdf.Value) (map[uint32]float64, []wrange) {
	m := map[uint32]float64{}
	var ranges []wrange
	n := w.Len()
	for i := 0; i < n; {
		c := w.Index(i)
		if i+1 >= n {
			break
		}
		nx := w.Index(i + 1)
		if nx.Kind() == pdf.Array {
			for j := 0; j < nx.Len(); j++ {
				m[uint32(c.Int64())+uint32(j)] = nx.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi := c.Int64(), nx.Int64()
		if lo >= 0 && hi >= lo && hi <= 1<<32-1 {
			ranges = append(ranges, wrange{uint32(lo), uint32(hi), w.Index(i + 2).Float64()})
		}
		i += 3
	}
	return m, ranges
}

func (ft *font) simpleEncoding(f pdf.Value) {
	base := "WinAnsiEncoding"
	bf := f.Key("BaseFont").Name()
	if strings.Contains(bf, "Symbol") || strings.Contains(bf, "Dingbats") {
		ft.symbolic = true
	}
	enc := f.Key("Encoding")
	switch enc.Kind() {
	case pdf.Name:
		base = enc.Name()
	case pdf.Dict:
		if b := enc.Key("BaseEncoding").Name(); b != "" {
			base = b
		}
	}
	for i := 0; i < 256; i++ {
		var r rune
		if base == "MacRomanEncoding" {
			r = pdf.MacRomanRune(byte(i))
		} else {
			r = pdf.WinAnsiRune(byte(i))
		}
		if r != pdf.NoRune && r >= 0x20 && !ft.symbolic {
			ft.enc[i] = string(r)
		}
	}
	if enc.Kind() == pdf.Dict {
		d := enc.Key("Differences")
		code := 0
		for i := 0; i < d.Len(); i++ {
			v := d.Index(i)
			switch v.Kind() {
			case pdf.Integer:
				code = int(v.Int64())
			case pdf.Name:
				if code >= 0 && code < 256 {
					ft.enc[code] = glyphText(v.Name())
				}
				code++
			}
		}
	}
}

// glyphText maps a glyph name to text following the Adobe glyph list rules
// that matter in practice: suffixes (.lnum, .sc), ligatures (f_i), uniXXXX, uXXXX.
func glyphText(name string) string {
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if r, ok := pdf.GlyphRune(name); ok {
		return string(r)
	}
	switch name {
	case "ff", "fi", "fl", "ffi", "ffl":
		return name
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil {
				return ""
			}
			b.WriteRune(rune(v))
		}
		return b.String()
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil {
			return string(rune(v))
		}
	}
	if len(name) == 1 && name[0] >= 0x21 && name[0] < 0x7f {
		return name
	}
	return ""
}

// decode cuts raw into glyphs.
func (ft *font) decode(raw string, out []glyph) []glyph {
	for i := 0; i < len(raw); {
		n := ft.codeLen(raw[i:])
		var code uint32
		for k := 0; k < n; k++ {
			code = code<<8 | uint32(raw[i+k])
		}
		g := glyph{code: code, n: n}
		if t, ok := ft.toUni.lookup(code); ok {
			g.text = t
		} else if !ft.cid {
			g.text = ft.enc[code&0xff]
		}
		w, ok := ft.widths[code]
		if !ok {
			for _, r := range ft.wranges {
				if code >= r.lo && code <= r.hi {
					w, ok = r.w, true
					break
				}
			}
		}
		if !ok {
			w = ft.dw
			if !ft.hasWidths && !ft.cid {
				w = approxWidth(g.text)
			}
		}
		g.w = w * ft.scale
		out = append(out, g)
		i += n
	}
	return out
}

func (ft *font) codeLen(s string) int {
	if !ft.cid {
		return 1
	}
	for _, cs := range ft.spaces {
		if cs.n > len(s) {
			continue
		}
		in := true
		for k := 0; k < cs.n; k++ {
			if s[k] < cs.lo[k] || s[k] > cs.hi[k] {
				in = false
				break
			}
		}
		if in {
			return cs.n
		}
	}
	if len(s) >= 2 {
		return 2
	}
	return 1
}

// approxWidth stands in for the standard-14 metrics when a font has no
// /Widths: close enough to tell a word gap from a letter gap.
func approxWidth(t string) float64 {
	if t == "" {
		return 500
	}
	c := t[0]
	switch {
	case c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == '.' || c == ',' || c == '\'' || c == ':' || c == ';' || c == '!' || c == '|':
		return 278
	case c == 'm' || c == 'w' || c == 'M' || c == 'W':
		return 833
	case c >= 'A' && c <= 'Z':
		return 667
	}
	return 556
}
