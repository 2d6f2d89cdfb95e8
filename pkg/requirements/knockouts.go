package requirements

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// Knockout is a condition of the job the applicant should be ready for:
// work authorisation and sponsorship, security clearance, licences and
// certifications the law requires, relocation, travel, transport, shifts,
// physical demands, background checks, a minimum age. Knockouts are listed,
// never scored; a licence or certification the resume can show is also a
// dictionary term, scored as one.
type Knockout struct {
	Kind string `json:"kind"` // one of the Knock* kinds
	Text string `json:"text"` // the line, trimmed
	Line int    `json:"line"` // 1-based
}

// ReadKnockouts lists the job's knockouts, one per kind and line, in line
// order. Every line is read, boilerplate included: conditions of
// employment stand in the header ("Full-time Nights"), the benefits ("shift
// differentials") and the notices ("a drug-free workplace") as often as in
// the requirements.
func ReadKnockouts(_ *keywords.Dict, job Doc) []Knockout {
	out := []Knockout{}
	var buf []byte
	for i, line := range job.Lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		buf = appendLower(buf[:0], line)
		lower := string(buf)
		var seen []string
		for _, at := range wordStarts(lower) {
			for _, ci := range cuesByWord[leadWord(lower[at:])] {
				c := knockCues[ci]
				if contains(seen, c.kind) || !strings.HasPrefix(lower[at:], c.phrase) {
					continue
				}
				if end := at + len(c.phrase); (end == len(lower) || !isWordByte(lower[end]) || !isWordByte(c.phrase[len(c.phrase)-1])) &&
					clauseHas(lower, at, c.needs) {
					seen = append(seen, c.kind)
					out = append(out, Knockout{Kind: c.kind, Text: trimTo(strings.TrimSpace(line), 300), Line: i + 1})
				}
			}
		}
		for _, y := range findYearsAsks(line) {
			if y.age && !contains(seen, KnockAge) {
				seen = append(seen, KnockAge)
				out = append(out, Knockout{Kind: KnockAge, Text: trimTo(strings.TrimSpace(line), 300), Line: i + 1})
			}
		}
	}
	return out
}

// cuesByWord indexes the cues by their leading word, so a line is read
// once, word by word, whatever the number of cues.
var cuesByWord = func() map[string][]int {
	m := map[string][]int{}
	for i, c := range knockCues {
		w := leadWord(c.phrase)
		m[w] = append(m[w], i)
	}
	return m
}()

// leadWord returns the run of letters and digits s starts with.
func leadWord(s string) string {
	i := 0
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return s[:i]
}

// wordStarts returns the offsets where a word starts in s.
func wordStarts(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if isWordByte(s[i]) && (i == 0 || !isWordByte(s[i-1])) {
			out = append(out, i)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// findPhrase returns where phrase stands in s at word boundaries, or -1.
func findPhrase(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1]) || !isWordByte(phrase[0])) && (end == len(s) || !isWordByte(s[end]) || !isWordByte(phrase[len(phrase)-1])) {
			return i
		}
		from = i + 1
	}
}

// clauseHas reports one of needs in the clause around position at (the
// text between ";" or ". "), or true when needs is empty.
func clauseHas(s string, at int, needs []string) bool {
	if len(needs) == 0 {
		return true
	}
	start, end := 0, len(s)
	for k := at - 1; k >= 0; k-- {
		if s[k] == ';' || s[k] == '.' && k+1 < len(s) && s[k+1] == ' ' {
			start = k + 1
			break
		}
	}
	for k := at; k < len(s); k++ {
		if s[k] == ';' || s[k] == '.' && (k+1 == len(s) || s[k+1] == ' ') {
			end = k
			break
		}
	}
	cl := s[start:end]
	for _, n := range needs {
		if findPhrase(cl, n) >= 0 {
			return true
		}
	}
	return false
}
