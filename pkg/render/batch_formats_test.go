package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

func hist(counts ...int) []report.ScoreBucket {
	out := make([]report.ScoreBucket, len(counts))
	for i, c := range counts {
		out[i] = report.ScoreBucket{From: i * 10, To: i*10 + 10, Count: c}
	}
	return out
}

func batchGolden(name string) string {
	return filepath.Join("..", "..", "testdata", "golden", "batch", name)
}

// sampleBatch has a strong, a weak and an unreadable resume against two
// jobs, with names that need quoting in CSV and escaping in GitHub commands.
func sampleBatch() *report.BatchResult {
	mk := func(idx int, resume, job string, score, hard, soft float64, missing ...string) report.BatchRow {
		return report.BatchRow{
			SchemaVersion: report.BatchSchemaVersion, Index: idx, Resume: resume, Job: job, Score: score,
			Subscores:  report.Subscores{Hard: hard, Soft: soft},
			Coverage:   report.Coverage{HardMatched: 7, HardTotal: 10, SoftMatched: 1, SoftTotal: 2},
			TopMissing: append([]string{}, missing...), DictionaryVersion: "2026.11", AlgorithmVersion: "1",
			TitleStatus: "close", EducationStatus: "met", ExperienceStatus: "below", AsOf: "2026-01-15",
		}
	}
	bad := mk(2, "cv/broken.pdf", "backend.txt", 0, 0, 0)
	bad.Coverage, bad.Error = report.Coverage{}, &report.BatchError{Kind: "malformed", Message: "file is damaged"}
	bad.TitleStatus, bad.EducationStatus, bad.ExperienceStatus = "", "", ""
	bad2 := bad
	bad2.Job = "frontend, remote.txt"
	return &report.BatchResult{
		SchemaVersion: report.BatchSchemaVersion,
		Complete:      true,
		Rows: []report.BatchRow{
			mk(0, "cv/ann.md", "backend.txt", 88.5, 90, 80, "Terraform"),
			mk(1, "cv/bob \"B\".txt", "frontend, remote.txt", 61, 55.5, 100, "React", "C#", "R&D Budgeting"),
			mk(0, "cv/ann.md", "frontend, remote.txt", 40.2, 38, 50, "React", "TypeScript"),
			mk(1, "cv/bob \"B\".txt", "backend.txt", 12, 10, 20, "C#", ".NET", "CI/CD"),
			bad, bad2,
		},
		Summary: report.BatchSummary{
			Resumes: 3, Jobs: []string{"backend.txt", "frontend, remote.txt"}, Rows: 6, Scored: 4, Failed: 1,
			Mean: 50.4, Median: 50.6, Min: 12, Max: 88.5,
			Histogram:     hist(0, 1, 0, 0, 1, 0, 1, 0, 1, 0),
			CommonMissing: []report.TermCount{{Term: "C#", Count: 2}, {Term: "React", Count: 2}, {Term: ".NET", Count: 1}},
			ByJob: []report.JobSummary{
				{Job: "backend.txt", Scored: 2, Mean: 50.2, Median: 50.2, Min: 12, Max: 88.5, Histogram: hist(0, 1, 0, 0, 0, 0, 0, 0, 1, 0),
					CommonMissing: []report.TermCount{{Term: ".NET", Count: 1}, {Term: "C#", Count: 1}, {Term: "CI/CD", Count: 1}, {Term: "Terraform", Count: 1}}},
				{Job: "frontend, remote.txt", Scored: 2, Mean: 50.6, Median: 50.6, Min: 40.2, Max: 61, Histogram: hist(0, 0, 0, 0, 1, 0, 1, 0, 0, 0),
					CommonMissing: []report.TermCount{{Term: "React", Count: 2}, {Term: "C#", Count: 1}, {Term: "R&D Budgeting", Count: 1}, {Term: "TypeScript", Count: 1}}},
			},
			BestJobs: []report.BestJob{
				{Resume: "cv/ann.md", Job: "backend.txt", Score: 88.5, Scores: []float64{88.5, 40.2}},
				{Resume: "cv/bob \"B\".txt", Job: "frontend, remote.txt", Score: 61, Scores: []float64{12, 61}},
			},
			BestJobFloor: report.DefaultBestJobFloor,
		},
	}
}

func TestWriteBatchGolden(t *testing.T) {
	for _, f := range BatchFormats() {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteBatch(&buf, f, sampleBatch(), BatchOptions{MinScore: 70}); err != nil {
				t.Fatalf("WriteBatch(%s): %v", f, err)
			}
			checkGolden(t, batchGolden("sample."+string(f)+".golden"), buf.Bytes())
		})
	}
}

func TestBatchCSVRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	res := sampleBatch()
	if err := WriteBatch(&buf, BatchCSV, res, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("csv output does not parse: %v", err)
	}
	if diff := cmp.Diff(strings.Split(CSVHeader, ","), recs[0]); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	var got [][]string
	for _, r := range recs[1:] {
		got = append(got, []string{r[0], r[1], r[2], r[3], r[10], r[11]})
	}
	want := [][]string{
		{"1", "cv/ann.md", "backend.txt", "88.5", "Terraform", ""},
		{"2", "cv/bob \"B\".txt", "frontend, remote.txt", "61.0", "React; C#; R&D Budgeting", ""},
		{"3", "cv/ann.md", "frontend, remote.txt", "40.2", "React; TypeScript", ""},
		{"4", "cv/bob \"B\".txt", "backend.txt", "12.0", "C#; .NET; CI/CD", ""},
		{"-", "cv/broken.pdf", "backend.txt", "", "", "malformed"},
		{"-", "cv/broken.pdf", "frontend, remote.txt", "", "", "malformed"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("csv rows mismatch (-want +got):\n%s", diff)
	}
}

func TestBatchJSONLRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	res := sampleBatch()
	if err := WriteBatch(&buf, BatchJSONL, res, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	var got []report.BatchRow
	for _, l := range lines {
		var r report.BatchRow
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, r)
	}
	if diff := cmp.Diff(res.Rows, got); diff != "" {
		t.Errorf("jsonl round trip mismatch (-want +got):\n%s", diff)
	}
	if !strings.Contains(buf.String(), `"error":null`) || !strings.Contains(buf.String(), "R&D") {
		t.Errorf("jsonl: want error:null on scored rows and unescaped R&D:\n%s", buf.String())
	}
}

