package requirements

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// yearsAsk is one "N years" ask of a job line.
type yearsAsk struct {
	min, max   float64 // max 0: no upper bound ("2-4 years": 2, 4)
	start, end int     // the phrase ("3+ years"), byte offsets in the line
	// The kind of work the ask names, a span of the line ("DevOps/SRE
	// roles", "as a Store Manager"); empty for experience of any kind.
	kindStart, kindEnd int
	age                bool // "18 years or older": an age, not experience
}

// ytok is a token of a line for years asks.
type ytok struct {
	w          string // lower case for words; the text otherwise
	num        float64
	isNum      bool
	punct      bool
	space      bool // whitespace before
	start, end int
}

// lexYears splits a line into words, numbers ("3", "2.5") and single
// punctuation runes, lower case.
func lexYears(s string) []ytok {
	var out []ytok
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && (isDigit(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1]) || s[j] == ',' && j+1 < len(s) && isDigit(s[j+1])) {
				j++
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
			out = append(out, ytok{w: s[i:j], num: v, isNum: err == nil && !strings.Contains(s[i:j], ","), space: space, start: i, end: j})
			i = j
		case isWordByte(c):
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r) {
					break
				}
				j += n
			}
			if j == i { // a byte of no word rune
				_, n := utf8.DecodeRuneInString(s[i:])
				out = append(out, ytok{w: s[i : i+n], punct: true, space: space, start: i, end: i + n})
				i += n
				break
			}
			w := s[i:j]
			if hasUpper(w) {
				w = strings.ToLower(w)
			}
			t := ytok{w: w, space: space, start: i, end: j}
			if v, ok := numberWords[w]; ok {
				t.num, t.isNum = v, true
			}
			out = append(out, t)
			i = j
		default:
			_, n := utf8.DecodeRuneInString(s[i:])
			out = append(out, ytok{w: s[i : i+n], punct: true, space: space, start: i, end: i + n})
			i += n
		}
		space = false
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// mentionsYears reports "yr" or "year" in any case: most lines have
// neither and need no lexing.
func mentionsYears(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i]|0x20 != 'y' {
			continue
		}
		if s[i+1]|0x20 == 'r' || i+3 < len(s) && s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 'a' && s[i+3]|0x20 == 'r' {
			return true
		}
	}
	return false
}

// findYearsAsks reads the years asks of one job line: "3+ years", "at least
// five years", "2-4 years of X", "minimum 2 yrs", "5 years' experience",
// "(1+ year)". A years phrase is an ask when it says a minimum ("+", "at
// least", a range) or its clause speaks of experience, and nothing after
// it makes it something else ("5 years ago", "2 years of free updates", "a
// 3-year warranty"); an age ("18 years or older") is returned marked.
func findYearsAsks(line string) []yearsAsk {
	if !mentionsYears(line) {
		return nil
	}
	ts := lexYears(line)
	var out []yearsAsk
	for i := 0; i < len(ts); i++ {
		if !ts[i].isNum {
			continue
		}
		a, next, ok := yearsAt(ts, i, line)
		if !ok {
			continue
		}
		out = append(out, a)
		i = next - 1
	}
	return out
}

// yearsAt reads a years phrase at number token i.
func yearsAt(ts []ytok, i int, line string) (yearsAsk, int, bool) {
	a := yearsAsk{min: ts[i].num, start: ts[i].start}
	j := restated(ts, i+1, a.min)
	minimum := false
	if j < len(ts) && (ts[j].w == "+" || ts[j].w == "plus") {
		minimum, j = true, j+1
	}
	if j+1 < len(ts) && (isDash(ts[j].w) || ts[j].w == "to") && ts[j+1].isNum && isUnitAfter(ts, restated(ts, j+2, ts[j+1].num)) {
		a.max, j = ts[j+1].num, restated(ts, j+2, ts[j+1].num)
		minimum = true
		if j < len(ts) && ts[j].w == "+" {
			j++
		}
	}
	adjective := false // "3-year"
	if j < len(ts) && isDash(ts[j].w) && !ts[j].space && j+1 < len(ts) && !ts[j+1].space && yearUnits[ts[j+1].w] {
		adjective, j = true, j+1
	}
	if j >= len(ts) || !yearUnits[ts[j].w] {
		return a, i + 1, false
	}
	a.end = ts[j].end
	j++
	// "years'" and "years's", "yrs."
	for j < len(ts) && (ts[j].w == "'" || ts[j].w == "s" && !ts[j].space || ts[j].w == "." && !ts[j].space) {
		a.end = ts[j].end
		j++
	}
	if i > 0 && (atLeastWords[ts[i-1].w] || ts[i-1].w == "of" && i > 1 && atLeastWords[ts[i-2].w]) {
		minimum = true
	}
	next := func(k int) string {
		if k < len(ts) {
			return ts[k].w
		}
		return ""
	}
	n1, n2 := next(j), next(j+1)
	if ageWords[n1] || n1 == "of" && n2 == "age" || n1 == "or" && (ageWords[n2] || n2 == "over") {
		a.age = true
		return a, j, true
	}
	if adjective && n1 != "experience" {
		return a, j, false
	}
	if notExperience[n1] || (n1 == "of" || n1 == "in") && notExperience[n2] {
		return a, j, false
	}
	cs, ce := clause(ts, i)
	if !minimum && !hasWord(ts[cs:ce], experienceWords) {
		return a, j, false
	}
	a.kindStart, a.kindEnd = kindSpan(ts, i, j, cs, ce, line)
	return a, j, true
}

