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

// hasLead reports a Windows-1252 spelling of a UTF-8 lead byte 0xC2-0xF4:
// the letters U+00C2-U+00F4, whose own UTF-8 is 0xC3 0x82-0xB4. A line
// without one needs no repair.
func hasLead(l string) bool {
	for i := strings.IndexByte(l, 0xC3); i >= 0 && i+1 < len(l); {
		if c := l[i+1]; c >= 0x82 && c <= 0xB4 {
			return true
		}
		next := strings.IndexByte(l[i+1:], 0xC3)
		if next < 0 {
			return false
		}
		i += 1 + next
	}
	return false
}

// lostTail stands for a sequence whose last byte Windows-1252 does not define
// (0x81, 0x8D, 0x8F, 0x90, 0x9D), which extraction then drops: "â€" + 0x9D
// was a closing quote, "ï¼" + 0x8D a full-width hyphen.
var lostTail = map[string]rune{"â€": '"', "ï¼": '-'}

// repairMojibake decodes every Windows-1252 run that spells one valid UTF-8
// multi-byte sequence; anything else is left as written, so "SÃO PAULO" or
// "âge" stay. A lead "Â" before a space or the line end is a no-break space
// whose second byte became that space.
func repairMojibake(l string) string {
	if !hasLead(l) {
		return l
	}
	// Most lines with such a letter hold a real one ("2×", "café"): the
	// builder starts at the first repair, and an untouched line is returned
	// as is.
	var b strings.Builder
	done := 0 // l[:done] is in b
	repair := func(i, j int, r rune) {
		if done == 0 {
			b.Grow(len(l))
		}
		b.WriteString(l[done:i])
		b.WriteRune(r)
		done = j
	}
	var seq [4]byte
	for i := 0; i < len(l); {
		r, size := utf8.DecodeRuneInString(l[i:])
		if r < 0xC2 || r > 0xF4 { // Windows-1252 spells 0xA0-0xFF as U+00A0-U+00FF
			i += size
			continue
		}
		n := utf8SeqLen(byte(r))
		seq[0] = byte(r)
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
				repair(i, j, dr)
				i = j
				continue
			}
		}
		if rest := l[j:]; rest == "" || rest[0] == ' ' {
			if lr, ok := lostTail[l[i:j]]; ok {
				repair(i, j, lr)
				i = j
				continue
			}
			if r == 'Â' && k == 1 && (i == 0 || !upper(l[:i])) {
				if rest != "" {
					j++ // the space is the no-break space's own second byte, not a second space
				}
				repair(i, j, ' ')
				i = j
				continue
			}
		}
		i += size
	}
	if done == 0 {
		return l
	}
	b.WriteString(l[done:])
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
