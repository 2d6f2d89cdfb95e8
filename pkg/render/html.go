package render

import (
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// HTML is a self-contained page for one match: inline CSS and SVG, no
// scripts or external resources, so it can be mailed or archived as a file.
const HTML Format = "html"

// Registered here so the format and its printer live in one file; it is
// listed in Formats() but renders only a MatchResult (see formatsOf).
func init() { printers[HTML] = writeHTML }

var matchHTML = template.Must(template.New("match").Funcs(template.FuncMap{
	"f1":   fmt1,
	"pct":  func(v float64) float64 { return min(max(v, 0), 100) },
	"dash": func(v float64) string { return fmt1(min(max(v, 0), 100) * gaugeLen / 100) },
	"band": scoreBand,
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>atsmatch: {{.Resume.Name}} vs {{.Job.Name}}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:80em;padding:0 1em;color:#222}
header{display:flex;gap:2em;align-items:center;flex-wrap:wrap}
.gauge text{font:bold 28px system-ui,sans-serif}
.gauge .track{stroke:#e6e6e6}.good{stroke:#2e7d32;color:#2e7d32}.fair{stroke:#e0a100;color:#b07d00}.poor{stroke:#c62828;color:#c62828}
.subs{min-width:20em}.sub{display:flex;align-items:center;gap:.6em;margin:.3em 0}.sub span:first-child{width:4em}
.track-bar{flex:1;background:#eee;height:.9em;border-radius:.45em;overflow:hidden}.fill{height:100%;background:#3a7bd5}
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{padding:.3em .6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
mark.hit{background:#c8f0c8}mark.miss{background:#ffd0d0}mark.ign{background:#eee;text-decoration:underline dotted}.muted{color:#777}
details{margin:1em 0}summary{cursor:pointer;font-weight:600}
.docs{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}.doc ol{padding-left:3.5em;margin:0}.doc li{margin:.15em 0}
.doc{border:1px solid #ddd;border-radius:4px;padding:.5em 1em;overflow-wrap:anywhere}
</style></head><body>
<h1>atsmatch match</h1>
<p class="muted">Resume <b>{{.Resume.Name}}</b> against job <b>{{.Job.Name}}</b>. Dictionary {{.DictionaryVersion}}, algorithm {{.AlgorithmVersion}}.</p>
<header>
<svg class="gauge {{band .Score}}" id="score-gauge" width="140" height="140" viewBox="0 0 140 140" role="img" aria-label="score {{f1 .Score}} of 100">
<circle class="track" cx="70" cy="70" r="60" fill="none" stroke-width="14"/>
<circle class="{{band .Score}}" cx="70" cy="70" r="60" fill="none" stroke-width="14" stroke-dasharray="{{dash .Score}} 1000" transform="rotate(-90 70 70)"/>
<text x="70" y="80" text-anchor="middle" fill="currentColor">{{f1 .Score}}</text></svg>
<div class="subs" id="subscores">
<div class="sub"><span>Hard</span><span class="track-bar"><span class="fill" data-kind="hard" style="display:block;width:{{pct .Subscores.Hard}}%"></span></span><span>{{f1 .Subscores.Hard}}</span></div>
<div class="sub"><span>Soft</span><span class="track-bar"><span class="fill" data-kind="soft" style="display:block;width:{{pct .Subscores.Soft}}%"></span></span><span>{{f1 .Subscores.Soft}}</span></div>
<p class="muted">Hard skills {{.Coverage.HardMatched}}/{{.Coverage.HardTotal}}, soft skills {{.Coverage.SoftMatched}}/{{.Coverage.SoftTotal}}.</p>
</div></header>
{{.RequirementsHTML}}<h2>Missing ({{len .Missing}})</h2>
{{if .Missing}}<table id="missing"><thead><tr><th>Term</th><th>Kind</th><th>Required</th><th>Job evidence</th><th>Suggestion</th></tr></thead><tbody>
{{range .Missing}}<tr><td>{{.Term}}</td><td>{{.Kind}}</td><td>{{.Asked}}</td><td>{{range .Evidence}}<div>line {{.Line}}: {{.HTML}}</div>{{end}}{{if .Note}}<div class="muted">{{.Note}}</div>{{end}}</td><td>{{.Suggestion}}</td></tr>
{{end}}</tbody></table>{{else}}<p class="muted">The resume has every job term.</p>{{end}}
<h2>Matched ({{len .Matched}})</h2>
{{if .Matched}}<table id="matched"><thead><tr><th>Term</th><th>Kind</th><th>How</th><th>Required</th><th>Resume evidence</th></tr></thead><tbody>
{{range .Matched}}<tr><td>{{.Term}}</td><td>{{.Kind}}</td><td>{{.Match}}</td><td>{{.Asked}}</td><td>{{range .Evidence}}<div>line {{.Line}}: {{.HTML}}</div>{{end}}{{if .Note}}<div class="muted">{{.Note}}</div>{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p class="muted">No job term was found in the resume.</p>{{end}}
{{if .Suggestions}}<h2>Suggestions</h2><ol>{{range .Suggestions}}<li>{{.}}</li>{{end}}</ol>{{end}}
{{.FindingsHTML}}{{if .IgnoredWords}}<details id="ignored-words"><summary>Ignored words ({{len .IgnoredWords}})</summary>
<p class="muted">Words that look like a skill but were read as ordinary words, and the rule that decided.</p>
<table><thead><tr><th>Document</th><th>Lines</th><th>Word</th><th>Term</th><th>Rule</th><th>First line</th></tr></thead><tbody>
{{range .IgnoredWords}}<tr><td>{{.Role}}</td><td>{{.Lines}}</td><td>{{.Surface}}</td><td>{{.Term}}</td><td>{{.Rule}}</td><td>{{.HTML}}</td></tr>
{{end}}</tbody></table></details>
{{end}}<h2>Side by side</h2>
<p class="muted">{{if .Whole}}Both documents as the matcher read them{{else}}The lines each document was matched on{{end}}; <mark class="hit">matched</mark> and <mark class="miss">missing</mark> terms are highlighted.</p>
<div class="docs" id="documents">
<section class="doc" id="job-doc"><h3>Job: {{.Job.Name}}</h3>{{if .JobLines}}<ol>{{range .JobLines}}<li value="{{.Line}}">{{.HTML}}</li>{{end}}</ol>{{else}}<p class="muted">No evidence lines.</p>{{end}}</section>
<section class="doc" id="resume-doc"><h3>Resume: {{.Resume.Name}}</h3>{{if .ResumeLines}}<ol>{{range .ResumeLines}}<li value="{{.Line}}">{{.HTML}}</li>{{end}}</ol>{{else}}<p class="muted">No evidence lines.</p>{{end}}</section>
</div>
</body></html>
`))

// gaugeLen is the circumference of the gauge circle (r=60).
const gaugeLen = 2 * 3.14159265 * 60

// scoreBand names the gauge colour; the cut-offs match the text report.
func scoreBand(s float64) string {
	switch {
	case s >= 70:
		return "good"
	case s >= 40:
		return "fair"
	}
	return "poor"
}

// htmlLine is one document line with its highlighted spans.
type htmlLine struct {
	Line int
	HTML template.HTML
}

type htmlTerm struct {
	Term, Kind, Match, Suggestion string
	Note                          string // a missing term the resume has as an ordinary word; the verdict rule of a matched one met another way
	Asked                         string // required, preferred or no
	Evidence                      []htmlLine
}

// htmlMatch is the template's view of a match.
type htmlMatch struct {
	*report.MatchResult
	Matched, Missing      []htmlTerm
	Suggestions           []string
	JobLines, ResumeLines []htmlLine
	Whole                 bool // whole documents, not just evidence lines
	IgnoredWords          []htmlIgnored
}

// htmlIgnored is one row of the ignored ambiguous words.
type htmlIgnored struct {
	Role, Lines, Surface, Term, Rule string
	HTML                             template.HTML // the first line, the word marked
}

func writeHTML(w io.Writer, v any, _ Options) error {
	r, ok := v.(*report.MatchResult)
	if !ok {
		return unsupported(HTML, v)
	}
	// Each document's highlights: every surface seen on a line, tagged with
	// the class of its term (a job line can hold matched and missing terms).
	job, resume := lineMarks{}, lineMarks{}
	// A shallow copy so names can be cleaned of control characters.
	c := *r
	c.Job.Name, c.Resume.Name = clean(r.Job.Name), clean(r.Resume.Name)
	c.DictionaryVersion, c.AlgorithmVersion = clean(r.DictionaryVersion), clean(r.AlgorithmVersion)
	h := htmlMatch{MatchResult: &c}
	for _, m := range r.Matched {
		job.add(m.JobEvidence, "hit")
		resume.add(m.ResumeEvidence, "hit")
	}
	for _, m := range r.Missing {
		job.add(m.JobEvidence, "miss")
	}
	for _, m := range r.Matched {
		t := htmlTerm{Term: clean(askName(m.Term, m.Alternatives, m.Open)), Kind: clean(m.Kind), Match: clean(howText(m)),
			Asked: askedLabel(m.Required, m.Preferred), Evidence: evidenceLines(m.ResumeEvidence, "hit")}
		if len(m.ResumeEvidence) > 0 {
			t.Note = clean(verdictRule(m.ResumeEvidence[0]))
		}
		h.Matched = append(h.Matched, t)
	}
	for _, m := range r.Missing {
		t := htmlTerm{Term: clean(askName(m.Term, m.Alternatives, m.Open)), Kind: clean(m.Kind), Asked: askedLabel(m.Required, m.Preferred),
			Suggestion: clean(m.Suggestion), Evidence: evidenceLines(m.JobEvidence, "miss")}
		if im, ok := resumeIgnored(r, m.Term); ok {
			t.Note = clean(ignoredNote(im))
		}
		h.Missing = append(h.Missing, t)
	}
	for _, d := range ignoredDocs(r) {
		for _, im := range d.entries {
			h.IgnoredWords = append(h.IgnoredWords, htmlIgnored{Role: d.role, Lines: lineList(im), Surface: clean(im.Surface),
				Term: clean(im.Term), Rule: clean(im.Rule), HTML: highlight(im.Text, []mark{{im.Surface, "ign"}})})
		}
	}
	for _, s := range uniqueSuggestions(r.Suggestions, nil) {
		h.Suggestions = append(h.Suggestions, clean(s))
	}
	h.JobLines, h.ResumeLines = job.lines(r.JobLines), resume.lines(r.ResumeLines)
	h.Whole = len(r.JobLines) > 0 || len(r.ResumeLines) > 0
	return matchHTML.Execute(w, h)
}

// lineMarks collects, per line number, the text and the surfaces to mark.
type lineMarks map[int]*markedLine

type markedLine struct {
	text  string
	marks []mark
}

type mark struct{ surface, class string }

func (lm lineMarks) add(ev []report.Evidence, class string) {
	for _, e := range ev {
		l := lm[e.Line]
		if l == nil {
			l = &markedLine{text: e.Text}
			lm[e.Line] = l
		}
		if e.Surface != "" {
			l.marks = append(l.marks, mark{e.Surface, class})
		}
	}
}

// lines renders the whole document when its lines are known, else only
// the evidence lines. Blank lines are left out; <li value> keeps numbers.
func (lm lineMarks) lines(doc []string) []htmlLine {
	if len(doc) > 0 {
		out := make([]htmlLine, 0, len(doc))
		for i, text := range doc {
			if strings.TrimSpace(text) == "" {
				continue
			}
			var marks []mark
			if l := lm[i+1]; l != nil {
				marks = l.marks
			}
			out = append(out, htmlLine{Line: i + 1, HTML: highlight(text, marks)})
		}
		return out
	}
	out := make([]htmlLine, 0, len(lm))
	for n, l := range lm {
		out = append(out, htmlLine{Line: n, HTML: highlight(l.text, l.marks)})
	}
	slices.SortFunc(out, func(a, b htmlLine) int { return cmp.Compare(a.Line, b.Line) })
	return out
}

func evidenceLines(ev []report.Evidence, class string) []htmlLine {
	out := make([]htmlLine, 0, len(ev))
	for i := 0; i < len(ev); {
		// A group cites each member, often on one line: one line, each marked.
		var m []mark
		j := i
		for ; j < len(ev) && ev[j].Line == ev[i].Line; j++ {
			if ev[j].Surface != "" {
				m = append(m, mark{ev[j].Surface, class})
			}
		}
		out = append(out, htmlLine{Line: ev[i].Line, HTML: highlight(ev[i].Text, m)})
		i = j
	}
	return out
}

// highlight escapes text and wraps the first case-insensitive occurrence
// of each surface in <mark>; overlapping marks keep the earlier (longer
// first) one. Everything outside the tags goes through HTMLEscapeString,
// so document text can never inject markup.
func highlight(text string, marks []mark) template.HTML {
	r := []rune(clean(text))
	type span struct {
		lo, hi int
		class  string
	}
	marks = slices.Clone(marks)
	slices.SortStableFunc(marks, func(a, b mark) int {
		return cmp.Compare(utf8.RuneCountInString(b.surface), utf8.RuneCountInString(a.surface))
	})
	var spans []span
	for _, m := range marks {
		surface := clean(m.surface)
		n := utf8.RuneCountInString(surface)
		lo := indexFold(r, surface)
		if n == 0 || lo < 0 { // an empty mark would overlap nothing and reorder spans
			continue
		}
		hi := lo + n
		if slices.ContainsFunc(spans, func(s span) bool { return lo < s.hi && s.lo < hi }) {
			continue
		}
		spans = append(spans, span{lo, hi, m.class})
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.lo, b.lo) })
	var b strings.Builder
	at := 0
	for _, s := range spans {
		b.WriteString(template.HTMLEscapeString(string(r[at:s.lo])))
		fmt.Fprintf(&b, `<mark class="%s">%s</mark>`, s.class, template.HTMLEscapeString(string(r[s.lo:s.hi])))
		at = s.hi
	}
	b.WriteString(template.HTMLEscapeString(string(r[at:])))
	return template.HTML(b.String())
}
