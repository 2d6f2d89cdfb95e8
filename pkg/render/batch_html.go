package render

import (
	"html/template"
	"io"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// batchHTML is a self-contained page: inline CSS and one small inline
// script (sortable columns, a filter box; the page reads the same without
// it), no external resources, so it can be mailed or archived as one file.
// html/template escapes every file name and term. Under 600 pixels wide
// the sub-score columns and the bars go and cells wrap anywhere, so a phone
// (420 px) scrolls no page sideways; a wide matrix scrolls in its box.
var batchHTML = template.Must(template.New("batch").Funcs(template.FuncMap{
	"f1":   fmt1,
	"pct":  func(v float64) float64 { return min(max(v, 0), 100) },
	"top":  bucketTop,
	"join": func(s []string) string { return joinComma(s) },
	"kind": kindNote,
	"hs":   func(k int) bool { return k >= 3 && k <= 5 },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>atsmatch rank{{if not .Complete}} (partial){{end}}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.bar{display:inline-block;height:.8em;background:#3a7bd5;vertical-align:middle;max-width:55vw}
td.score{text-align:left;white-space:nowrap}td.score .num{display:inline-block;min-width:3em;margin-right:.4em;text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
th[aria-sort=ascending] button::after{content:" \25B2"}th[aria-sort=descending] button::after{content:" \25BC"}
#filter{box-sizing:border-box;width:100%;max-width:24em;padding:.3em;font:inherit}
.fail{color:#a00}.muted{color:#777}
@media (max-width:600px){body{margin:1em auto;padding:0 .5em}.hs,td.score .bar{display:none}th,td{padding:.25em .3em}}
{{if not .Complete}}.partial{background:#fff3cd;border:2px solid #c90;padding:.6em 1em;font-weight:bold}
{{end}}</style></head><body>
<h1>atsmatch rank</h1>
{{if not .Complete}}<p class="partial" role="alert">{{.PartialNote}}</p>
{{end}}<p>{{.Counts}}.
{{with .Summary}}{{if .Scored}}Mean {{f1 .Mean}}, median {{f1 .Median}}, min {{f1 .Min}}, max {{f1 .Max}}.{{end}}</p>{{end}}
<p><input type="search" id="filter" placeholder="Filter rows: a name or a term" aria-label="Filter rows" hidden></p>
<table id="rows"><thead><tr><th data-num>Rank</th><th>Resume</th><th>Job</th><th data-num>Score</th><th class="hs" data-num>Hard</th><th class="hs" data-num>Soft</th><th>Top missing</th></tr></thead><tbody>
{{range $i, $r := .Rows}}<tr>{{$page := index $.Pages $i}}{{if $r.Error}}<td>-</td><td>{{$r.Resume}}</td><td>{{$r.Job}}</td><td>-</td><td class="hs">-</td><td class="hs">-</td><td class="fail">error ({{$r.Error.Kind}}): {{$r.Error.Message}}</td>
{{else}}<td class="n">{{index $.Ranks $i}}</td><td>{{if $page}}<a href="{{$page}}">{{$r.Resume}}</a>{{else}}{{$r.Resume}}{{end}}</td><td>{{$r.Job}}</td><td class="score"><span class="num">{{f1 $r.Score}}</span><span class="bar" style="width:{{pct $r.Score}}px"></span></td><td class="n hs">{{f1 $r.Subscores.Hard}}</td><td class="n hs">{{f1 $r.Subscores.Soft}}</td><td>{{if $r.DocumentKind}}<span class="fail">{{kind $r.DocumentKind}}</span>{{else}}{{join $r.TopMissing}}{{end}}</td>
{{end}}</tr>
{{end}}</tbody></table>
{{if gt (len .Summary.Jobs) 1}}<h2>By job</h2>
<div class="scroll"><table><tr><th>Job</th><th>Scored</th><th>Mean</th><th class="hs">Median</th><th class="hs">Min</th><th class="hs">Max</th>{{range .BandHeads}}<th>{{.}}</th>{{end}}<th>Most often missing</th></tr>
{{range .Jobs}}<tr>{{range $k, $c := .Cells}}<td{{if $k}} class="n{{if hs $k}} hs{{end}}"{{end}}>{{$c}}</td>{{end}}<td>{{.Missing}}</td></tr>
{{end}}</table></div>
{{if .Summary.BestJobs}}<h2>Resume × job</h2>
<div class="scroll"><table><tr><th>Resume</th>{{range .Summary.Jobs}}<th>{{.}}</th>{{end}}<th>Best job {{.Floor}}</th></tr>
{{range .Matrix}}<tr>{{range $k, $c := .}}<td{{if and $k (lt $k $.LastCol)}} class="n"{{end}}>{{$c}}</td>{{end}}</tr>
{{end}}</table></div>{{end}}
{{else}}{{with .Summary}}{{if .Scored}}<h2>Score distribution</h2>
<table>{{range .Histogram}}<tr><td class="n">{{.From}}-{{top .}}</td><td><span class="bar" style="width:{{$.Width .Count}}px"></span> {{.Count}}</td></tr>
{{end}}</table>{{end}}
{{if .CommonMissing}}<h2>Most often missing</h2><p class="muted">What to teach.</p>
<table><tr><th>Term</th><th>Count</th></tr>{{range .CommonMissing}}<tr><td>{{.Term}}</td><td class="n">{{.Count}}</td></tr>
{{end}}</table>{{end}}{{end}}{{end}}
<script>
(function () {
  var t = document.getElementById("rows"), b = t.tBodies[0], f = document.getElementById("filter");
  var heads = t.tHead.rows[0].cells, each = Array.prototype.forEach;
  f.hidden = false;
  f.oninput = function () {
    var q = f.value.toLowerCase();
    each.call(b.rows, function (r) { r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0; });
  };
  each.call(heads, function (h, i) {
    var btn = document.createElement("button"), num = h.hasAttribute("data-num");
    btn.type = "button";
    btn.textContent = h.textContent;
    h.textContent = "";
    h.appendChild(btn);
    btn.onclick = function () {
      var was = h.getAttribute("aria-sort"), up = num ? was === "descending" : was !== "ascending";
      each.call(heads, function (x) { x.removeAttribute("aria-sort"); });
      h.setAttribute("aria-sort", up ? "ascending" : "descending");
      var key = function (r) { var s = r.cells[i].textContent.trim(); return num ? parseFloat(s) : s.toLowerCase(); };
      var rows = Array.prototype.slice.call(b.rows);
      rows.sort(function (x, y) {
        var p = key(x), q = key(y);
        if (num) {
          if (isNaN(p) || isNaN(q)) { return isNaN(p) - isNaN(q); }
          return up ? p - q : q - p;
        }
        return up ? p.localeCompare(q) : q.localeCompare(p);
      });
      rows.forEach(function (r) { b.appendChild(r); });
    };
  });
})();
</script>
</body></html>
`))

// htmlBatch is the template's view of a batch.
type htmlBatch struct {
	*report.BatchResult
	Ranks  []string
	Pages  []string   // each row's match page (rank --html-dir), "" for none
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

func writeBatchHTML(w io.Writer, res *report.BatchResult, pages func(report.BatchRow) string) error {
	// Links first: pages knows a row by its names as read, not as cleaned.
	links := make([]string, len(res.Rows))
	if pages != nil {
		for i, r := range res.Rows {
			links[i] = pages(r)
		}
	}
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
	h := htmlBatch{BatchResult: res, Ranks: ranks(res.Rows), Pages: links}
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
