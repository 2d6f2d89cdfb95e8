package render

// The short "Requirements" section of a match report (the job title,
// education, years of experience, knockouts) in text, Markdown and HTML:
// one row per requirement, its status, what the job asks and what the
// resume shows, each with its line.

import (
	"fmt"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/fatih/color"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// reqRow is one requirement as every format shows it.
type reqRow struct {
	Label, Status, Job, Resume string
}

// requirementRows are the rows of q (a match's or a check's
// requirements), with the line of each side when lines is set; nil
// without any.
func requirementRows(q *report.Requirements, lines bool) []reqRow {
	if q == nil {
		return nil
	}
	t, e, x := q.JobTitle, q.Education, q.Experience
	lineOf := func(ev []report.Evidence) string {
		if !lines || len(ev) == 0 {
			return ""
		}
		return " (line " + strconv.Itoa(ev[0].Line) + ")"
	}
	rows := []reqRow{
		{"Job title", t.Status, titleText(t.Job, "no title found") + lineOf(t.JobEvidence), titleText(t.Resume, "no title of that role") + lineOf(t.ResumeEvidence)},
		{"Education", e.Status, degreeAsk(e) + lineOf(e.JobEvidence), degreeText(e.Resume, "no degree found") + lineOf(e.ResumeEvidence)},
		{"Experience", x.Status, yearsAsk(x) + lineOf(x.JobEvidence), yearsHeld(x)},
	}
	if len(q.Knockouts) > 0 {
		rows = append(rows, reqRow{"Knockouts", "", knockoutKinds(q.Knockouts, lines), "be ready to answer these"})
	}
	for i := range rows {
		rows[i].Job, rows[i].Resume = clean(rows[i].Job), clean(rows[i].Resume)
	}
	return rows
}

// knockoutKinds lists each kind of knockout once, in the job's order,
// with its lines when lines is set: "travel (lines 23, 24)".
func knockoutKinds(ks []report.Knockout, lines bool) string {
	var kinds []string
	at := map[string][]string{}
	for _, k := range ks {
		ls, seen := at[k.Kind]
		if !seen {
			kinds = append(kinds, k.Kind)
		}
		if n := strconv.Itoa(k.Line); k.Line > 0 && !slices.Contains(ls, n) {
			ls = append(ls, n)
		}
		at[k.Kind] = ls
	}
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = strings.ReplaceAll(k, "_", " ")
		switch ls := at[k]; {
		case !lines || len(ls) == 0:
		case len(ls) == 1:
			out[i] += " (line " + ls[0] + ")"
		default:
			out[i] += " (lines " + strings.Join(ls, ", ") + ")"
		}
	}
	return strings.Join(out, ", ")
}

func titleText(s string, none string) string {
	if s == "" {
		return none
	}
	return strconv.Quote(s)
}

func degreeName(d *report.Degree) string {
	s := d.Name
	if d.Level != "" && !strings.Contains(strings.ToLower(d.Name), d.Level) {
		s += " (" + d.Level + ")"
	}
	if d.Field != "" {
		s += " in " + d.Field
	}
	return s
}

func degreeText(d *report.Degree, none string) string {
	if d == nil {
		return none
	}
	return degreeName(d)
}

func degreeAsk(e report.EducationRequirement) string {
	switch {
	case e.Required != nil && e.Preferred != nil:
		return degreeName(e.Required) + ", preferred " + degreeName(e.Preferred)
	case e.Required != nil:
		return degreeName(e.Required)
	case e.Preferred != nil:
		return "preferred " + degreeName(e.Preferred)
	}
	return "not asked"
}

func fmtYears(y float64) string { return strconv.FormatFloat(y, 'f', -1, 64) }

func yearsAsk(x report.ExperienceRequirement) string {
	if x.Status == "not_asked" {
		return "not asked"
	}
	s := fmtYears(x.RequiredYears) + "+ years"
	if x.Preferred {
		s = "preferred " + s
	}
	return s
}

// yearsHeld is the resume's years, and the first kind of work it is below in.
func yearsHeld(x report.ExperienceRequirement) string {
	if len(x.ResumeEvidence) == 0 {
		return "no dated roles"
	}
	s := fmtYears(x.ResumeYears) + " years in dated roles"
	for _, k := range x.Skills {
		if k.Status == "below" {
			s += fmt.Sprintf("; %s of %s+ in %s", fmtYears(k.ResumeYears), fmtYears(k.RequiredYears), k.Skill)
			break
		}
	}
	return s
}

// reqColor is a requirement status's colour in the terminal: green when met,
// yellow when close or unknown, red when short, faint when not asked.
func (t *textPrinter) reqColor(s string) *color.Color {
	switch s {
	case "match", "met":
		return t.p.good
	case "close", "unknown":
		return t.p.warn
	case "missing", "below":
		return t.p.bad
	}
	return t.p.dim
}

// requirements prints one line a requirement, cut to the width between
// words; verbose, with the lines of both sides, wrapped. asOf is the
// report's as_of.
func (t *textPrinter) requirements(q *report.Requirements, asOf string) {
	rows := requirementRows(q, t.o.Verbose)
	if rows == nil {
		return
	}
	const indent = 24 // "  Experience  below     "
	t.printf("\n%s  %s\n", t.p.title.Sprint("Requirements"), t.p.dim.Sprintf("as of %s", clean(asOf)))
	for _, q := range rows {
		line := "job " + q.Job + "; resume " + q.Resume
		if q.Status == "" {
			line = q.Job
		}
		if t.o.Verbose {
			line = wrap(line, t.o.width()-indent, strings.Repeat(" ", indent))
		} else {
			line = shorten(line, "", t.o.width()-indent) // between words
		}
		status := q.Status
		if status != "" {
			status = t.reqColor(status).Sprint(status)
		}
		t.printf("  %-11s %s%s %s\n", q.Label, status, pad(q.Status, 9), line)
	}
}

// requirements writes the section as a table; asOf is the report's as_of.
func (m *mdPrinter) requirements(q *report.Requirements, asOf string) {
	rows := requirementRows(q, true)
	if rows == nil {
		return
	}
	m.printf("\n## Requirements\n\n")
	m.header("Requirement", "Status", "Job", "Resume")
	for _, q := range rows {
		m.row(q.Label, q.Status, q.Job, q.Resume)
	}
	m.printf("\n<sub>as of %s</sub>\n", mdText(asOf))
}

// RequirementsHTML is the section, or nothing without requirements. Every
// text goes through HTMLEscapeString.
func (h htmlMatch) RequirementsHTML() template.HTML {
	rows := requirementRows(h.Requirements, true)
	if rows == nil {
		return ""
	}
	esc := template.HTMLEscapeString
	var b strings.Builder
	fmt.Fprintf(&b, "<h2>Requirements</h2>\n<p class=\"muted\">As of %s.</p>\n", esc(clean(h.AsOf)))
	b.WriteString("<table id=\"requirements\"><thead><tr><th>Requirement</th><th>Status</th><th>Job</th><th>Resume</th></tr></thead><tbody>\n")
	for _, q := range rows {
		class := ""
		switch q.Status {
		case "match", "met":
			class = "good"
		case "close", "unknown":
			class = "fair"
		case "missing", "below":
			class = "poor"
		}
		fmt.Fprintf(&b, "<tr><td>%s</td><td class=\"%s\">%s</td><td>%s</td><td>%s</td></tr>\n", esc(q.Label), class, esc(q.Status), esc(q.Job), esc(q.Resume))
	}
	b.WriteString("</tbody></table>\n")
	return template.HTML(b.String())
}
