// Package textnorm is the second pipeline stage: it normalises extracted
// text (UTF-8 mis-decoded as Windows-1252, Unicode NFKC, quotes, dashes,
// ligatures, soft hyphens, words hyphenated across line ends, control and
// private-use characters) so that later stages see one spelling of each
// word.
//
// Normalize keeps the number of lines: line N of the output is line N of the
// input, normalised, so evidence can cite line numbers of the source.
//
// A line break is "\n", "\r\n" or a lone "\r"; each counts as one break and
// comes out as "\n". For input that uses only "\n" (what pkg/extract
// produces) the output has exactly as many "\n" as the input.
package textnorm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s normalised, with exactly as many "\n" as s (after
// folding "\r\n" and lone "\r" into "\n").
//
// Per line it applies, in order: a repair of UTF-8 read as Windows-1252
// ("Ã©" → "é", see repairMojibake), NFKC (folds ligatures, full-width forms,
// NBSP), then the mapping in mapRune (quotes, dashes, bullets, spaces,
// controls, private-use), then trims. A run of two or more spaces inside a
// line is kept as wide as it is: it is the gap between the columns of a
// flattened table or two-column block, which the matcher reads (a term
// wrapped inside a column continues in the same column). Finally it joins
// words hyphenated at a line end (see dehyphenate).
func Normalize(s string) string {
	if s == "" {
		return s
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	lines := strings.Split(s, "\n")
	var sc scratch
	for i, l := range lines {
		lines[i] = sc.normLine(l)
	}
	dehyphenate(lines)
	return strings.Join(lines, "\n")
}

// scratch holds buffers reused across the lines of one call.
type scratch struct{ in, out []byte }

// trademarks would become "TM"/"SM" under NFKC and glue onto the word
// ("Java™" → "JavaTM"), so they are dropped first.
var trademarks = strings.NewReplacer("\u2122", "", "\u2120", "")

// normLine normalises one line (which holds no "\n").
func (sc *scratch) normLine(l string) string {
	ascii := true
	clean := true // ASCII printable, no trimming needed
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c >= utf8.RuneSelf {
			ascii, clean = false, false
			break
		}
		if c < 0x20 || c == 0x7f || (c == ' ' && (i == 0 || i == len(l)-1)) {
			clean = false
		}
	}
	if clean {
		return l
	}
	if !ascii {
		l = repairMojibake(l)
	}
	in := append(sc.in[:0], l...)
	if !ascii {
		if strings.Contains(l, "\u2122") || strings.Contains(l, "\u2120") {
			l = trademarks.Replace(l)
			in = append(in[:0], l...)
		}
		if norm.NFKC.QuickSpanString(l) < len(l) {
			in = norm.NFKC.AppendString(in[:0], l)
		}
	}
	out := sc.out[:0]
	gap := -1                      // spaces since the last kept rune; -1 drops leading spaces
	for _, r := range string(in) { // no copy: range over a converted slice
		r = mapRune(r)
		switch {
		case r < 0:
			continue
		case r == ' ':
			if gap >= 0 {
				gap++
			}
			continue
		}
		// One space stays one; a run of two or more is a column gap and
		// keeps its width, so the matcher can line up flattened columns.
		for ; gap > 0; gap-- {
			out = append(out, ' ')
		}
		gap = 0
		out = utf8.AppendRune(out, r)
	}
	sc.in, sc.out = in, out
	return string(out)
}

// mapRune returns the replacement for r, ' ' for any space, or -1 to drop it.
// Invalid UTF-8 arrives as utf8.RuneError and is kept as U+FFFD so later
// stages (and extract's confidence) can still see damage.
func mapRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}
	switch r {
	case '\u00ad', // soft hyphen
		'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width
		'\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
		'\u2066', '\u2067', '\u2068', '\u2069': // bidi marks
		return -1
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u2035':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u2036', '\u00ab', '\u00bb':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u2043', '\ufe58', '\ufe63', '\uff0d':
		return '-'
	case '\u2022', '\u25e6', '\u25aa', '\u25cf', '\u2023', '\u2219', '\u00b7', '\u25a0', '\u25a1',
		'\u25cb', '\u25ab', '\u27a2', '\u25ba', '\u25b6', '\u2756', '\u2713', '\u2714', '\u2794', '\u27a4':
		return '•'
	case '\u2028', '\u2029', '\u0085':
		return ' ' // separators that must not become line breaks
	}
	switch {
	case r >= 0x80 && r < 0xa0: // C1 controls
		return -1
	case unicode.Is(unicode.Co, r): // private use: icon fonts
		return ' '
	case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
		return ' '
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		return -1
	}
	return r
}

// compoundTails are second halves that usually make a real hyphenated
// compound ("event-driven"), so a break before them keeps its hyphen.
var compoundTails = map[string]bool{
	"driven": true, "based": true, "oriented": true, "level": true, "end": true,
	"facing": true, "scale": true, "source": true, "term": true, "side": true,
	"related": true, "specific": true, "solving": true, "making": true,
	"focused": true, "owned": true, "time": true, "stack": true, "native": true,
	"first": true, "friendly": true, "grade": true, "house": true, "on": true,
	"up": true, "to": true, "in": true, "out": true, "off": true, "led": true,
}

// dehyphenate joins a word split at a line end: when a line ends in "xx-"
// (at least two letters before the hyphen) and the next line starts with a
// lowercase letter, the next line's first word moves up to the end of this
// line and the next line keeps its remainder, so the line count stays. The
// hyphen is dropped ("collabo-"/"ration" → "collaboration") unless the moved
// word is a common compound tail ("event-"/"driven" → "event-driven").
func dehyphenate(lines []string) {
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		n := len(l)
		if n < 3 || l[n-1] != '-' {
			continue
		}
		a, sz1 := utf8.DecodeLastRuneInString(l[:n-1])
		b, _ := utf8.DecodeLastRuneInString(l[:n-1-sz1])
		if !unicode.IsLetter(a) || !unicode.IsLetter(b) {
			continue
		}
		next := lines[i+1]
		first, _ := utf8.DecodeRuneInString(next)
		if !unicode.IsLower(first) {
			continue
		}
		word, rest, _ := strings.Cut(next, " ")
		rest = strings.TrimLeft(rest, " ") // a column gap after the moved word
		core := strings.TrimRightFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
		if compoundTails[core] {
			lines[i] = l + word
		} else {
			lines[i] = l[:n-1] + word
		}
		lines[i+1] = rest
	}
}
