package render

// Batch formats (`atsmatch rank`). A batch is a list of report.BatchRow in
// their final order plus a report.BatchSummary:
//
//	table     terminal view: rank, resume, job, score, hard, soft, top missing,
//	          then the summary (distribution, most often missing terms, and
//	          with several jobs a resume × job matrix and each best job)
//	csv       one line per row under the fixed header [CSVHeader]
//	jsonl     one compact JSON row per line (report.BatchRow), no summary;
//	          rows can be concatenated across shards and merged with jq
//	json      one indented report.BatchResult: schema_version, rows, summary
//	markdown  the table and summary as GitHub-flavoured Markdown
//	github    GitHub Actions workflow commands: ::error for a score below
//	          the minimum, ::warning for an unreadable file, ::notice else
//	html      one self-contained page (inline CSS, a small inline script to
//	          sort and filter the rows, nothing fetched)
//
// A batch that is not Complete (a run cut short) says so where the format
// can: json "complete": false, a banner in html, a closing line in table
// and markdown, a ::warning in github. csv and jsonl rows have no place for
// it; the CLI's .partial file name and its stderr line do.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// BatchFormat names an output format of a batch run.
type BatchFormat string

// The batch formats.
const (
	BatchTable    BatchFormat = "table"
	BatchCSV      BatchFormat = "csv"
	BatchJSONL    BatchFormat = "jsonl"
	BatchJSON     BatchFormat = "json"
	BatchMarkdown BatchFormat = "markdown"
	BatchGitHub   BatchFormat = "github"
	BatchHTML     BatchFormat = "html"
)

var batchFormats = []BatchFormat{BatchTable, BatchCSV, BatchJSONL, BatchJSON, BatchMarkdown, BatchGitHub, BatchHTML}

// BatchFormats lists the batch formats in a stable order.
func BatchFormats() []BatchFormat { return append([]BatchFormat(nil), batchFormats...) }

// ParseBatchFormat maps a user-supplied name, case-insensitively, to a BatchFormat.
func ParseBatchFormat(s string) (BatchFormat, error) {
	f := BatchFormat(strings.ToLower(strings.TrimSpace(s)))
	names := make([]string, len(batchFormats))
	for i, b := range batchFormats {
		if b == f {
			return f, nil
		}
		names[i] = string(b)
	}
	return "", fmt.Errorf("unknown format %q (want %s)", s, strings.Join(names, ", "))
}

// Streams reports whether rows of f are written one by one as they arrive
// ([WriteBatchRow]) rather than buffered, sorted and written by [WriteBatch].
func (f BatchFormat) Streams() bool { return f == BatchJSONL }

// BatchOptions tune batch rendering.
type BatchOptions struct {
	Options
	MinScore float64 // github: a score below it is an ::error; 0 disables
	// RowsOnly: the table prints its rows alone, no summary, and nothing
	// at all without rows (rank --only-failing: a passing run is silent).
	RowsOnly bool
	// Pages gives a row's match page, relative to the report, for html to
	// link the resume to (rank --html-dir); nil or "" for none.
	Pages func(report.BatchRow) string
}

// CSVHeader is the first line of the csv format; columns are only ever added
// at the end.
const CSVHeader = "rank,resume,job,score,hard,soft,hard_matched,hard_total,soft_matched,soft_total,top_missing,error_kind,error,dictionary_version,algorithm_version,document_kind,title_status,education_status,experience_status,as_of"

// WriteBatchRow writes one row as a line of JSON (the jsonl format).
func WriteBatchRow(w io.Writer, r report.BatchRow) error {
	if r.TopMissing == nil {
		r.TopMissing = []string{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteBatch renders a whole batch in f. For jsonl it writes the rows only.
func WriteBatch(w io.Writer, f BatchFormat, res *report.BatchResult, o BatchOptions) error {
	if res == nil {
		return fmt.Errorf("render: nil %T", res)
	}
	switch f {
	case BatchJSONL:
		bw := bufio.NewWriter(w)
		for _, r := range res.Rows {
			if err := WriteBatchRow(bw, r); err != nil {
				return err
			}
		}
		return bw.Flush()
	case BatchJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(normalize(reflect.ValueOf(res)).Interface())
	case BatchCSV:
		return writeBatchCSV(w, res)
	case BatchTable:
		return writeBatchTable(w, res, o)
	case BatchMarkdown:
		return writeBatchMarkdown(w, res)
	case BatchGitHub:
		return writeBatchGitHub(w, res, o.MinScore)
	case BatchHTML:
		return writeBatchHTML(w, res, o.Pages)
	}
	_, err := ParseBatchFormat(string(f))
	return err
}

func joinComma(s []string) string { return strings.Join(s, ", ") }

func fmt1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// ranks numbers scored rows 1, 2, ... in their given order; failed rows
// and rows of a document that is no resume get "-".
func ranks(rows []report.BatchRow) []string {
	out := make([]string, len(rows))
	n := 0
	for i, r := range rows {
		if r.Error != nil || r.DocumentKind != "" {
			out[i] = "-"
			continue
		}
		n++
		out[i] = strconv.Itoa(n)
	}
	return out
}

// missingCell is the last table column: missing terms, or why there is no
// score or no rank.
func missingCell(r report.BatchRow) string {
	if r.Error != nil {
		return "error (" + r.Error.Kind + "): " + r.Error.Message
	}
	if r.DocumentKind != "" {
		return kindNote(r.DocumentKind)
	}
	return strings.Join(r.TopMissing, ", ")
}

// kindNote says why a row is not ranked: "not ranked: reads as a job
// posting, not a resume".
func kindNote(kind string) string {
	if kind == "other" {
		return "not ranked: does not read as a resume"
	}
	return "not ranked: reads as a " + kindLabel(kind) + ", not a resume"
}

// errWriter keeps the first write error, so printers can write freely.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}

// partialNote closes a batch that is not Complete, in the formats read by
// people.
const partialNote = "PARTIAL: the run stopped before every resume was scored; rows and summary cover only those finished."

// bucketTop is the inclusive upper end shown for a histogram bucket.
func bucketTop(b report.ScoreBucket) int {
	if b.To >= 100 {
		return 100
	}
	return b.To - 1
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
