package sections

// Stack statements: a clause in which the employer names what it works
// with ("(we run on AWS: S3, Glue, Lambda)", "we use GitHub Actions", "our
// stack is Go and Postgres", "you'll work with SAP") gives the environment
// of the job's asks, as a duty line does, not an ask of its own.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one lower-cased word of a line and its byte range.
type word struct {
	start, end int
	text       string
}

// lineWords splits line into lower-cased runs of letters and digits, as
// [words] does ("we're" is "we", "re"), keeping byte offsets.
func lineWords(line string) []word {
	var out []word
	start := -1
	for i, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{start, i, strings.ToLower(line[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(line), strings.ToLower(line[start:])})
	}
	return out
}

// stackSpans returns the byte ranges [start, end) of line's stack
// statements. One opens at a stack cue that starts a clause (the
// sentence's first word, or after "(", ",", ";", ":" or a dash: "tools we
// use" is no statement) and runs to the end of the parenthesis it is in,
// else to the end of its sentence.
func stackSpans(line string) [][2]int {
	if !maybeStack(line) {
		return nil // the common case, without splitting the line
	}
	ws := lineWords(line)
	var out [][2]int
	for start := 0; start < len(line); {
		end := sentenceEnd(line, start)
		for j := range ws {
			w := ws[j]
			if w.start < start || w.end > end || !isStackCue(ws[j:]) || !clauseStart(line, start, ws, j) {
				continue
			}
			stop := end
			if depth := strings.Count(line[start:w.start], "(") - strings.Count(line[start:w.start], ")"); depth > 0 {
				if c := closingParen(line, w.end, end); c >= 0 {
					stop = c + 1
				}
			}
			if n := len(out); n > 0 && out[n-1][1] >= w.start {
				out[n-1][1] = max(out[n-1][1], stop)
			} else {
				out = append(out, [2]int{w.start, stop})
			}
		}
		start = end
	}
	return out
}

// maybeStack reports whether line may hold a stack cue: every cue opens
// with one of stackLeads.
func maybeStack(line string) bool {
	for _, l := range stackLeads {
		if containsFold(line, l) {
			return true
		}
	}
	return false
}

// containsFold is strings.Contains for an ASCII lower-case sub, ignoring
// ASCII case in s.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// isStackCue reports whether the words ws open with a stack cue.
func isStackCue(ws []word) bool {
	for _, c := range stackCueWords {
		if len(c) > len(ws) {
			continue
		}
		ok := true
		for k, w := range c {
			if ws[k].text != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// clauseStart reports whether ws[j] opens a clause of the sentence that
// starts at byte start: nothing but a bullet before it in the sentence, or
// a clause mark between it and the word before.
func clauseStart(line string, start int, ws []word, j int) bool {
	if j == 0 || ws[j-1].end <= start {
		return true
	}
	return strings.ContainsAny(line[ws[j-1].end:ws[j].start], "(,;:–—-[")
}

// closingParen returns the index of the ")" that closes the parenthesis
// open at from, searching line[from:to], or -1.
func closingParen(line string, from, to int) int {
	depth := 0
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch r {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i
			}
			depth--
		}
		i += size
	}
	return -1
}

// stackCueWords are stackCues split into words, once.
var stackCueWords = func() [][]string {
	out := make([][]string, len(stackCues))
	for i, c := range stackCues {
		out[i] = strings.Fields(c)
	}
	return out
}()

// StackAt reports whether byte offset col of the job line text is inside
// a stack statement ("(we run on AWS: S3, Glue, Lambda)", "we use SAP",
// "our stack is Go and Postgres", "you'll work with Jira").
func StackAt(text string, col int) bool {
	return inSpans(stackSpans(text), col)
}
