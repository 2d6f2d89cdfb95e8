// Package render is the last pipeline stage: it turns the report data
// contract (pkg/report) into bytes for a reader — a coloured terminal
// report, a stable JSON wire format, Markdown a coach can paste, or a
// self-contained HTML page — `rank`'s batch rows (table, csv, jsonl,
// json, markdown, github, html), `diff`'s comparison and `market`'s
// summary of many postings (text, json, csv, markdown, html).
//
// It owns presentation only: no analysis, no environment or TTY probing
// (the caller decides colour and width through [Options]).
package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// Format names an output format.
type Format string

// The supported formats.
const (
	Text     Format = "text"
	JSON     Format = "json"
	Markdown Format = "markdown"
)

// Options tune the rendering; the zero value is plain, terse, 100 columns.
type Options struct {
	Color   bool // ANSI colour; never read env/TTY here — the caller decides
	Verbose bool // show ignored job sections, rejected ambiguous matches (Evidence.Rule), parse details
	Width   int  // terminal width for wrapping; 0 = 100
}

// DefaultWidth is the wrapping width used when Options.Width is 0.
const DefaultWidth = 100

func (o Options) width() int {
	if o.Width <= 0 {
		return DefaultWidth
	}
	return o.Width
}

// printer renders one report value; each format registers one below so a
// new format (CSV, JSONL, HTML…) is one file plus one table entry.
type printer func(w io.Writer, v any, o Options) error

var printers = map[Format]printer{
	Text:     writeText,
	JSON:     writeJSON,
	Markdown: writeMarkdown,
}

// formats is the public order (help text, error messages): the formats of
// a match report, the most any document has. [FormatsOf] says which print
// each document.
var formats = []Format{Text, JSON, Markdown, HTML}

// Formats lists the formats Write accepts, in a stable order.
func Formats() []Format {
	return append([]Format(nil), formats...)
}

// Document is a value [Write] renders: a report or a `dict` document.
type Document interface {
	*report.MatchResult | *report.KeywordsResult | *report.TextResult | *report.FileError |
		*report.DictList | *report.DictShow | *report.DictStats | *report.DictValidate | *report.CheckResult
}

// FormatsOf lists the formats that print documents of type T, in the order
// help text and error messages show them: the one list a command's
// --format is declared and checked with.
func FormatsOf[T Document]() []Format {
	var zero T
	return slices.Clone(formatsOf(zero))
}

// formatsOf is the table behind FormatsOf and Write: which formats print
// v's type (nil for a type Write does not render).
func formatsOf(v any) []Format {
	switch v.(type) {
	case *report.MatchResult:
		return formats
	case *report.KeywordsResult, *report.FileError, *report.CheckResult:
		return []Format{Text, JSON, Markdown}
	case *report.DictList:
		return []Format{Text, JSON, CSV}
	case *report.TextResult, *report.DictShow, *report.DictStats, *report.DictValidate:
		return []Format{Text, JSON}
	}
	return nil
}

// ParseFormat maps a user-supplied name, case-insensitively, to a Format.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if _, ok := printers[f]; ok {
		return f, nil
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	return "", fmt.Errorf("unknown format %q (want %s)", s, strings.Join(names, ", "))
}

// Write renders v, a [Document]: *report.MatchResult,
// *report.KeywordsResult, *report.TextResult, *report.CheckResult,
// *report.FileError, or a
// `dict` document (*report.DictList, *report.DictShow, *report.DictStats,
// *report.DictValidate). A format [FormatsOf] does not list for v's type
// returns an error.
func Write(w io.Writer, f Format, v any, o Options) error {
	p, ok := printers[f]
	if !ok {
		_, err := ParseFormat(string(f))
		return err
	}
	allowed := formatsOf(v)
	if allowed == nil {
		return unsupported(f, v)
	}
	if isNilPtr(v) {
		return fmt.Errorf("render: nil %T", v)
	}
	if !slices.Contains(allowed, f) {
		return unsupported(f, v)
	}
	return p(w, v, o)
}

func isNilPtr(v any) bool {
	switch x := v.(type) {
	case *report.MatchResult:
		return x == nil
	case *report.KeywordsResult:
		return x == nil
	case *report.TextResult:
		return x == nil
	case *report.FileError:
		return x == nil
	case *report.DictList:
		return x == nil
	case *report.DictShow:
		return x == nil
	case *report.DictStats:
		return x == nil
	case *report.DictValidate:
		return x == nil
	case *report.CheckResult:
		return x == nil
	}
	return false
}

// unsupported is returned by a printer for a type it cannot express.
func unsupported(f Format, v any) error {
	return fmt.Errorf("render: %s format does not support %T", f, v)
}
