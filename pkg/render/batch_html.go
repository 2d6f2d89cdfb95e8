package render

import (
	"html/template"
	"io"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// batchHTML is a self-contained page: inline CSS, no scripts, no external
// resources, so it can be mailed or archived as one file. html/template
// escapes every file name and term.
var batchHTML = template.Must(template.New("batch").Funcs(template.FuncMap{
	"f1":   fmt1,
	"pct":  func(v float64) float64 { return min(max(v, 0), 100) },
	"top":  bucketTop,
	"join": func(s []string) string { return joinComma(s) },
	"kind": kindNote,
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>atsmatch rank{{if not .Complete}} (partial){{end}}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:.8em;background:#3a7bd5;vertical-align:middle}
td.score{text-align:left;white-space:nowrap}td.score .num{display:inline-block;min-width:3em;margin-right:.4em;text-align:right;font-variant-numeric:tabular-nums}
.fail{color:#a00}.muted{color:#777}
{{if not .Complete}}.partial{background:#fff3cd;border:2px solid #c90;padding:.6em 1em;font-weight:bold}
{{end}}</style></head><body>
<h1>atsmatch rank</h1>
{{if not .Complete}}<p class="partial" role="alert">{{.PartialNote}}</p>
{{end}}<p>{{.Counts}}.
{{with .Summary}}{{if .Scored}}Mean {{f1 .Mean}}, median {{f1 .Median}}, min {{f1 .Min}}, max {{f1 .Max}}.{{end}}</p>{{end}}
<table><thead><tr><th>Rank</th><th>Resume</th><th>Job</th><th>Score</th><th>Hard</th><th>Soft</th><th>Top missing</th></tr></thead><tbody>
{{range $i, $r := .Rows}}<tr>{{if $r.Error}}<td>-</td><td>{{$r.Resume}}</td><td>{{$r.Job}}</td><td colspan="4" class="fail">error ({{$r.Error.Kind}}): {{$r.Error.Message}}</td>
{{else}}<td class="n">{{index $.Ranks $i}}</td><td>{{$r.Resume}}</td><td>{{$r.Job}}</td><td class="score"><span class="num">{{f1 $r.Score}}</span><span class="bar" style="width:{{pct $r.Score}}px"></span></td><td class="n">{{f1 $r.Subscores.Hard}}</td><td class="n">{{f1 $r.Subscores.Soft}}</td><td>{{if $r.DocumentKind}}<span class="fail">{{kind $r.DocumentKind}}</span>{{else}}{{join $r.TopMissing}}{{end}}</td>
{{end}}</tr>
{{end}}</tbody></table>
{{if gt (len .Summary.Jobs) 1}}<h2>By job</h2>
<table><tr><th>Job</th><th>Scored</th><th>Mean</th><th>Median</th><th>Min</th><th>Max</th>{{range .BandHeads}}<th>{{.}}</th>{{end}}<th>Most often missing</th></tr>
{{range .Jobs}}<tr>{{range $k, $c := .Cells}}<td{{if $k}} class="n"{{end}}>{{$c}}</td>{{end}}<td>{{.Missing}}</td></tr>
{{end}}</table>
{{if .Summary.BestJobs}}<h2>Resume × job</h2>
<table><tr><th>Resume</th>{{range .Summary.Jobs}}<th>{{.}}</th>{{end}}<th>Best job {{.Floor}}</th></tr>
{{range .Matrix}}<tr>{{range $k, $c := .}}<td{{if and $k (lt $k $.LastCol)}} class="n"{{end}}>{{$c}}</td>{{end}}</tr>
{{end}}</table>{{end}}
{{else}}{{with .Summary}}{{if .Scored}}<h2>Score distribution</h2>
<table>{{range .Histogram}}<tr><td class="n">{{.From}}-{{top .}}</td><td><span class="bar" style="width:{{$.Width .Count}}px"></span> {{.Count}}</td></tr>
{{end}}</table>{{end}}
{{if .CommonMissing}}<h2>Most often missing</h2><p class="muted">What to teach.</p>
<table><tr><th>Term</th><th>Count</th></tr>{{range .CommonMissing}}<tr><td>{{.Term}}</td><td class="n">{{.Count}}</td></tr>
{{end}}</table>{{end}}{{end}}{{end}}
</body></html>
`))

// htmlBatch is the template's view of a batch.
type htmlBatch struct {
	*report.BatchResult
	Ranks  []string
	Jobs   []htmlJob  // with several jobs, one per job
	Matrix [][]string // with several jobs, one per resume
	most   int
}

// htmlJob is one job's line of the summary.
type htmlJob struct {
	Cells   []string
	Missing string
}

// PartialNote is the banner of a batch that is not Complete.
func (htmlBatch) PartialNote() string { return partialNote }

// Counts is the summary's first line.
func (h htmlBatch) Counts() string { return countsLine(h.Summary) }

// BandHeads title the band columns.
func (htmlBatch) BandHeads() []string { return bandHeads }

// Floor is the best-job floor, "(40+)".
func (h htmlBatch) Floor() string { return floorLabel(h.Summary) }

// LastCol is the matrix's best-job column, which is no number.
func (h htmlBatch) LastCol() int { return len(h.Summary.Jobs) + 1 }

// Width scales a histogram count to at most 300 pixels.
func (h htmlBatch) Width(n int) int {
	if h.most == 0 {
		return 0
	}
	return n * 300 / h.most
}

func writeBatchHTML(w io.Writer, res *report.BatchResult) error {
	// Copies, so names can be cleaned of control characters as in writeHTML.
	c := *res
	c.Rows = slices.Clone(res.Rows)
	for i := range c.Rows {
		c.Rows[i].Resume, c.Rows[i].Job = clean(c.Rows[i].Resume), clean(c.Rows[i].Job)
	}
	c.Summary.Jobs = slices.Clone(res.Summary.Jobs)
	for i := range c.Summary.Jobs {
		c.Summary.Jobs[i] = clean(c.Summary.Jobs[i])
	}
	res = &c
	h := htmlBatch{BatchResult: res, Ranks: ranks(res.Rows)}
	for _, b := range res.Summary.Histogram {
		h.most = max(h.most, b.Count)
	}
	if len(res.Summary.Jobs) > 1 {
		for _, j := range res.Summary.ByJob {
			cells := jobCells(j)
			cells[0] = clean(cells[0])
			h.Jobs = append(h.Jobs, htmlJob{Cells: cells, Missing: clean(termCounts(j.CommonMissing))})
		}
		for _, b := range res.Summary.BestJobs {
			cells := matrixCells(b, len(res.Summary.Jobs))
			cells[0], cells[len(cells)-1] = clean(cells[0]), clean(cells[len(cells)-1])
			h.Matrix = append(h.Matrix, cells)
		}
	}
	return batchHTML.Execute(w, h)
}
