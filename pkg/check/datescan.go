package check

// The date scanner: a line as tokens (words, digit runs, punctuation,
// each knowing whether a space came before it), then dates read from the
// tokens. A hand-written scanner rather than a regular expression: rank
// reads the dates of every resume to tell its kind, and this is several
// times faster.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one token of a line.
type tok struct {
	kind       byte // 'w' word, 'n' digits, 'p' punctuation
	text       string
	start, end int
	space      bool // a space before it
}

// scan appends the tokens of s to out.
func scan(out []tok, s string) []tok {
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			out = append(out, tok{'n', s[i:j], i, j, space})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			out = append(out, tok{'w', s[i:j], i, j, space})
			i = j
		default:
			out = append(out, tok{'p', s[i : i+n], i, i + n, space})
			i += n
		}
		space = false
	}
	return out
}

// dateParser reads dates from a line's tokens.
type dateParser struct {
	toks []tok
}

func (p *dateParser) word(i int) string {
	if i < len(p.toks) && p.toks[i].kind == 'w' {
		return strings.ToLower(p.toks[i].text)
	}
	return ""
}

// punct reports punctuation c at i.
func (p *dateParser) punct(i int, c string) bool {
	return i < len(p.toks) && p.toks[i].kind == 'p' && p.toks[i].text == c
}

// glued reports a token at i with no space before it.
func (p *dateParser) glued(i int) bool { return i < len(p.toks) && !p.toks[i].space }

// num is the value of a digit run of at most width digits at i.
func (p *dateParser) num(i, width int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != 'n' || len(p.toks[i].text) > width {
		return 0, false
	}
	return atoi(p.toks[i].text), true
}

// yearAt reads a four-digit year 19xx or 20xx at i, not glued to a
// letter or a digit after it.
func (p *dateParser) yearAt(i int) (int, bool) {
	if i >= len(p.toks) || p.toks[i].kind != 'n' || len(p.toks[i].text) != 4 {
		return 0, false
	}
	y := atoi(p.toks[i].text)
	if y < 1900 || y > 2099 || (i+1 < len(p.toks) && p.glued(i+1) && p.toks[i+1].kind == 'w') {
		return 0, false
	}
	return y, true
}

// shortYearAt reads "'19" at i.
func (p *dateParser) shortYearAt(i int) (int, bool) {
	if (p.punct(i, "'") || p.punct(i, "’")) && p.glued(i+1) {
		if _, ok := p.num(i+1, 2); ok && len(p.toks[i+1].text) == 2 {
			return shortYear(p.toks[i+1].text), true
		}
	}
	return 0, false
}

// findDates returns the dates written in s, in order.
func findDates(s string) []dateTok {
	var p dateParser
	return p.dates(s)
}

// dates returns the dates written in s, in order, reusing p's tokens.
func (p *dateParser) dates(s string) []dateTok {
	if !mayHoldDate(s) {
		return nil
	}
	p.toks = scan(p.toks[:0], s)
	var out []dateTok
	for i := 0; i < len(p.toks); {
		if d, next, ok := p.dateAt(i); ok {
			out = append(out, d)
			i = next
			continue
		}
		i++
	}
	return out
}

// dateAt reads a date starting at token i and returns the token after it.
func (p *dateParser) dateAt(i int) (dateTok, int, bool) {
	t := p.toks[i]
	d := dateTok{start: t.start}
	// A number glued to a letter or a digit run before it ("v2019",
	// "A2019") is no date.
	if i > 0 && !t.space && t.kind != 'p' && p.toks[i-1].kind != 'p' {
		return d, i, false
	}
	w := p.word(i)
	switch {
	case w != "":
		if mo, f := monthIndex(w); mo > 0 {
			return p.afterMonth(d, mo, f, i+1)
		}
		if m, ok := seasonSet[w]; ok {
			j := i + 1
			if p.punct(j, ",") {
				j++
			}
			if y, ok := p.yearAt(j); ok {
				d.month, d.format, d.end = y*12+m-1, fmtSeason, p.toks[j].end
				return d, j + 1, true
			}
			return d, i, false
		}
		if presentSet[w] {
			d.present, d.month, d.end = true, nowMonth, t.end
			return d, i + 1, true
		}
		return d, i, false
	case t.kind == 'n':
		return p.numeric(d, i)
	}
	return d, i, false
}

