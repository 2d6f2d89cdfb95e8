package dates

import (
	"unicode"
	"unicode/utf8"
)

// Find returns the date ranges of one line, in order, each measured with
// asOf as the present. A single month or year is no range; a season alone
// is ("Summer 2019"). It reads the line once.
func Find(line string, asOf Month) []Range {
	if !mayHaveYear(line) {
		return nil // every range has a year
	}
	p := parser{line: line, toks: lex(line, make([]token, 0, len(line)/4+4)), asOf: asOf}
	var out []Range
	for i := 0; i < len(p.toks); {
		r, next, ok := p.rangeAt(i)
		if !ok {
			i++
			continue
		}
		if rg, ok := p.finish(r); ok {
			out = append(out, rg)
		}
		i = next
	}
	return out
}

// mayHaveYear reports a run of exactly four digits or a "'19": most lines
// of a resume have neither, and need no lexing.
func mayHaveYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isDigit(s[i]) {
			run++
			continue
		}
		if run == 4 || run == 2 && i-3 >= 0 && s[i-3] == '\'' {
			return true
		}
		run = 0
	}
	return false
}

// Token kinds.
const (
	word = iota
	number
	punct
)

type token struct {
	kind       uint8
	space      bool // whitespace before the token
	start, end int
}

// lex splits a line into words, numbers and single punctuation runes. A
// number keeps inner slashes and dots between digits ("03/2018",
// "2018.03", "15.03.2018") and thousands groups ("2,000", which is then no
// year); "'19" is a number (a two-digit year).
func lex(s string, buf []token) []token {
	toks := buf[:0]
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			space = true
			i++
			continue
		case c >= '0' && c <= '9' || c == '\'' && i+2 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isAlnum(s[i+3])):
			j := i + 1
			for j < len(s) {
				if isDigit(s[j]) {
					j++
				} else if (s[j] == '/' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1]) && c != '\'' {
					j++
				} else if s[j] == ',' && j+4 <= len(s) && allDigits(s[j+1:j+4]) && (j+4 == len(s) || !isDigit(s[j+4])) {
					j += 4
				} else {
					break
				}
			}
			toks = append(toks, token{number, space, i, j})
			i = j
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
				j++
			}
			if j < len(s) && s[j] >= utf8.RuneSelf { // a word going on past ASCII
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += n2
				}
			}
			toks = append(toks, token{word, space, i, j})
			i = j
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				j := i + n
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(r2) {
						break
					}
					j += n2
				}
				toks = append(toks, token{word, space, i, j})
				i = j
			} else {
				toks = append(toks, token{punct, space, i, i + n})
				i += n
			}
		}
		space = false
	}
	return toks
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// date is one end of a range as written.
type date struct {
	year, month int // month 0: the year alone
	season      string
	present     bool
	style       Style
	start, end  int // byte offsets
	// A numeric date's reading by the day first: dayFirst when only it is
	// possible (15/03/2018), altMonth its month when both are (01/06/2018,
	// read month first).
	dayFirst bool
	altMonth int
}

type parser struct {
	line string
	toks []token
	asOf Month
}

func (p *parser) text(t token) string { return p.line[t.start:t.end] }

// is reports whether token i is a word of m, read in lower case without
// allocating (the words dates use are short).
func (p *parser) is(i int, m map[string]bool) bool {
	if i >= len(p.toks) || p.toks[i].kind != word {
		return false
	}
	var buf [12]byte
	s, ok := lowerInto(buf[:0], p.text(p.toks[i]))
	return ok && m[string(s)]
}

func lowerInto(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

func (p *parser) monthAt(i int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != word {
		return 0, false
	}
	var buf [12]byte
	s, ok := lowerInto(buf[:0], p.text(p.toks[i]))
	if !ok {
		return 0, false
	}
	m, ok := monthNames[string(s)]
	return m, ok
}

func (p *parser) seasonAt(i int) (string, bool) {
	if i >= len(p.toks) || p.toks[i].kind != word {
		return "", false
	}
	var buf [12]byte
	s, ok := lowerInto(buf[:0], p.text(p.toks[i]))
	if !ok {
		return "", false
	}
	if _, ok := seasons[string(s)]; ok {
		return string(s), true
	}
	return "", false
}

func (p *parser) punctAt(i int, c byte) bool {
	return i < len(p.toks) && p.toks[i].kind == punct && p.text(p.toks[i])[0] == c
}

// isDash reports a hyphen, an en or em dash, a minus or a tilde.
func (p *parser) isDash(i int) bool {
	if i >= len(p.toks) || p.toks[i].kind != punct {
		return false
	}
	switch p.text(p.toks[i]) {
	case "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "~", "\u2192":
		return true
	}
	return false
}

// num returns the value of a plain number token of at most maxDigits digits.
func (p *parser) num(i, maxDigits int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != number {
		return 0, false
	}
	s := p.text(p.toks[i])
	if len(s) > maxDigits || !allDigits(s) {
		return 0, false
	}
	n := 0
	for j := 0; j < len(s); j++ {
		n = n*10 + int(s[j]-'0')
	}
	return n, true
}

func validYear(y int) bool { return y >= minYear && y <= maxYear }

// yearAt reads a four-digit year or a "'19" year.
func (p *parser) yearAt(i int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != number {
		return 0, false
	}
	s := p.text(p.toks[i])
	if len(s) == 3 && s[0] == '\'' {
		y := int(s[1]-'0')*10 + int(s[2]-'0')
		if y <= 50 {
			return 2000 + y, true
		}
		return 1900 + y, true
	}
	y, ok := p.num(i, 4)
	return y, ok && len(s) == 4 && validYear(y)
}
