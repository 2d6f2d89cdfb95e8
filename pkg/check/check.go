// Package check reads a resume the way an ATS parser would care about and
// reports what helps or hurts it: contact details, section headings, date
// ranges, layout and content. Each [Finding] has a stable id, a status
// (pass, warn, fail), a one-line message, the lines it is about and a fix.
// [Classify] tells a resume from a job posting, a cover letter or other
// text.
//
// It works on plain data (the normalised lines, their resume sections and
// what the reader learned of the layout), so it knows nothing of files,
// dictionaries or reports. Every rule is deterministic: the same text
// always gives the same findings. Word lists live in *words.go files,
// apart from the logic that reads them.
package check

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Status is a finding's verdict.
type Status string

// The statuses, from good to bad.
const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
)

// Rank orders statuses: Pass 0, Warn 1, Fail 2 (an unknown status is 0).
func (s Status) Rank() int {
	switch s {
	case Warn:
		return 1
	case Fail:
		return 2
	}
	return 0
}

// Finding is one check's result.
type Finding struct {
	ID      string // stable, dotted: "contact.email", "dates.order"
	Status  Status
	Message string // one line
	Lines   []int  // 1-based lines it is about, ascending; empty for the whole document
	Fix     string // what to change; empty on pass
}

// Region kinds: the parts of a document many ATS parsers drop.
const (
	RegionHeader  = "header"
	RegionFooter  = "footer"
	RegionTextBox = "text box"
)

// Region is a run of lines that came from a page header, a footer or a
// text box, not from the body.
type Region struct {
	Kind     string // RegionHeader, RegionFooter or RegionTextBox
	From, To int    // 1-based lines, inclusive
}

// Layout is what the reader learned besides the text.
type Layout struct {
	Format     string // pdf, docx, odt, html, markdown, text
	Pages      int    // 0 when the format has no pages
	Bytes      int64  // file size
	Words      int    // words the reader counted; 0: count them here
	Confidence float64
	Warnings   []string // the reader's own ("two-column layout reordered")
	Images     int      // pictures the reader saw
	Tables     int      // tables the reader saw
	Regions    []Region
}

// Doc is one document to check.
type Doc struct {
	Lines []string // normalised text, split on "\n"
	// Raw are the lines before normalising (same count), where the icon
	// glyphs and replacement characters normalising removes still are.
	// Nil means Lines.
	Raw      []string
	Sections []sections.Line // sections.Resume of the text, one per line
	Layout   Layout
}

// Result is a document's kind and its findings.
type Result struct {
	Kind     Kind
	Findings []Finding
}

// Run checks d and returns every finding in a stable order: the document's
// kind, contact details, sections, dates, layout, then content.
func Run(d Doc) Result {
	if len(d.Sections) != len(d.Lines) {
		d.Sections = sections.Resume(strings.Join(d.Lines, "\n"))
	}
	if len(d.Raw) != len(d.Lines) {
		d.Raw = d.Lines
	}
	v := newView(d)
	kind := Classify(d.Lines, d.Sections)
	var out []Finding
	out = append(out, kindFinding(kind))
	out = append(out, contactFindings(v)...)
	out = append(out, sectionFindings(v)...)
	out = append(out, dateFindings(v)...)
	out = append(out, layoutFindings(v)...)
	out = append(out, contentFindings(v)...)
	return Result{Kind: kind.Kind, Findings: out}
}

// Summary counts findings by status.
func Summary(fs []Finding) (pass, warn, fail int) {
	for _, f := range fs {
		switch f.Status {
		case Pass:
			pass++
		case Warn:
			warn++
		case Fail:
			fail++
		}
	}
	return pass, warn, fail
}
