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
//	html      one self-contained page (inline CSS, no scripts or CDN)
//
// A batch that is not Complete (a run cut short) says so where the format
// can: json "complete": false, a banner in html, a closing line in table
// and markdown, a ::warning in github. csv and jsonl rows have no place for
// it; the CLI's .partial file name and its stderr line do.

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"text/tabwriter"

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
}

// CSVHeader is the first line of the csv format; columns are only ever added
// at the end.
const CSVHeader = "rank,resume,job,score,hard,soft,hard_matched,hard_total,soft_matched,soft_total,top_missing,error_kind,error,dictionary_version,algorithm_version,document_kind"

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
		return writeBatchTable(w, res)
	case BatchMarkdown:
		return writeBatchMarkdown(w, res)
	case BatchGitHub:
		return writeBatchGitHub(w, res, o.MinScore)
	case BatchHTML:
		return writeBatchHTML(w, res)
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

func writeBatchCSV(w io.Writer, res *report.BatchResult) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(strings.Split(CSVHeader, ",")); err != nil {
		return err
	}
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		rec := []string{rk[i], csvCell(r.Resume), csvCell(r.Job), "", "", "", "", "", "", "", strings.Join(r.TopMissing, "; "), "", "", r.DictionaryVersion, r.AlgorithmVersion, r.DocumentKind}
		if r.Error != nil {
			rec[11], rec[12] = r.Error.Kind, csvCell(r.Error.Message)
		} else {
			c := r.Coverage
			copy(rec[3:10], []string{fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft),
				strconv.Itoa(c.HardMatched), strconv.Itoa(c.HardTotal), strconv.Itoa(c.SoftMatched), strconv.Itoa(c.SoftTotal)})
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
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