// afterMonth reads what follows a month name: an optional dot, a day
// and commas, and a year ("Sept. 2020", "March 15, 2018", "Jan '19");
// without a year the month stands alone (the start of "Jun - Aug 2023").
func (p *dateParser) afterMonth(d dateTok, mo int, f string, j int) (dateTok, int, bool) {
	d.end = p.toks[j-1].end
	if p.punct(j, ".") && p.glued(j) {
		d.end = p.toks[j].end
		j++
	}
	k := j
	if day, ok := p.num(k, 2); ok && day >= 1 && day <= 31 {
		k++
		if w := p.word(k); p.glued(k) && (w == "st" || w == "nd" || w == "rd" || w == "th") {
			k++
		}
	}
	if p.punct(k, ",") {
		k++
	}
	if y, ok := p.yearAt(k); ok {
		d.month, d.format, d.end = y*12+mo-1, f, p.toks[k].end
		return d, k + 1, true
	}
	if y, ok := p.shortYearAt(k); ok {
		d.month, d.format, d.end = y*12+mo-1, fmtMonthShort, p.toks[k+1].end
		return d, k + 2, true
	}
	if y, ok := p.yearAt(j); ok { // "May 20 2019" read as a day: try the year alone
		d.month, d.format, d.end = y*12+mo-1, f, p.toks[j].end
		return d, j + 1, true
	}
	d.monthAlone, d.month, d.format = true, mo-1, f
	return d, j, true
}

// numeric reads a date made of digits: "2019", "2019-03", "03/2019",
// "3.2019", "03-2019", "03/15/2019", "15/03/2019", "3/4/18".
func (p *dateParser) numeric(d dateTok, i int) (dateTok, int, bool) {
	sep := func(j int) string {
		if j < len(p.toks) && p.toks[j].kind == 'p' && p.glued(j) && p.glued(j+1) && j+1 < len(p.toks) && p.toks[j+1].kind == 'n' {
			switch p.toks[j].text {
			case "/", ".", "-":
				return p.toks[j].text
			}
		}
		return ""
	}
	if y, ok := p.yearAt(i); ok {
		// ISO "2019-03": exactly two digits, a month, after a glued sign.
		if s := sep(i + 1); s != "" && len(p.toks[i+2].text) == 2 {
			if mo := atoi(p.toks[i+2].text); mo >= 1 && mo <= 12 && !(i+3 < len(p.toks) && p.glued(i+3) && p.toks[i+3].kind == 'n') {
				d.month, d.format, d.end = y*12+mo-1, fmtYM, p.toks[i+2].end
				return d, i + 3, true
			}
		}
		if y < 1950 || y > 2049 {
			return d, i, false
		}
		d.month, d.yearOnly, d.format, d.end = y*12, true, fmtYear, p.toks[i].end
		return d, i + 1, true
	}
	a, ok := p.num(i, 2)
	if !ok {
		return d, i, false
	}
	s1 := sep(i + 1)
	if s1 == "" {
		return d, i, false
	}
	// "03/2019": a month and a year.
	if y, ok := p.yearAt(i + 2); ok && a >= 1 && a <= 12 {
		d.month, d.format, d.end = y*12+a-1, fmtMY, p.toks[i+2].end
		return d, i + 3, true
	}
	// "03/15/2019", "15/03/2019", "3/4/18": slashes or dots, year last.
	b, ok := p.num(i+2, 2)
	if !ok || s1 == "-" || sep(i+3) != s1 {
		return d, i, false
	}
	yt := p.toks[i+4].text
	if len(yt) != 2 && len(yt) != 4 {
		return d, i, false
	}
	y := fullYear(yt)
	if y < 1900 || y > 2099 {
		return d, i, false
	}
	mo := a
	if a > 12 { // day first
		mo = b
	}
	if mo < 1 || mo > 12 {
		return d, i, false
	}
	d.month, d.format, d.end = y*12+mo-1, fmtMDY, p.toks[i+4].end
	return d, i + 5, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
