package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// Ignored words (report.Document.IgnoredMatches): the words the matcher
// saw but did not count (an ordinary-English reading, a position such as
// "PhD student", a negated requirement), with the rule that decided.

// maxIgnoredShown caps the entries per document in text and Markdown, which
// are read by people; JSON lists every one.
const maxIgnoredShown = 10

// maxIgnoredLines caps the line numbers shown for one entry.
const maxIgnoredLines = 5

// ignoredDoc is one document's ignored words, with its role for labels.
type ignoredDoc struct {
	role    string // "job" or "resume"
	entries []report.IgnoredMatch
}

// ignoredDocs lists the documents that have ignored words, job first.
func ignoredDocs(r *report.MatchResult) []ignoredDoc {
	var out []ignoredDoc
	for _, d := range []ignoredDoc{{"job", r.Job.IgnoredMatches}, {"resume", r.Resume.IgnoredMatches}} {
		if len(d.entries) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// ignoredCount is the number of entries over both documents.
func ignoredCount(r *report.MatchResult) int {
	return len(r.Job.IgnoredMatches) + len(r.Resume.IgnoredMatches)
}

// resumeIgnored is the first resume entry for a missing job term: the resume
// does mention it, but a rule read it as an ordinary word. That is the most
// useful thing to tell a user about a missing term.
func resumeIgnored(r *report.MatchResult, term string) (report.IgnoredMatch, bool) {
	for _, im := range r.Resume.IgnoredMatches {
		if im.Term == term {
			return im, true
		}
	}
	return report.IgnoredMatch{}, false
}

// ignoredNote explains a missing term the resume mentions as an ordinary
// word: "resume mentions 'excel' at line 5, not counted: lowercase 'excel'
// reads as an ordinary word". The note gives the rule's reason, not its
// words: "not counted" already is the verdict ("ignored: ").
func ignoredNote(im report.IgnoredMatch) string {
	return fmt.Sprintf("resume mentions '%s' at line %d, not counted: %s", im.Surface, im.Line, im.Reason)
}

// lineList writes lines as "4, 9, 12", cut after maxIgnoredLines with "…",
// and adds the occurrence count when a line holds more than one ("×5").
func lineList(im report.IgnoredMatch) string {
	lines := im.Lines
	if len(lines) == 0 {
		lines = []int{im.Line}
	}
	parts := make([]string, 0, min(len(lines), maxIgnoredLines)+1)
	for i, l := range lines {
		if i == maxIgnoredLines {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, strconv.Itoa(l))
	}
	s := strings.Join(parts, ", ")
	if im.Count > len(lines) {
		s += fmt.Sprintf(" (×%d)", im.Count)
	}
	return s
}

// lineLabel is "line 5" or "lines 4, 9".
func lineLabel(im report.IgnoredMatch) string {
	if len(im.Lines) > 1 {
		return "lines " + lineList(im)
	}
	return "line " + lineList(im)
}
