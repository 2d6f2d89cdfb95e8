package groups

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark of the text between two matches.
type tok struct {
	text       string // as written: compare with is and in
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
// The tokens are appended to buf[:0].
func scan(buf []tok, text string, from, to int) (out []tok, trail int) {
	out = buf[:0]
	lines := 0
	i := from
	for i < to {
		r, n := decode(text, i)
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
				r2, n2 := decode(text, j)
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
			if w := text[i:j]; j < to && text[j] == '.' && (inner || strings.EqualFold(w, "etc") || strings.EqualFold(w, "eg") || strings.EqualFold(w, "ie")) {
				j++
			}
			out = append(out, tok{text: text[i:j], start: i, end: j, word: true, upper: unicode.IsUpper(r) || unicode.IsDigit(r), lines: lines})
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
			out = append(out, tok{text: text[i:j], start: i, end: j, word: true, lines: lines})
			i = j
		default:
			out = append(out, tok{text: text[i : i+n], start: i, end: i + n, lines: lines})
			i += n
		}
		lines = 0
	}
	return out, lines
}

// wordByte marks the bytes of lastWord's and firstWord's words: ASCII
// letters, digits, apostrophe and dot, and every byte of a multi-byte
// rune.
var wordByte = func() (b [256]bool) {
	for c := range 256 {
		b[c] = c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '.'
	}
	return b
}()

// lastWord is the word (letters, digits, apostrophes, dots) that ends
// text[from:to] once spaces, the punctuation a cue may be followed by
// (",", ":", "(") and one article are skipped: where a lead cue would end.
func lastWord(text string, from, to int) string {
	for skipped := 0; ; skipped++ {
		j := to
		for j > from && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\n' || text[j-1] == ',' || text[j-1] == ':' || text[j-1] == '(') {
			j--
		}
		end := j
		for j > from && wordByte[text[j-1]] {
			j--
		}
		if w := text[j:end]; skipped > 0 || !in(articles, w) {
			return w
		}
		to = j
	}
}

// firstWord is the word that starts text[from:to] once spaces and a comma
// are skipped: where a tail cue would start; next is where it ends.
func firstWord(text string, from, to int) (w string, next int) {
	i := from
	for i < to && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == ',') {
		i++
	}
	j := i
	for j < to && wordByte[text[j]] {
		j++
	}
	return text[i:j], j
}

// firstWordAt is firstWord without its end.
func firstWordAt(text string, from, to int) string {
	w, _ := firstWord(text, from, to)
	return w
}

// is reports whether the token is the word w (lower case), in any case.
func (t tok) is(w string) bool { return strings.EqualFold(t.text, w) }

// in reports whether s, lower-cased, is in set (of short ASCII words),
// without allocating.
func in(set map[string]bool, s string) bool {
	var buf [16]byte // longer than any word of the sets (TestCueSets)
	if len(s) > len(buf) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
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
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '\''
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
}

// decode is utf8.DecodeRuneInString(text[i:]) with an ASCII fast path.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
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

// connector reads the gap between two terms: the rest of the first's
// name before another name (nextName: "Redux Toolkit or Zustand"), at most maxFillers generic nouns
// ("Python experience or Bash"), one connector, an
// optional article ("or a Master's"). A capitalised word or three the
// dictionary does not know may stand between two connectors as an item
// of their own ("MySQL, Oracle or PostgreSQL"); the stronger connector
// wins. A gap may cross one line break inside a list item, never a blank
// line or a new bullet.
func connector(ts []tok, trail int, nextName bool) conn {
	if !continues(ts, trail) {
		return noConn
	}
	i := 0
	if nextName {
		i = skipName(ts)
	}
	i = skipFillers(ts, i)
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

// maybeConnector is a quick test before scanning a gap: every connector
// has a comma, slash, ampersand, bar, a non-ASCII bullet, "or" or "and",
// and none has a clause boundary.
func maybeConnector(gap string) bool {
	// A clause boundary is never inside a list.
	if strings.ContainsAny(gap, ";:()!?[]") || strings.Contains(gap, ". ") {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch c := gap[i] | 0x20; {
		case gap[i] == ',' || gap[i] == '/' || gap[i] == '&' || gap[i] == '|' || gap[i] >= utf8.RuneSelf:
			return true
		case c == 'o' && i+1 < len(gap) && gap[i+1]|0x20 == 'r':
			return true
		case c == 'a' && i+2 < len(gap) && gap[i+1]|0x20 == 'n' && gap[i+2]|0x20 == 'd':
			return true
		}
	}
	return false
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
	at := func(k int, s string) bool { return k < len(ts) && len(ts[k].text) == len(s) && ts[k].is(s) }
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

// skipName skips the rest of a product's or credential's name the term
// did not cover, up to two capitalised words, after a dash or not: "Redux
// Toolkit or Zustand", "AWS Certified Solutions Architect – Associate or
// CKA". Only before another name (connector's nextName): in "Pharmacy
// Manager or store management" the alternatives are a role and a field,
// and Pharmacy is no member.
func skipName(ts []tok) int {
	i := 0
	if i < len(ts) && (ts[i].text == "–" || ts[i].text == "-") && ts[i].lines == 0 {
		i++
	}
	j := i
	for j < len(ts) && j-i < 2 && ts[j].word && ts[j].upper && ts[j].lines == 0 {
		j++
	}
	if j == i {
		return 0
	}
	return j
}

func skipFillers(ts []tok, i int) int {
	for k := 0; k < maxFillers && i < len(ts) && ts[i].word && in(fillers, ts[i].text); k++ {
		i++
	}
	return i
}

func skipArticle(ts []tok, i int) int {
	if i < len(ts) && in(articles, ts[i].text) {
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
		if !ts[k].is(w) {
			return false
		}
	}
	return true
}

// hasSuffix reports whether ts ends with the words of cue.
func hasSuffix(ts []tok, cue []string) bool {
	return len(ts) >= len(cue) && hasPrefix(ts[len(ts)-len(cue):], cue)
}

// unknownItem reports a list going on after its last term with an item
// the dictionary does not know: a comma, then w capitalised ("Computer
// Science, Mathematics, Engineering or a related field"). tail then reads
// past it (skipItems).
func unknownItem(text string, end int, w string) bool {
	gap := strings.TrimLeft(text[end:], " \t")
	if !strings.HasPrefix(gap, ",") || w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// skipItems skips, from ts[i], the items the dictionary does not know that
// end a list, as connector lets one stand between two terms: up to three
// capitalised words each, joined by commas, and returns where the tail's
// "or" or open cue starts; i when no such cue follows ("Python, Java,
// Kotlin" stays a list of two terms and a word).
func skipItems(ts []tok, i int) int {
	from := i
	for n := 0; n < maxItems; n++ {
		j := i
		for j < len(ts) && j-i < 3 && ts[j].word && ts[j].upper && ts[j].lines == 0 {
			j++
		}
		if j == i || j == len(ts) {
			return from
		}
		switch {
		case ts[j].text == "," && j+1 < len(ts) && (ts[j+1].is("or") || ts[j+1].is("and") || ts[j+1].is("etc") || ts[j+1].is("etc.")):
			return j + 1
		case ts[j].text == ",":
			i = j + 1
		case ts[j].is("or") || ts[j].is("and"):
			return j
		default:
			return from
		}
	}
	return from
}

// maxItems bounds the unknown items skipItems reads at a list's end.
const maxItems = 3
