package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// UTF-8 text read once as Windows-1252 shows up in real resumes: "Â " for a
// no-break space, "â€™" for an apostrophe, "â€¢" for a bullet, "Ã©" for
// "é". In the kaggle-sample resume PDFs 91 of 240 carry it, and a glued
// "Â" hides the word before it ("Inventory controlÂ"). Each such run is the
// Windows-1252 spelling of one UTF-8 sequence, so it is decoded back.

// mojibakeLeads are the Windows-1252 characters of UTF-8 lead bytes
// 0xC2-0xF4; a line without one needs no repair.
const mojibakeLeads = "ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóô"

// lostTail stands for a sequence whose last byte Windows-1252 does not define
// (0x81, 0x8D, 0x8F, 0x90, 0x9D), which extraction then drops: "â€" + 0x9D
// was a closing quote, "ï¼" + 0x8D a full-width hyphen.
var lostTail = map[string]rune{"â€": '"', "ï¼": '-'}

// repairMojibake decodes every Windows-1252 run that spells one valid UTF-8
// multi-byte sequence; anything else is left as written, so "SÃO PAULO" or
// "âge" stay. A lead "Â" before a space or the line end is a no-break space
// whose second byte became that space.
func repairMojibake(l string) string {
	if !strings.ContainsAny(l, mojibakeLeads) {
		return l
	}
	var b strings.Builder
	var seq [4]byte
	for i := 0; i < len(l); {
		r, size := utf8.DecodeRuneInString(l[i:])
		lead, ok := charmap.Windows1252.EncodeRune(r)
		n := utf8SeqLen(lead)
		if !ok || n == 0 {
			b.WriteString(l[i : i+size])
			i += size
			continue
		}
		seq[0] = lead
		j, k := i+size, 1
		for ; k < n && j < len(l); k++ {
			c, csize := utf8.DecodeRuneInString(l[j:])
			cb, ok := charmap.Windows1252.EncodeRune(c)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			seq[k] = cb
			j += csize
		}
		if k == n {
			if dr, dsize := utf8.DecodeRune(seq[:n]); dr != utf8.RuneError && dsize == n {
				b.WriteRune(dr)
				i = j
				continue
			}
		}
		if rest := l[j:]; rest == "" || rest[0] == ' ' {
			if lr, ok := lostTail[l[i:j]]; ok {
				b.WriteRune(lr)
				i = j
				continue
			}
			if r == 'Â' && k == 1 && (i == 0 || !upper(l[:i])) {
				b.WriteByte(' ')
				i = j
				continue
			}
		}
		b.WriteString(l[i : i+size])
		i += size
	}
	return b.String()
}

// utf8SeqLen is the length of the UTF-8 sequence that lead byte b starts,
// or 0 when b is no lead byte.
func utf8SeqLen(b byte) int {
	switch {
	case b >= 0xC2 && b <= 0xDF:
		return 2
	case b >= 0xE0 && b <= 0xEF:
		return 3
	case b >= 0xF0 && b <= 0xF4:
		return 4
	}
	return 0
}

// upper reports whether s ends in an upper-case letter: "CHÂ " in capitals
// may be a real word, "controlÂ " is not.
func upper(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(r)
}
