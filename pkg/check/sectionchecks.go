package check

// Sections: the standard headings an ATS parser maps to its fields
// (Experience, Education, Skills; Summary optional), and the headings it
// would not recognise, each with the standard name to use instead.

import (
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/sections"
)

// maxHeadingWords bounds a heading line; longer lines are prose.
const maxHeadingWords = 5

// oddHeading is a heading an ATS parser may not recognise.
type oddHeading struct {
	line    int // 0-based
	text    string
	section string // the section it stands for
}

func sectionFindings(v *view) []Finding {
	odd := v.oddHeadings()
	out := []Finding{
		v.required(sections.Experience, Fail, odd),
		v.required(sections.Education, Warn, odd),
		v.required(sections.Skills, Warn, odd),
	}
	if ok, line := v.hasSection(sections.Summary); ok {
		out = append(out, Finding{ID: "sections.summary", Status: Pass, Message: "summary section found", Lines: []int{line}})
	} else {
		out = append(out, Finding{ID: "sections.summary", Status: Pass,
			Message: "no summary section (optional: two or three lines under \"Summary\" help a recruiter)"})
	}
	return append(out, headingsFinding(odd))
}

// required checks that section s has a standard heading; missing is the
// status without one.
func (v *view) required(s string, missing Status, odd []oddHeading) Finding {
	id := "sections." + s
	name := standardName[s]
	if ok, line := v.hasSection(s); ok {
		return Finding{ID: id, Status: Pass, Message: strings.ToLower(name) + " section found", Lines: []int{line}}
	}
	f := Finding{ID: id, Status: missing, Message: fmt.Sprintf("no %s section heading found", strings.ToLower(name)),
		Fix: fmt.Sprintf("add a heading named %q above your %s", name, strings.ToLower(name))}
	for _, o := range odd {
		if o.section == s {
			f.Message = fmt.Sprintf("no %s section an ATS recognises: %q is not a standard heading", strings.ToLower(name), o.text)
			f.Lines = []int{o.line + 1}
			f.Fix = fmt.Sprintf("rename %q (line %d) to %q", o.text, o.line+1, name)
			break
		}
	}
	return f
}

func headingsFinding(odd []oddHeading) Finding {
	if len(odd) == 0 {
		return Finding{ID: "sections.headings", Status: Pass, Message: "every heading is a standard one"}
	}
	var names, fixes []string
	var idx []int
	for _, o := range odd {
		names = append(names, fmt.Sprintf("%q", o.text))
		fixes = append(fixes, fmt.Sprintf("%q → %q", o.text, standardName[o.section]))
		idx = append(idx, o.line)
	}
	return Finding{ID: "sections.headings", Status: Warn,
		Message: fmt.Sprintf("%d non-standard %s: %s", len(odd), plural(len(odd), "heading", "headings"), strings.Join(names, ", ")),
		Lines:   lineNumbers(idx),
		Fix:     "rename " + strings.Join(fixes, ", ")}
}

// oddHeadings finds the creative headings an ATS parser may not map to
// its fields ("My Journey", "Toolbox", "About Me"): a line that is one of
// creativeHeadings and nothing more, whether or not sections reads it
// as a heading.
func (v *view) oddHeadings() []oddHeading {
	var out []oddHeading
	for i := range v.d.Lines {
		text := headingText(v.d.Lines[i])
		if text == "" {
			continue
		}
		if sec, ok := creativeSection(strings.Join(strings.Fields(padded(text)), " ")); ok {
			out = append(out, oddHeading{i, text, sec})
		}
	}
	return out
}

// headingText is a line's heading without markup ("## Skills:" →
// "Skills"), the label of an inline heading ("Skills: Go" → "Skills"), or
// "" for a line too long or too punctuated to be one.
func headingText(line string) string {
	t := strings.TrimSpace(line)
	if _, bullet := stripMarker(t); bullet && !strings.HasPrefix(t, "*") {
		return ""
	}
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	t = strings.Trim(t, "*_ ")
	if head, _, ok := strings.Cut(t, ":"); ok {
		t = head
	}
	t = strings.TrimSpace(strings.Trim(t, "*_ ?"))
	if t == "" || strings.ContainsAny(t, ".,;!") || wordCount(t) > maxHeadingWords {
		return ""
	}
	return t
}

func creativeSection(phrase string) (string, bool) {
	for _, c := range creativeHeadings {
		if c.phrase == phrase || "my "+c.phrase == phrase {
			return c.section, true
		}
	}
	return "", false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
