package match

// Heading context: a name in a list under a heading that names its field
// ("Languages" over "English, Hindi").

import "github.com/atsmatch/atsmatch/pkg/tokenize"

// Bounds of a heading over a list: the heading is a line of at most
// headingTokens tokens ("Languages", "Languages:"); the lines between it
// and the hit are list lines (see listLine), at most headingLookback lines
// up, with no two blank lines in a row; a short line ending in ":" is the
// nearest heading, so the search stops there.
const (
	headingTokens   = 4
	listLineTokens  = 16
	listLineWords   = 3
	headingLookback = 8
)

// headingContext returns a context word of c's term in a heading over the
// list lines that hold c ("Languages" over "English, Hindi"), or "". Every
// line it reads is capped at listLineTokens, so a long line costs nothing.
func (m *Matcher) headingContext(view []vtok, c *cand) string {
	ctx := m.context[c.e.term]
	if len(ctx) == 0 {
		return ""
	}
	start, end, ok := shortLine(view, c.i)
	if !ok || end < c.j || !listLine(view[start:end]) {
		return ""
	}
	for n := 0; n < headingLookback && start > 0; n++ {
		if view[start-1].Line < view[start].Line-2 {
			return "" // two blank lines end a section
		}
		if start, end, ok = shortLine(view, start-1); !ok {
			return ""
		}
		if end-start <= headingTokens {
			if w := contextIn(view, ctx, start, end, c, false); w != "" {
				return w
			}
			if view[end-1].Text == ":" {
				return "" // the nearest heading has no context word ("Company type:")
			}
		}
		if !listLine(view[start:end]) {
			return ""
		}
	}
	return ""
}

// shortLine returns the token range [start, end) of the line holding
// view[k], or ok false when the line has more than listLineTokens tokens.
func shortLine(view []vtok, k int) (start, end int, ok bool) {
	line := view[k].Line
	start, end = k, k+1
	for start > 0 && view[start-1].Line == line {
		if start--; end-start > listLineTokens {
			return 0, 0, false
		}
	}
	for end < len(view) && view[end].Line == line {
		if end++; end-start > listLineTokens {
			return 0, 0, false
		}
	}
	return start, end, true
}

// listLine reports a line that reads as list items, not prose: a short
// item ("Spanish", "Hindi (native)") or items split by separators
// ("English, Hindi, Marathi"), within listLineTokens tokens.
func listLine(line []vtok) bool {
	if len(line) > listLineTokens {
		return false
	}
	words := 0
	for _, v := range line {
		switch {
		case v.Kind == tokenize.Word:
			words++
		case v.Kind == tokenize.Punct && (v.Text == "," || v.Text == ";" || v.Text == "|" || v.Text == "•" || v.Text == "/"):
			return true
		}
	}
	return words <= listLineWords
}