// restated returns the token after a number's restatement in brackets at
// k ("three (3) years", "3 (three) years"), else k.
func restated(ts []ytok, k int, v float64) int {
	if k+2 < len(ts) && ts[k].w == "(" && ts[k+1].isNum && ts[k+1].num == v && ts[k+2].w == ")" {
		return k + 3
	}
	return k
}

func isDash(s string) bool { return s == "-" || s == "\u2013" || s == "\u2014" || s == "~" }

func isUnitAt(ts []ytok, k int) bool { return k < len(ts) && yearUnits[ts[k].w] }

// isUnitAfter reports a unit at k, past an optional "+".
func isUnitAfter(ts []ytok, k int) bool {
	if k < len(ts) && ts[k].w == "+" {
		k++
	}
	return isUnitAt(ts, k)
}

// clause returns the token range of the clause holding token i: it ends at
// ";", a sentence end or a bracket, and starts after them.
func clause(ts []ytok, i int) (int, int) {
	s, e := i, i
	for s > 0 && !clauseEnd(ts, s-1) {
		s--
	}
	for e < len(ts) && !clauseEnd(ts, e) {
		e++
	}
	return s, e
}

func clauseEnd(ts []ytok, k int) bool {
	switch ts[k].w {
	case ";", "!", "?":
		return true
	case ".":
		return k+1 == len(ts) || ts[k+1].space
	}
	return false
}

func hasWord(ts []ytok, m map[string]bool) bool {
	for _, t := range ts {
		if m[t.w] {
			return true
		}
	}
	return false
}

// kindSpan returns the kind of work an ask names: the words after the
// phrase up to a comma, a bracket or a word like "including" ("of DevOps/
// SRE roles"); when nothing is there, the words before it back to the
// clause start ("ICU experience (1+ year)", "Java: 5+ years"), unless a
// conjunction joins them to it ("a degree and 4 years"). A bracket right
// after the phrase is skipped ("4+ years (8,000 hours) of ...").
func kindSpan(ts []ytok, i, j, cs, ce int, line string) (int, int) {
	k := j
	if k < ce && ts[k].w == "(" {
		for k < ce && ts[k].w != ")" {
			k++
		}
		if k < ce {
			k++
		}
	}
	if k < ce && ts[k].w == ")" { // "(1+ year)": the ask is in brackets
		k = ce
	}
	e := k
	for e < ce && !kindStop(ts[e].w) {
		e++
	}
	if e < ce { // "experience is highly desirable": what leads the stop word is the posting's
		for e > k && stopLead[ts[e-1].w] {
			e--
		}
	}
	if hasContent(ts[k:e]) {
		return ts[k].start, ts[e-1].end
	}
	s := i // back over what leads the phrase: "(", ":", "at least", "minimum of"
	for s > cs && (ts[s-1].w == "(" || ts[s-1].w == ":" || atLeastWords[ts[s-1].w] || ts[s-1].w == "at" || ts[s-1].w == "of" || ts[s-1].w == "a") {
		s--
	}
	if s > cs && leadConj[ts[s-1].w] { // "a degree and 4 years": the words before are another ask
		return 0, 0
	}
	b := s
	for b > cs && !kindStop(ts[b-1].w) {
		b--
	}
	if !hasContent(ts[b:s]) {
		return 0, 0
	}
	end := s
	return ts[b].start, ts[end-1].end
}

func kindStop(w string) bool {
	return w == "," || w == "(" || w == ":" || kindStops[w]
}

// hasContent reports a word that names a kind of work.
func hasContent(ts []ytok) bool {
	for _, t := range ts {
		if !t.punct && !t.isNum && !kindFiller[t.w] && !yearUnits[t.w] {
			return true
		}
	}
	return false
}
