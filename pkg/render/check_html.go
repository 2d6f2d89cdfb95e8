package render

// The "ATS findings" section `match --check` adds to the HTML match page.

import (
	"fmt"
	"html/template"
	"strings"
)

// FindingsHTML is the section, or nothing without findings. Every text
// goes through HTMLEscapeString.
func (h htmlMatch) FindingsHTML() template.HTML {
	f := h.MatchResult.ATSFindings
	if f == nil {
		return ""
	}
	esc := template.HTMLEscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<h2>ATS findings</h2>\n<p class=\"muted\" id=\"ats-summary\">%d pass, %d warn, %d fail</p>\n",
		f.Summary.Pass, f.Summary.Warn, f.Summary.Fail)
	passed := 0
	for i, c := range checkOrder(f.Checks) {
		if c.Status == statusPass {
			passed++
			continue
		}
		if i == 0 {
			b.WriteString("<table id=\"ats-findings\"><thead><tr><th>Status</th><th>Check</th><th>Finding</th><th>Lines</th><th>Fix</th></tr></thead><tbody>\n")
		}
		class := "fair"
		if c.Status == statusFail {
			class = "poor"
		}
		lines := ""
		if len(c.Lines) > 0 {
			lines = lineLabels(c.Lines)
		}
		fmt.Fprintf(&b, "<tr><td class=\"%s\">%s %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n", class,
			esc(statusMark(c.Status)), esc(c.Status), esc(clean(c.ID)), esc(clean(c.Message)), esc(lines), esc(clean(c.Fix)))
	}
	if passed < len(f.Checks) {
		b.WriteString("</tbody></table>\n")
	}
	if passed > 0 {
		fmt.Fprintf(&b, "<p class=\"muted\">%d %s passed.</p>\n", passed, plural(passed, "check"))
	}
	return template.HTML(b.String())
}
