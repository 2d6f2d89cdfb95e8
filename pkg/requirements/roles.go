package requirements

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/dates"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// role is one dated role of a resume: a title line, the date range on it
// (or on the line below it), and the lines down to the next role or the
// end of its section.
type role struct {
	title       string // the title line without its dates
	titleLine   int    // 1-based
	dateLine    int
	first, last int // the role's lines, title line included
	ranges      []dates.Range
	titles      []titleParts // the parts of the title line with a role noun
}

// findRoles reads a resume's dated roles. A range counts when it starts or
// ends its line (a range inside a sentence, "led the 2019-2021 migration",
// is not a role's dates), not on a bullet unless it leads it and the
// bullet is none of a role dated above it ("Since 2012 the team grew
// tenfold" is the team's history), and not on
// an education line: a line that names a degree of the ladder, or one that
// names a school in the education section. Certificates and projects are no roles.
func findRoles(dict *keywords.Dict, resume Doc, asOf dates.Month) []role {
	var eduLines map[int]bool // read once, when a line has dates
	var roles []role
	lastBlank := 0 // the last blank line before n
	for i, line := range resume.Lines {
		n := i + 1
		if strings.TrimSpace(line) == "" {
			lastBlank = n
			continue
		}
		switch resume.section(n).Section {
		case sections.Certifications, sections.Projects:
			continue
		}
		found := dates.Find(line, asOf)
		if len(found) == 0 {
			continue
		}
		if eduLines == nil {
			eduLines = educationLines(dict, resume)
		}
		if eduLines[n] || resume.section(n).Section == sections.Education && namesSchool(line) {
			continue
		}
		var kept []dates.Range
		title := line
		for _, r := range found {
			before := strings.Trim(line[:r.Start], " \t-*•·([|")
			after := strings.Trim(line[r.End:], " \t)].|,;:")
			if before != "" && after != "" || bulleted(line) && before != "" {
				continue
			}
			kept = append(kept, r)
			title = strings.Replace(title, line[r.Start:r.End], " ", 1)
		}
		if len(kept) == 0 || bulleted(line) && inRoleBlock(resume, roles, n, lastBlank) {
			continue
		}
		ro := role{title: strings.Trim(strings.TrimSpace(title), " -|,;:·•()"), titleLine: n, dateLine: n, ranges: kept}
		if ro.title == "" { // the dates on their own line, under the title
			for p := n - 1; p >= 1 && p > n-3; p-- {
				if t := strings.TrimSpace(resume.Lines[p-1]); t != "" {
					if len(roles) == 0 || roles[len(roles)-1].dateLine != p {
						ro.title, ro.titleLine = t, p
					}
					break
				}
			}
		}
		roles = append(roles, ro)
	}
	// Dates outside the experience section (volunteering, a course) are
	// roles only when the resume has no dated experience section at all (a
	// heading the sections reader did not know: "TEACHING EXPERIENCE").
	if slices.ContainsFunc(roles, func(r role) bool { return resume.section(r.dateLine).Section == sections.Experience }) {
		roles = slices.DeleteFunc(roles, func(r role) bool { return resume.section(r.dateLine).Section != sections.Experience })
	}
	for k := range roles {
		r := &roles[k]
		r.titles = appendTitles(nil, r.title, r.titleLine)
		r.first, r.last = r.titleLine, len(resume.Lines)
		if k+1 < len(roles) {
			r.last = roles[k+1].titleLine - 1
		}
		sec := resume.section(r.dateLine).Section
		for l := r.dateLine + 1; l <= r.last; l++ {
			if resume.section(l).Section != sec {
				r.last = l - 1
				break
			}
		}
	}
	return roles
}

// inRoleBlock reports line n within the block of the last role, one dated
// on a line of its own (not a bullet): no blank line between them
// (lastBlank is the last before n), the same section.
func inRoleBlock(resume Doc, roles []role, n, lastBlank int) bool {
	if len(roles) == 0 {
		return false
	}
	last := roles[len(roles)-1]
	return lastBlank < last.dateLine && !bulleted(resume.Lines[last.dateLine-1]) &&
		resume.section(last.dateLine).Section == resume.section(n).Section
}

// bulleted reports a line that starts with a list marker.
func bulleted(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "· ")
}

// namesSchool reports a word for a school, college or university.
func namesSchool(line string) bool {
	for _, w := range splitWords(line) {
		if schoolWords[w.w] {
			return true
		}
	}
	return false
}

// schoolWords name where a degree is taken.
var schoolWords = map[string]bool{
	"university": true, "college": true, "school": true, "institute": true, "academy": true,
	"polytechnic": true, "universität": true, "université": true, "hochschule": true,
}

// educationLines are the resume lines that name a degree of the ladder (a
// licence or a trade qualification may name a role: "Journeyman
// Electrician").
func educationLines(dict *keywords.Dict, d Doc) map[int]bool {
	out := map[int]bool{}
	for _, m := range d.Matches {
		if levelOf(dict, m.TermID) >= 0 {
			out[m.Line] = true
		}
	}
	return out
}

// months returns the months the roles cover, overlaps counted once.
func months(roles []role) int {
	var rs []dates.Range
	for _, r := range roles {
		rs = append(rs, r.ranges...)
	}
	return dates.Total(rs)
}
