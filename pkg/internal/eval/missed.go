package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// missedSpan is a gold knowledge span no hard hit overlaps, with its
// sentence.
type missedSpan struct{ Text, Line string }

// headGroup is the missed spans sharing a head word.
type headGroup struct {
	Head  string
	Spans []missedSpan
}

// headWord is a span's head: its last word, lower-cased, without
// trailing punctuation, so "cloud platforms" and "AWS platforms" meet
// under "platforms" and the gap reads as a kind of skill, not a name.
func headWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i := len(f) - 1; i >= 0; i-- {
		if w := strings.Trim(f[i], ".,;:()[]\"'"); w != "" {
			return w
		}
	}
	return ""
}

// groupByHead groups missed spans by head word, the largest groups first
// (ties by head), each group's spans in input order.
func groupByHead(ms []missedSpan) []headGroup {
	idx := map[string]int{}
	var out []headGroup
	for _, m := range ms {
		h := headWord(m.Text)
		i, ok := idx[h]
		if !ok {
			i = len(out)
			idx[h] = i
			out = append(out, headGroup{Head: h})
		}
		out[i].Spans = append(out[i].Spans, m)
	}
	slices.SortStableFunc(out, func(a, b headGroup) int {
		if len(a.Spans) != len(b.Spans) {
			return len(b.Spans) - len(a.Spans)
		}
		return strings.Compare(a.Head, b.Head)
	})
	return out
}

// printMissed lists every missed knowledge span grouped by head word: the
// head and its count, then each span with its sentence.
func printMissed(w io.Writer, ms []missedSpan) {
	fmt.Fprintf(w, "every missed knowledge span (%d) by head word: span | sentence\n", len(ms))
	for _, g := range groupByHead(ms) {
		fmt.Fprintf(w, "  %d %s\n", len(g.Spans), g.Head)
		for _, m := range g.Spans {
			fmt.Fprintf(w, "    %-30.30s | %s\n", m.Text, m.Line)
		}
	}
}