func writeBatchTable(w io.Writer, res *report.BatchResult) error {
	bw := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	e := &errWriter{w: tw}
	e.printf("RANK\tRESUME\tJOB\tSCORE\tHARD\tSOFT\tTOP MISSING\n")
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		score, hard, soft := "-", "-", "-"
		if r.Error == nil {
			score, hard, soft = fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft)
		}
		e.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rk[i], tabSafe(r.Resume), tabSafe(r.Job), score, hard, soft, tabSafe(missingCell(r)))
	}
	if e.err == nil {
		e.err = tw.Flush()
	}
	e.w = bw
	s := res.Summary
	e.printf("\n%d %s, %d %s: %d scored, %d failed\n", s.Resumes, plural(s.Resumes, "resume"), len(s.Jobs), plural(len(s.Jobs), "job"), s.Scored, s.Failed)
	if s.Scored > 0 {
		e.printf("Scores: mean %s, median %s, min %s, max %s\n\nDistribution:\n", fmt1(s.Mean), fmt1(s.Median), fmt1(s.Min), fmt1(s.Max))
		most := 0
		for _, b := range s.Histogram {
			most = max(most, b.Count)
		}
		for _, b := range s.Histogram {
			bar := 0
			if most > 0 {
				bar = (b.Count*30 + most - 1) / most
			}
			e.printf("  %3d-%-3d %-30s %d\n", b.From, bucketTop(b), strings.Repeat("#", bar), b.Count)
		}
	}
	if len(s.CommonMissing) > 0 {
		e.printf("\nMost often missing (what to teach):\n")
		for _, t := range s.CommonMissing {
			e.printf("  %-30s %d\n", t.Term, t.Count)
		}
	}
	if len(s.Jobs) > 1 {
		e.printf("\nResume x job:\n")
		mtw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
		e.w = mtw
		writeMatrix(e, res, "\t", "", "")
		if e.err == nil {
			e.err = mtw.Flush()
		}
		e.w = bw
	}
	if !res.Complete {
		e.printf("\n%s\n", partialNote)
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
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

// tabSafe keeps a cell on one tabwriter cell and shows what a terminal
// would act on (TermSafe writes a tab as \t).
func tabSafe(s string) string { return TermSafe(s) }

// writeMatrix writes the resume × job score matrix (in first-seen resume
// order) with each resume's best job; sep separates cells, left and right
// wrap rows (Markdown pipes).
func writeMatrix(e *errWriter, res *report.BatchResult, sep, left, right string) {
	var order []string
	scores := map[string]map[string]string{}
	for _, r := range res.Rows {
		if _, ok := scores[r.Resume]; !ok {
			scores[r.Resume] = map[string]string{}
			order = append(order, r.Resume)
		}
		v := "-"
		if r.Error == nil {
			v = fmt1(r.Score)
		}
		scores[r.Resume][r.Job] = v
	}
	best := map[string]string{}
	for _, b := range res.Summary.BestJobs {
		best[b.Resume] = b.Job
	}
	clean := func(s string) string {
		if sep == "\t" {
			return tabSafe(s)
		}
		return mdCell(s)
	}
	head := []string{"RESUME"}
	for _, j := range res.Summary.Jobs {
		head = append(head, clean(j))
	}
	head = append(head, "BEST JOB")
	e.printf("%s%s%s\n", left, strings.Join(head, sep), right)
	if left != "" {
		e.printf("|%s\n", strings.Repeat(" --- |", len(head)))
	}
	for _, name := range order {
		line := []string{clean(name)}
		for _, j := range res.Summary.Jobs {
			v, ok := scores[name][j]
			if !ok {
				v = ""
			}
			line = append(line, v)
		}
		line = append(line, clean(best[name]))
		e.printf("%s%s%s\n", left, strings.Join(line, sep), right)
	}
}

func writeBatchMarkdown(w io.Writer, res *report.BatchResult) error {
	bw := bufio.NewWriter(w)
	e := &errWriter{w: bw}
	s := res.Summary
	e.printf("## atsmatch rank\n\n%d %s, %d %s: %d scored, %d failed\n\n", s.Resumes, plural(s.Resumes, "resume"), len(s.Jobs), plural(len(s.Jobs), "job"), s.Scored, s.Failed)
	e.printf("| Rank | Resume | Job | Score | Hard | Soft | Top missing |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	rk := ranks(res.Rows)
	for i, r := range res.Rows {
		score, hard, soft := "-", "-", "-"
		if r.Error == nil {
			score, hard, soft = fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft)
		}
		e.printf("| %s | %s | %s | %s | %s | %s | %s |\n", rk[i], mdCell(r.Resume), mdCell(r.Job), score, hard, soft, mdCell(missingCell(r)))
	}
	if s.Scored > 0 {
		e.printf("\n### Scores\n\nMean %s, median %s, min %s, max %s.\n\n| Scores | Resumes |\n| --- | --- |\n", fmt1(s.Mean), fmt1(s.Median), fmt1(s.Min), fmt1(s.Max))
		for _, b := range s.Histogram {
			e.printf("| %d-%d | %d |\n", b.From, bucketTop(b), b.Count)
		}
	}
	if len(s.CommonMissing) > 0 {
		e.printf("\n### Most often missing\n\n| Term | Count |\n| --- | --- |\n")
		for _, t := range s.CommonMissing {
			e.printf("| %s | %d |\n", mdCell(t.Term), t.Count)
		}
	}
	if len(s.Jobs) > 1 {
		e.printf("\n### Resume × job\n\n")
		writeMatrix(e, res, " | ", "| ", " |")
	}
	if !res.Complete {
		e.printf("\n> **%s**\n", partialNote)
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// ghEscape escapes a workflow command's message; ghProp also a property value.
var (
	ghEscape = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProp   = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// writeBatchGitHub annotates each resume file. With several jobs a resume
// is only an ::error when no job reaches the minimum, as for the exit status.
func writeBatchGitHub(w io.Writer, res *report.BatchResult, minScore float64) error {
	bw := bufio.NewWriter(w)
	e := &errWriter{w: bw}
	best := map[string]float64{}
	for _, b := range res.Summary.BestJobs {
		best[b.Resume] = b.Score
	}
	warned := map[string]bool{}
	for _, r := range res.Rows {
		file := ghProp.Replace(TermSafe(r.Resume))
		b, several := best[r.Resume]
		switch {
		case r.Error != nil:
			if warned[r.Resume] {
				continue // one warning per file, not per job
			}
			warned[r.Resume] = true
			e.printf("::warning file=%s::%s\n", file, ghEscape.Replace(TermSafe("could not read ("+r.Error.Kind+"): "+r.Error.Message)))
		case r.DocumentKind != "":
			e.printf("::warning file=%s::%s\n", file, ghEscape.Replace(TermSafe(kindNote(r.DocumentKind)+fmt.Sprintf(" (score %s for %s)", fmt1(r.Score), r.Job))))
		case minScore > 0 && r.Score < minScore && (!several || b < minScore):
			msg := fmt.Sprintf("score %s below %g for %s", fmt1(r.Score), minScore, r.Job)
			if len(r.TopMissing) > 0 {
				msg += " (missing: " + strings.Join(r.TopMissing, ", ") + ")"
			}
			e.printf("::error file=%s::%s\n", file, ghEscape.Replace(TermSafe(msg)))
		default:
			e.printf("::notice file=%s::%s\n", file, ghEscape.Replace(TermSafe(fmt.Sprintf("score %s for %s", fmt1(r.Score), r.Job))))
		}
	}
	if !res.Complete {
		e.printf("::warning::%s\n", ghEscape.Replace(partialNote))
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}
