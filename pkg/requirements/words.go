package requirements

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A word of a title or a kind of work, with its place in the text.
type word struct {
	w          string // lower case; a hyphenated word joined ("frontend", "postregistration")
	start, end int
}

// splitWords returns the words of s: runs of letters and digits, a hyphen
// or an apostrophe between two such runs kept inside the word (and then
// dropped, so "Front-End" and "Frontend" are one word). Slashes, dots and
// every other rune separate words ("UX/UI" is two).
func splitWords(s string) []word {
	var out []word
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		plain := true // lower case, no joiner: the word is a slice of s
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				if unicode.IsUpper(r) {
					plain = false
				}
				i += n
				continue
			}
			if (r == '-' || r == '\'') && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isWordRune(r2) && !(r == '\'' && isPossessive(s[i+n:])) {
					plain = false
					i += n
					continue
				}
			}
			break
		}
		w := s[start:i]
		if !plain {
			w = strings.Map(func(r rune) rune {
				if r == '-' || r == '\'' {
					return -1
				}
				return unicode.ToLower(r)
			}, w)
		}
		out = append(out, word{w: w, start: start, end: i})
	}
	return out
}

// isPossessive reports the "s" of "years's" / "Master's" standing alone.
func isPossessive(rest string) bool {
	return len(rest) >= 1 && (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordByte(rest[1]))
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stem cuts one common ending off a word so a role's title and a kind of
// work meet across word forms: pharmacist and pharmacy, electrician and
// electrical, teacher and teaching. It is a crude fallback for words the
// dictionary does not know, never used to match a term.
func stem(w string) string {
	for _, suf := range stemEndings {
		if len(w)-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}

// stemEndings are tried in order, the first that fits is cut.
var stemEndings = []string{"ering", "ments", "ment", "ing", "ers", "er", "ists", "ist", "ians", "ian", "al", "ies", "y", "s"}

// trimLine cuts a line's text to at most n bytes on a rune boundary.
func trimTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
