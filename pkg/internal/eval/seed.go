package main

import (
	"strings"
	"unicode"
)

// seedMarker starts the trailing keyword section of a seed posting.
const seedMarker = "Applicant Tracking System Keywords"

// parseSeed splits a seed posting into the text before the keyword section
// and the glued "Hard skills" / "Soft skills" gold lines after it.
func parseSeed(text string) (body, hard, soft string) {
	i := strings.Index(text, seedMarker)
	if i < 0 {
		return text, "", ""
	}
	body = text[:i]
	lines := strings.Split(text[i:], "\n")
	for j := 0; j+1 < len(lines); j++ {
		switch strings.TrimSpace(lines[j]) {
		case "Hard skills":
			hard = strings.TrimSpace(lines[j+1])
		case "Soft skills":
			soft = strings.TrimSpace(lines[j+1])
		}
	}
	return body, hard, soft
}

// splitGlued splits a gold list whose terms were glued with no separator
// (".NETC#Object-Oriented ProgrammingPostgreSQLdatabase schema
// optimizationevent-driven architecture"). Terms keep their inner spaces,
// so boundaries are only inside a space-free chunk, at:
//   - a lower-case letter followed by an upper-case one ("ProgrammingDomain");
//   - a run of ≥ 2 capitals followed by a lower-case letter, before the
//     lower-case one ("PostgreSQLdatabase", "CI/CDautomated");
//   - a capital followed by '#', when capitals precede it (".NETC#");
//   - a place in a lower-case word where both halves are known words while
//     the whole is not ("optimizationevent"); vocab holds known lower-case
//     words (the posting's own words plus dictionary words).
func splitGlued(s string, vocab map[string]bool) []string {
	var terms []string
	cur := []rune{}
	flush := func() {
		if t := strings.TrimSpace(string(cur)); t != "" {
			terms = append(terms, t)
		}
		cur = cur[:0]
	}
	for _, chunk := range strings.Split(s, " ") {
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		for k, part := range splitCase(chunk, vocab) {
			for m, w := range splitWord(part, vocab) {
				if k > 0 || m > 0 {
					flush()
				}
				cur = append(cur, []rune(w)...)
			}
		}
	}
	flush()
	return terms
}

// splitCase applies the case rules of splitGlued to one space-free chunk.
// A lower→upper boundary inside a known word ("PostgreSQL", "JavaScript")
// is not a cut.
func splitCase(chunk string, vocab map[string]bool) []string {
	r := []rune(chunk)
	var out []string
	start := 0
	for i := 1; i < len(r); i++ {
		cut := false
		switch {
		case unicode.IsLower(r[i-1]) && unicode.IsUpper(r[i]):
			cut = !knownAcross(r, start, i, vocab)
		case r[i-1] == '#' && unicode.IsLetter(r[i]):
			cut = true
		case unicode.IsLower(r[i]) && i >= 2 && unicode.IsUpper(r[i-1]) && capsRun(r[:i]) >= 2:
			cut = true
		case unicode.IsUpper(r[i]) && i+1 < len(r) && r[i+1] == '#' && unicode.IsUpper(r[i-1]):
			cut = true
		}
		if cut {
			out = append(out, string(r[start:i]))
			start = i
		}
	}
	return append(out, string(r[start:]))
}

// knownAcross reports whether the word starting at start and running
// through the capitals at i (and optionally the lower-case letters after
// them) is in vocab.
func knownAcross(r []rune, start, i int, vocab map[string]bool) bool {
	j := i
	for j < len(r) && unicode.IsUpper(r[j]) {
		j++
	}
	if vocab[strings.ToLower(string(r[start:j]))] {
		return true
	}
	for j < len(r) && unicode.IsLower(r[j]) {
		j++
	}
	return vocab[strings.ToLower(string(r[start:j]))]
}

// capsRun counts capitals (and '/', as in CI/CD) at the end of r.
func capsRun(r []rune) int {
	n := 0
	for i := len(r) - 1; i >= 0 && (unicode.IsUpper(r[i]) || r[i] == '/'); i-- {
		if unicode.IsUpper(r[i]) {
			n++
		}
	}
	return n
}

// splitWord splits a lower-case glued word in two known words (longest
// known first half wins); other words come back whole.
func splitWord(w string, vocab map[string]bool) []string {
	lw := strings.ToLower(w)
	if vocab == nil || vocab[lw] || !isLower(w) {
		return []string{w}
	}
	for i := len(w) - 2; i >= 2; i-- {
		if vocab[lw[:i]] && vocab[lw[i:]] {
			return []string{w[:i], w[i:]}
		}
	}
	return []string{w}
}

func isLower(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return s != ""
}

// vocabOf returns the lower-case words of texts (split at anything that
// is not a letter or a hyphen).
func vocabOf(texts ...string) map[string]bool {
	v := map[string]bool{}
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if len(w) >= 2 {
				v[w] = true
			}
		}
	}
	return v
}