func TestWriteBatchRowNilMissing(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteBatchRow(&buf, report.BatchRow{Resume: "a"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"top_missing":[]`) {
		t.Errorf("WriteBatchRow: nil top_missing must be [], got %s", buf.String())
	}
}

func TestParseBatchFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    BatchFormat
		wantErr bool
	}{
		{"table", BatchTable, false},
		{" CSV ", BatchCSV, false},
		{"jsonl", BatchJSONL, false},
		{"GitHub", BatchGitHub, false},
		{"text", "", true},
		{"xml", "", true},
	}
	for _, tt := range tests {
		got, err := ParseBatchFormat(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseBatchFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	if !BatchJSONL.Streams() || BatchJSON.Streams() {
		t.Error("only jsonl streams")
	}
	if err := WriteBatch(&bytes.Buffer{}, "xml", sampleBatch(), BatchOptions{}); err == nil {
		t.Error("WriteBatch(xml): want an error")
	}
	if err := WriteBatch(&bytes.Buffer{}, BatchCSV, nil, BatchOptions{}); err == nil {
		t.Error("WriteBatch(nil): want an error")
	}
}

func TestBatchHTMLSelfContained(t *testing.T) {
	res := sampleBatch()
	res.Rows[0].Resume = `<script>alert("x")</script>.pdf`
	var buf bytes.Buffer
	if err := WriteBatch(&buf, BatchHTML, res, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"http://", "https://", "<link", "src="} {
		if strings.Contains(out, bad) {
			t.Errorf("html output contains %q: not self-contained or not escaped", bad)
		}
	}
	// One script, the page's own inline one: the name's is escaped.
	if n := strings.Count(out, "<script"); n != 1 || !strings.Contains(out, "<script>\n(function () {") {
		t.Errorf("html output has %d scripts, want only its own inline one", n)
	}
	for _, want := range []string{"&lt;script&gt;", "<style>", "R&amp;D Budgeting", "error (malformed): file is damaged", "Resume × job", "By job"} {
		if !strings.Contains(out, want) {
			t.Errorf("html output lacks %q", want)
		}
	}
}

// TestBatchHTMLBarsLeftAligned: every score bar starts at the same x, after
// a fixed-width right-aligned number, so bars compare by length; a bar in a
// right-aligned cell would end, not start, at the same x.
func TestBatchHTMLBarsLeftAligned(t *testing.T) {
	var buf bytes.Buffer
	res := sampleBatch()
	if err := WriteBatch(&buf, BatchHTML, res, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, css := range []string{"td.score{text-align:left", "td.score .num{display:inline-block;min-width:3em"} {
		if !strings.Contains(page, css) {
			t.Errorf("page CSS lacks %q", css)
		}
	}
	scored := 0
	for _, r := range res.Rows {
		if r.Error != nil {
			continue
		}
		scored++
		want := fmt.Sprintf(`<td class="score"><span class="num">%.1f</span><span class="bar" style="width:%gpx"></span></td>`, r.Score, r.Score)
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if got := strings.Count(page, `<td class="score">`); got != scored {
		t.Errorf("%d score cells, want %d", got, scored)
	}
	if strings.Contains(page, `<td class="n">`+"88.5 <span") {
		t.Errorf("a score bar is still in a right-aligned cell")
	}
}

// A batch cut short says so in every format that has room for it, and
// only then; csv and jsonl are unchanged (their file name says it).
func TestWriteBatchPartial(t *testing.T) {
	marks := map[BatchFormat]string{
		BatchJSON:     `"complete": false`,
		BatchHTML:     `<p class="partial" role="alert">PARTIAL: the run stopped`,
		BatchTable:    "\nPARTIAL: the run stopped before every resume was scored",
		BatchMarkdown: "\n> **PARTIAL: the run stopped before every resume was scored",
		BatchGitHub:   "::warning::PARTIAL: the run stopped",
	}
	for _, f := range BatchFormats() {
		t.Run(string(f), func(t *testing.T) {
			var whole, part bytes.Buffer
			res := sampleBatch()
			if err := WriteBatch(&whole, f, res, BatchOptions{}); err != nil {
				t.Fatal(err)
			}
			res.Complete = false
			if err := WriteBatch(&part, f, res, BatchOptions{}); err != nil {
				t.Fatal(err)
			}
			mark, ok := marks[f]
			if !ok {
				if diff := cmp.Diff(whole.String(), part.String()); diff != "" {
					t.Errorf("%s changed when partial (-complete +partial):\n%s", f, diff)
				}
				return
			}
			if !strings.Contains(part.String(), mark) {
				t.Errorf("partial %s lacks %q:\n%s", f, mark, part.String())
			}
			if strings.Contains(whole.String(), "PARTIAL") || strings.Contains(whole.String(), `"complete": false`) {
				t.Errorf("complete %s is marked partial", f)
			}
		})
	}
}

// TestBatchSummaryFromSummary: the matrix and the per-job lines come from
// the summary, so --top (fewer rows) blanks no score, and a resume whose
// best score is below the floor has best job "none".
func TestBatchSummaryFromSummary(t *testing.T) {
	res := sampleBatch()
	res.Rows = res.Rows[:1] // --top 1
	res.Summary.BestJobs[1].Job = ""
	for _, tt := range []struct {
		f    BatchFormat
		want []string
	}{
		{BatchTable, []string{"cv/bob \"B\".txt  12.0         61.0                  none", "backend.txt           2       50.2", "3 resumes, 2 jobs: 4 pairs scored, 1 resume failed"}},
		{BatchMarkdown, []string{"| cv/bob \"B\".txt | 12.0 | 61.0 | none |", "| frontend, remote.txt | 2 | 50.6 | 50.6 | 40.2 | 61.0 | 0 | 2 | 0 | React (2), C# (1), R&D Budgeting (1), TypeScript (1) |"}},
		{BatchHTML, []string{"<td>cv/bob &#34;B&#34;.txt</td><td class=\"n\">12.0</td><td class=\"n\">61.0</td><td>none</td>"}},
	} {
		var buf bytes.Buffer
		if err := WriteBatch(&buf, tt.f, res, BatchOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(buf.String(), w) {
				t.Errorf("%s lacks %q:\n%s", tt.f, w, buf.String())
			}
		}
	}
	// One job: the overall distribution and missing terms, no job table.
	one := sampleBatch()
	one.Summary.Jobs, one.Summary.ByJob, one.Summary.BestJobs = one.Summary.Jobs[:1], one.Summary.ByJob[:1], nil
	var buf bytes.Buffer
	if err := WriteBatch(&buf, BatchTable, one, BatchOptions{}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "Distribution:") || strings.Contains(out, "By job") || !strings.Contains(out, "3 resumes, 1 job: 4 scored, 1 failed") {
		t.Errorf("one job's table summary:\n%s", out)
	}
}

// TestBatchHTMLPagesByName: Pages is asked with the row as the report
// holds it, so a resume whose name has a control character (cleaned for
// the page) still gets its link.
func TestBatchHTMLPagesByName(t *testing.T) {
	res := sampleBatch()
	res.Rows[0].Resume = "cv/ann\nlee.md"
	pages := func(r report.BatchRow) string {
		if r.Resume == "cv/ann\nlee.md" && r.Error == nil {
			return "pages/ann-" + strconv.Itoa(r.Index) + ".html"
		}
		return ""
	}
	var buf bytes.Buffer
	if err := WriteBatch(&buf, BatchHTML, res, BatchOptions{Pages: pages}); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`<a href="pages/ann-%d.html">cv/ann lee.md</a>`, res.Rows[0].Index)
	if !strings.Contains(buf.String(), want) {
		t.Errorf("html lacks %s:\n%s", want, buf.String())
	}
}

// TestWriteBatchMarkdownNoRows: with no rows (rank --only-failing when all
// pass) markdown says so instead of printing a table of headings alone.
func TestWriteBatchMarkdownNoRows(t *testing.T) {
	res := sampleBatch()
	res.Rows = nil
	var buf bytes.Buffer
	if err := WriteBatch(&buf, BatchMarkdown, res, BatchOptions{RowsOnly: true}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); strings.Contains(out, "| Rank |") || !strings.Contains(out, "No rows to list.") {
		t.Errorf("markdown without rows:\n%s", out)
	}
}
