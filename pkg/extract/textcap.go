package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text caps. Every later stage (normalising, tokenising, matching,
// scoring) costs in proportion to the text, about 130 bytes and half a
// microsecond a character, so the text itself is what is capped: a
// document keeps its first lim.MaxChars characters and lim.MaxLines lines,
// and says so in a warning. Readers stop early once they have more than
// that, so neither reading nor memory grows with what is cut.

// Truncate cuts text to lim.MaxChars characters and lim.MaxLines lines
// (zero caps take the defaults) and returns the warning that says so, or
// "" when text fits. A cut inside a line goes back to the last space, so
// no word is cut in two ("JavaScript" must not end as "Java").
func Truncate(text string, lim Limits) (string, string) {
	lim = lim.withDefaults()
	if len(text) <= lim.MaxChars && strings.Count(text, "\n") < lim.MaxLines {
		return text, "" // fast path: bytes bound characters
	}
	chars, lines := 0, 1
	for i, r := range text {
		if r == '\n' {
			if lines == lim.MaxLines {
				return text[:i], fmt.Sprintf("truncated at %d lines (the limit)", lim.MaxLines)
			}
			lines++
		}
		if chars == lim.MaxChars {
			head := text[:i]
			if !unicode.IsSpace(r) {
				head = cutAtSpace(head)
			}
			return head, fmt.Sprintf("truncated at %d characters (the limit)", lim.MaxChars)
		}
		chars++
	}
	return text, ""
}

// cutAtSpace drops the word s ends inside of: s keeps everything before
// its last space (a last line without one goes whole).
func cutAtSpace(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return ""
	}
	return strings.TrimRightFunc(s[:i], func(r rune) bool { return r != '\n' && unicode.IsSpace(r) })
}

// textPrefix is the most of a plain-text file's bytes that can hold
// lim.MaxChars characters (four bytes each at most) and one more, so that
// Truncate still sees the overflow and warns. Decoding only this much keeps
// a 64 MB text file from costing another 64 MB as a string.
func textPrefix(data []byte, lim Limits, perChar int) []byte {
	n := perChar*lim.withDefaults().MaxChars + utf8.UTFMax
	if len(data) <= n {
		return data
	}
	data = data[:n]
	if hasBOM16(data) || looksUTF16(data) {
		return data[:len(data)&^3] // whole UTF-16 units and surrogate pairs
	}
	// Back to the start of a UTF-8 sequence, so valid text stays valid.
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			return data[:i]
		}
	}
	return data
}

// htmlBytesPerChar is how many bytes of an HTML file are decoded for each
// character the caps keep: markup outweighs text.
const htmlBytesPerChar = 32
