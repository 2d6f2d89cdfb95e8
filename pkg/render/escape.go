package render

// Escaping per format for strings that come from file names or documents:
// a name may hold terminal escape sequences (ESC, OSC), a CSV cell may be
// read as a formula by a spreadsheet, Markdown may carry raw HTML or a
// link. The report's own words need none of this and get none (rank's "-"
// for a failed row stays "-").

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// TermSafe shows the characters of s that a terminal would act on instead
// of displaying, as Go escapes: control characters (C0 including tab and
// newline, DEL, C1), the bidirectional controls that reorder what is shown
// around them, and bytes that are not UTF-8 ("\x1b]0;title\x07" prints as
// `\x1b]0;title\x07`). Anything else, any script included, is unchanged.
func TermSafe(s string) string {
	if !strings.ContainsFunc(s, termUnsafe) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && termUnsafe(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case termUnsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// termUnsafe: a control character or a bidirectional control (U+FFFD
// stands for bytes that are not UTF-8).
func termUnsafe(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f, r == utf8.RuneError:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// csvCell neutralises a cell a spreadsheet would run as a formula (one
// starting with =, +, -, @, a tab or a carriage return: OWASP's list) with
// a leading apostrophe, and shows control characters as TermSafe does.
func csvCell(s string) string {
	s = TermSafe(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
