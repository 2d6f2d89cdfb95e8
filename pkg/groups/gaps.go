package groups

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark of the text between two matches.
type tok struct {
	text       string // lower case
	start, end int    // byte offsets into the whole text
	word       bool
	upper      bool // as written, starts with an upper-case letter or a digit
	lines      int  // line breaks between the previous token (or the scan start) and this one
}

// scan splits text[from:to] into tokens. Letters, digits and apostrophes
// make words, and so do inner hyphens and dots ("server-side", "e.g",
// "B.Tech"); a dot after a word with an inner dot or after "etc", "eg" or
// "ie" is part of it ("e.g.", "etc."). Every other non-space rune is a
// token of its own. trail counts the line breaks after the last token.
func scan(text string, from, to int) (out []tok, trail int) {
	lines := 0
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			lines++
			i += n
			continue
		case unicode.IsSpace(r):
			i += n
			continue
		case wordRune(r):
			j := i
			inner := false
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if wordRune(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '.') && j+n2 < to {
					if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); wordRune(r3) {
						inner = inner || r2 == '.'
						j += n2
						continue
					}
				}
				break
			}
			w := strings.ToLower(text[i:j])
			if j < to && text[j] == '.' && (inner || w == "etc" || w == "eg" || w == "ie") {
				j++
				w += "."
			}
			out = append(out, tok{text: w, start: i, end: j, word: true, upper: unicode.IsUpper(r) || unicode.IsDigit(r), lines: lines})
			i = j
		case r == '&' && i > 0 && i+n < to && wordBefore(text, i) && wordAt(text, i+n):
			// "R&D", "P&L", "AT&T": one word, never "and".
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !wordRune(r2) {
					break
				}
				j += n2
			}
			out = append(out, tok{text: strings.ToLower(text[i:j]), start: i, end: j, word: true, lines: lines})
			i = j
		default:
			out = append(out, tok{text: string(r), start: i, end: i + n, lines: lines})
			i += n
		}
		lines = 0
	}
	return out, lines
}

func wordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return wordRune(r)
}

func wordAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return wordRune(r)
}

func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// conn is how two neighbouring terms of a list are joined.
type conn uint8

const (
	noConn conn = iota
	comma       // "A, B" (or a bullet, a bar inside a line)
	and         // "A and B", "A & B", "A, and B"
	slash       // "A/B"
	or          // "A or B", "A, or B", "A and/or B"
)

// connector reads the gap between two terms: at most maxFillers generic
// nouns after the first ("Python experience or Bash"), one connector, an
// optional article ("or a Master's"). A capitalised word or three the
// dictionary does not know may stand between two connectors as an item
// of their own ("MySQL, Oracle or PostgreSQL"); the stronger connector
// wins. A gap may cross one line break inside a list item, never a blank
// line or a new bullet.
func connector(ts []tok, trail int) conn {
	if !continues(ts, trail) {
		return noConn
	}
	i := skipFillers(ts, 0)
	c, i := oneConnector(ts, i)
	if c == noConn {
		return noConn
	}
	i = skipArticle(ts, i)
	if i == len(ts) {
		return c
	}
	// An unknown item, then a second connector.
	j := i
	for j < len(ts) && j-i < 3 && ts[j].word && ts[j].upper {
		j++
	}
	if j == i {
		return noConn
	}
	c2, j := oneConnector(ts, skipFillers(ts, j))
	if c2 == noConn || skipArticle(ts, j) != len(ts) {
		return noConn
	}
	return max(c, c2)
}

// continues reports whether a gap stays inside one list item: no blank
// line, no more than one line break, and a broken line does not start a
// new bullet.
func continues(ts []tok, trail int) bool {
	if trail > 1 {
		return false
	}
	breaks := trail
	for _, t := range ts {
		if t.lines > 1 {
			return false
		}
		if t.lines == 1 {
			breaks++
			if breaks > 1 || (!t.word && bullets[t.text]) {
				return false
			}
		}
	}
	return true
}

// oneConnector reads one connector at ts[i:]: ",", "or", ", or", "and",
// ", and", "&", "/", "and/or", "|" and a mid-line bullet.
func oneConnector(ts []tok, i int) (conn, int) {
	at := func(k int, s string) bool { return k < len(ts) && ts[k].text == s }
	c := noConn
	if at(i, ",") || at(i, "|") || at(i, "•") || at(i, "·") {
		c = comma
		i++
	}
	switch {
	case at(i, "and") && at(i+1, "/") && at(i+2, "or"):
		return or, i + 3
	case at(i, "or"):
		return or, i + 1
	case at(i, "and") || at(i, "&"):
		return and, i + 1
	case c == noConn && at(i, "/"):
		return slash, i + 1
	}
	return c, i
}

func skipFillers(ts []tok, i int) int {
	for k := 0; k < maxFillers && i < len(ts) && ts[i].word && fillers[ts[i].text]; k++ {
		i++
	}
	return i
}

func skipArticle(ts []tok, i int) int {
	if i < len(ts) && articles[ts[i].text] {
		return i + 1
	}
	return i
}

// hasPrefix reports whether ts starts with the words of cue.
func hasPrefix(ts []tok, cue []string) bool {
	if len(ts) < len(cue) {
		return false
	}
	for k, w := range cue {
		if ts[k].text != w {
			return false
		}
	}
	return true
}

// hasSuffix reports whether ts ends with the words of cue.
func hasSuffix(ts []tok, cue []string) bool {
	return len(ts) >= len(cue) && hasPrefix(ts[len(ts)-len(cue):], cue)
}
