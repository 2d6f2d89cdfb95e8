package render

import (
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// marketHTML is a self-contained page (inline CSS, no scripts, no external
// resources), as rank's: a bar per term for its share of the postings.
// html/template escapes every name, term and wording.
var marketHTML = template.Must(template.New("market").Funcs(template.FuncMap{
	"pct":    percent,
	"width":  func(share float64) int { return int(min(max(share, 0), 1)*200 + 0.5) },
	"join":   func(s []string) string { return strings.Join(s, ", ") },
	"resume": resumeCell,
	"unmet":  unmetOf,
	"inc":    func(i int) int { return i + 1 },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>atsmatch market{{if not .Complete}} (partial){{end}}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:.8em;background:#3a7bd5;vertical-align:middle;margin-right:.4em}
td.share{white-space:nowrap}.yes{color:#2e7d32}.no{color:#a00}.fail{color:#a00}.muted{color:#777}
.wrap{overflow-x:auto}
{{if not .Complete}}.partial{background:#fff3cd;border:2px solid #c90;padding:.6em 1em;font-weight:bold}
{{end}}</style></head><body>
<h1>atsmatch market</h1>
{{if not .Complete}}<p class="partial" role="alert">{{.PartialNote}}</p>
{{end}}<p>{{.Summary}}.{{if .Resume}} Resume: <b>{{.Resume}}</b>.{{end}}</p>
{{if .Failed}}<h2>Skipped ({{len .Failed}})</h2><ul>{{range .Failed}}<li class="fail">{{.File}} ({{.Kind}}): {{.Error}}</li>{{end}}</ul>
{{end}}<h2>Most demanded ({{len .Terms}} of {{.MatchingTerms}})</h2>
{{if .Terms}}<div class="wrap"><table id="terms"><thead><tr><th>#</th><th>Term</th><th>Kind</th><th>Share of postings</th><th>Postings</th><th>Required</th><th>Alternative</th>{{if .Resume}}<th>In resume</th>{{end}}<th>Wordings</th><th>Or</th></tr></thead><tbody>
{{range $i, $t := .Terms}}<tr><td class="n">{{inc $i}}</td><td>{{$t.Term}}</td><td>{{$t.Kind}}</td><td class="share"><span class="bar" style="width:{{width $t.Share}}px"></span>{{pct $t.Share}}</td><td class="n">{{$t.Postings}}</td><td class="n">{{$t.Required}}</td><td class="n">{{$t.Alternative}}</td>{{if $.Resume}}<td class="{{resume $t}}">{{resume $t}}</td>{{end}}<td>{{join $t.Wordings}}</td><td>{{join $t.Alternatives}}</td></tr>
{{end}}</tbody></table></div>{{else}}<p class="muted">None.</p>{{end}}
{{if .Resume}}<h2>Top gaps ({{len .Gaps}})</h2><p class="muted">Not in the resume, by postings whose ask it leaves unmet.</p>
{{if .Gaps}}<table id="gaps"><thead><tr><th>#</th><th>Term</th><th>Kind</th><th>Unmet</th><th>Postings</th><th>Required</th></tr></thead><tbody>
{{range $i, $t := .Gaps}}<tr><td class="n">{{inc $i}}</td><td>{{$t.Term}}</td><td>{{$t.Kind}}</td><td class="n">{{unmet $t}}</td><td class="n">{{$t.Postings}}</td><td class="n">{{$t.Required}}</td></tr>
{{end}}</tbody></table>{{else}}<p class="muted">None.</p>{{end}}
{{end}}<p class="muted">Dictionary {{.DictionaryVersion}}, algorithm {{.AlgorithmVersion}}.</p>
</body></html>
`))

// htmlMarket is the template's view of a market.
type htmlMarket struct{ *report.MarketResult }

// PartialNote is the banner of a market that is not Complete.
func (htmlMarket) PartialNote() string { return marketPartial }

// Summary is the line under the title.
func (h htmlMarket) Summary() string { return marketSummary(h.MarketResult) }

func writeMarketHTML(w io.Writer, r *report.MarketResult) error {
	// A copy, so names can be cleaned of control characters as in writeHTML.
	c := *r
	c.Resume = clean(c.Resume)
	c.Failed = slices.Clone(r.Failed)
	for i := range c.Failed {
		c.Failed[i].File, c.Failed[i].Error = clean(c.Failed[i].File), clean(c.Failed[i].Error)
	}
	return marketHTML.Execute(w, htmlMarket{&c})
}
