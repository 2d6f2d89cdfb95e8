package sections

// Sentences within a line, and the role of each.

import (
	"sort"
	"strings"
)

type span struct {
	start, end int
	text       string
}

// sentences splits a line at ". ", "; ", "! " and "? " so a preference
// tacked onto a requirement is read on its own. A dot inside a word (".NET",
// "Node.js", "e.g.") does not end a sentence because a space must follow.
func sentences(line string) []span {
	var out []span
	for start := 0; start < len(line); {
		end := sentenceEnd(line, start)
		out = append(out, span{start, end, line[start:end]})
		start = end
	}
	return out
}

// sentenceEnd returns the end of the sentence starting at start.
func sentenceEnd(line string, start int) int {
	for i := start; i < len(line); i++ {
		c := line[i]
		if (c == '.' || c == ';' || c == '!' || c == '?') && (i+1 == len(line) || line[i+1] == ' ') {
			if c == '.' && abbrevBefore(line[start:i]) {
				continue
			}
			return i + 1
		}
	}
	return len(line)
}

// abbrevBefore reports "e.g", "i.e", "etc" style words before a dot.
func abbrevBefore(s string) bool {
	w := strings.TrimSpace(s)
	if i := strings.LastIndexAny(w, " ("); i >= 0 {
		w = w[i+1:]
	}
	switch strings.ToLower(w) {
	case "e.g", "i.e", "etc", "vs", "incl", "approx":
		return true
	}
	return false
}

// RoleAt returns the role of the sentence holding byte offset col of text,
// the line that [Job] described as l: in "You have C#. Familiarity with DDD
// is a plus." under any heading, C# is Required and DDD Preferred; in
// "Go. Kafka is a plus." under Requirements, Go is Required. Ignored lines
// stay ignored. A stack statement in a requirement ("AWS or GCP (we run on
// AWS: S3, Lambda)", "CI (we use GitHub Actions)") is Neutral: it names
// the environment of the ask, as a duty line does.
func RoleAt(text string, col int, l Line) Role {
	return RolesAt(text, l)(col)
}

// wholeLine are RolesAt's answers for a line whose every position has one
// role; they capture nothing, so returning one costs no allocation.
var wholeLine = [...]func(int) Role{
	Neutral:   func(int) Role { return Neutral },
	Required:  func(int) Role { return Required },
	Preferred: func(int) Role { return Preferred },
	Ignored:   func(int) Role { return Ignored },
}

// RolesAt returns [RoleAt] for the positions of one line, reading its
// sentences once: a caller with many positions on a line would otherwise
// rescan the line up to each, quadratic on a long one-line posting.
func RolesAt(text string, l Line) func(col int) Role {
	// Ignored lines stay ignored, and most lines are one sentence with no
	// stack statement: no need to read cues again, nor to allocate a
	// closure.
	if l.Role == Ignored {
		return wholeLine[Ignored]
	}
	var stack [][2]int
	if l.Role == Required {
		stack = stackSpans(text)
	}
	if stack == nil && sentenceEnd(text, 0) >= len(text) {
		if int(l.Role) < len(wholeLine) {
			return wholeLine[l.Role]
		}
		return func(int) Role { return l.Role }
	}
	var ends []int
	var roles []Role
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		r, _ := sentenceRole(text[start:end], l, len(ends))
		ends, roles = append(ends, end), append(roles, r)
		start = end
	}
	return func(col int) Role {
		// The sentence holding col is the first that ends after it.
		k := sort.SearchInts(ends, col+1)
		if col < 0 || k == len(ends) {
			return l.Role
		}
		// A stack statement inside a requirement names the environment,
		// as a duty does: Neutral. A preference stays one.
		if roles[k] == Required && inSpans(stack, col) {
			return Neutral
		}
		return roles[k]
	}
}

// inSpans reports whether col is inside one of the byte ranges spans.
func inSpans(spans [][2]int, col int) bool {
	for _, s := range spans {
		if s[0] <= col && col < s[1] {
			return true
		}
	}
	return false
}
