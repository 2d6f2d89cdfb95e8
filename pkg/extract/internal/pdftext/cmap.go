package pdftext

import (
	"sort"
	"unicode/utf16"
)

// parseCMap reads the codespace ranges and bfchar/bfrange mappings of a
// ToUnicode CMap. It is a token scan, not a PostScript interpreter: real
// CMaps from Canva, Chromium and TeX only need these three sections.
// cmap maps codes to text; bfrange entries stay ranges so that a declared
// range (<0000> <FFFF>) never drives allocation.
type cmap struct {
	single map[uint32]string
	ranges []crange
}

type crange struct {
	lo, hi uint32
	base   []rune // text of lo; the last rune counts up
}

func (m *cmap) len() int {
	if m == nil {
		return 0
	}
	return len(m.single) + len(m.ranges)
}

func (m *cmap) lookup(code uint32) (string, bool) {
	if m == nil {
		return "", false
	}
	if t, ok := m.single[code]; ok {
		return t, true
	}
	// ranges are sorted by lo: the candidate is the last range starting at or before code
	i := sort.Search(len(m.ranges), func(i int) bool { return m.ranges[i].lo > code }) - 1
	if i < 0 || code > m.ranges[i].hi {
		return "", false
	}
	r := m.ranges[i]
	out := append([]rune(nil), r.base...)
	out[len(out)-1] += rune(code - r.lo)
	t := string(out)
	m.single[code] = t // codes drawn once are drawn again: remember the text
	return t, true
}

func parseCMap(data []byte) ([]codespace, *cmap) {
	var spaces []codespace
	cm := &cmap{single: map[uint32]string{}}
	m := cm.single
	toks := cmapTokens(data)
	section := ""
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case 'k':
			switch t.s {
			case "begincodespacerange", "beginbfchar", "beginbfrange":
				section = t.s
			case "endcodespacerange", "endbfchar", "endbfrange":
				section = ""
			}
			continue
		}
		switch section {
		case "begincodespacerange":
			if i+1 < len(toks) && t.kind == 'h' && toks[i+1].kind == 'h' && len(t.b) == len(toks[i+1].b) && len(t.b) > 0 && len(t.b) <= 4 {
				spaces = append(spaces, codespace{n: len(t.b), lo: t.b, hi: toks[i+1].b})
				i++
			}
		case "beginbfchar":
			if i+1 < len(toks) && t.kind == 'h' && len(t.b) <= 4 {
				nx := toks[i+1]
				switch nx.kind {
				case 'h':
					m[codeOf(t.b)] = utf16Text(nx.b)
				case 'n':
					m[codeOf(t.b)] = glyphText(nx.s)
				}
				i++
			}
		case "beginbfrange":
			if i+2 >= len(toks) || t.kind != 'h' || toks[i+1].kind != 'h' || len(t.b) > 4 {
				continue
			}
			lo, hi := codeOf(t.b), codeOf(toks[i+1].b)
			dst := toks[i+2]
			i += 2
			if hi < lo {
				continue
			}
			if dst.kind == 'h' {
				if base := []rune(utf16Text(dst.b)); len(base) > 0 {
					cm.ranges = append(cm.ranges, crange{lo, hi, base})
				}
			} else if dst.kind == '[' {
				// array of destinations follows, one per code
				c := lo
				for i+1 < len(toks) && toks[i+1].kind != ']' {
					i++
					if toks[i].kind == 'h' && c <= hi {
						m[c] = utf16Text(toks[i].b)
					}
					c++
				}
				i++
			}
		}
	}
	sort.SliceStable(cm.ranges, func(i, j int) bool { return cm.ranges[i].lo < cm.ranges[j].lo })
	return spaces, cm
}

func codeOf(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

func utf16Text(b []byte) string {
	if len(b) == 1 {
		return string(rune(b[0]))
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}

type ctok struct {
	kind byte // 'h' hex string, 'n' name, 'k' keyword, '[' ']'
	b    []byte
	s    string
}

func cmapTokens(data []byte) []ctok {
	var out []ctok
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '<' && i+1 < len(data) && data[i+1] == '<', c == '>' && i+1 < len(data) && data[i+1] == '>':
			i += 2
		case c == '<':
			i++
			var b []byte
			hi, half := byte(0), false
			for i < len(data) && data[i] != '>' {
				if v, ok := hexVal(data[i]); ok {
					if half {
						b = append(b, hi<<4|v)
					} else {
						hi = v
					}
					half = !half
				}
				i++
			}
			if half {
				b = append(b, hi<<4)
			}
			i++
			out = append(out, ctok{kind: 'h', b: b})
		case c == '[' || c == ']':
			out = append(out, ctok{kind: c})
			i++
		case c == '(':
			// literal strings appear in headers only; skip them
			depth := 0
			for i < len(data) {
				if data[i] == '\\' {
					i += 2
					continue
				}
				if data[i] == '(' {
					depth++
				} else if data[i] == ')' {
					depth--
					if depth == 0 {
						i++
						break
					}
				}
				i++
			}
		case c == '/':
			j := i + 1
			for j < len(data) && !isDelim(data[j]) {
				j++
			}
			out = append(out, ctok{kind: 'n', s: string(data[i+1 : j])})
			i = j
		case isDelim(c):
			i++
		default:
			j := i
			for j < len(data) && !isDelim(data[j]) {
				j++
			}
			out = append(out, ctok{kind: 'k', s: string(data[i:j])})
			i = j
		}
	}
	return out
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func isDelim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}
