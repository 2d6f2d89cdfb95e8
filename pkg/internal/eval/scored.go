package main

import (
	"sort"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// jobLines is a posting classified the way the product classifies a job
// description ([sections.Job] per line, each position read as
// [score.Doc.Roles] reads it), so the eval can measure the job terms the
// score actually counts: hits on Ignored lines or sentences (benefits,
// "about us", EEO, how to apply, ...) give none.
type jobLines struct {
	lines  []string
	starts []int // byte offset of each line in the text
	secs   []sections.Line
	role   func(line, start int) sections.Role // as the score reads it: score.Doc.Roles
}

// classify splits text into lines and classifies them as a job description.
func classify(text string) *jobLines {
	lines := strings.Split(text, "\n")
	starts := make([]int, len(lines))
	off := 0
	for i, l := range lines {
		starts[i] = off
		off += len(l) + 1
	}
	secs := sections.Job(text)
	return &jobLines{lines: lines, starts: starts, secs: secs, role: score.Doc{Lines: lines, Sections: secs}.Roles()}
}

// line returns the index of the line holding byte offset pos.
func (j *jobLines) line(pos int) int {
	return max(0, sort.SearchInts(j.starts, pos+1)-1)
}

// ignored reports whether the product ignores a term found at pos.
func (j *jobLines) ignored(pos int) bool {
	return j.role(j.line(pos)+1, pos) == sections.Ignored
}

// counted keeps the spans the product counts as job terms.
func (j *jobLines) counted(spans []span) []span {
	out := make([]span, 0, len(spans))
	for _, s := range spans {
		if !j.ignored(s.Start) {
			out = append(out, s)
		}
	}
	return out
}

// ignoredGold is one gold span the product leaves out of scoring.
type ignoredGold struct {
	Kind   string // "knowledge" or "skill"
	Text   string // the span
	Line   string // its sentence
	Reason string // sections' reason for ignoring the line
}

// ignoredSpans lists the spans of text that fall on ignored positions.
func (j *jobLines) ignoredSpans(text, kind string, spans []span) []ignoredGold {
	var out []ignoredGold
	for _, s := range spans {
		if j.ignored(s.Start) {
			i := j.line(s.Start)
			out = append(out, ignoredGold{Kind: kind, Text: text[s.Start:s.End], Line: j.lines[i], Reason: j.secs[i].Reason})
		}
	}
	return out
}
