package check

// Dates: every role has a date range an ATS can read, written in one
// format, roles newest first. Read in the experience section (the whole
// document when it has none): education and certifications keep their
// own dates.

import (
	"fmt"
	"slices"
	"strings"
)

// maxRoleHeaderLines bounds the non-bullet lines above a role's bullets
// (title, employer, place, dates).
const maxRoleHeaderLines = 4

func dateFindings(v *view) []Finding {
	exp := v.experienceLines()
	var ranged []int // lines with a range: a role's dates, not a bullet's ("targets met in 2023-24")
	for _, i := range exp {
		if len(v.ranges[i]) > 0 && !v.bullet[i] && !v.cont[i] {
			ranged = append(ranged, i)
		}
	}
	return []Finding{v.rangesFinding(exp, ranged), v.formatFinding(ranged), v.orderFinding(ranged)}
}

// rangesFinding: a range per role. A role is a block of short non-bullet
// lines over bullets (title, employer, dates); one with no range in it or
// on the line just above is undated.
func (v *view) rangesFinding(exp, ranged []int) Finding {
	const id = "dates.ranges"
	if len(ranged) == 0 {
		return Finding{ID: id, Status: Fail, Message: "no date range an ATS can read in the experience section",
			Fix: `give every role its dates as a range on the title or employer line ("Jan 2019 - Mar 2021", "2019 - Present")`}
	}
	var undated []int
	for _, b := range v.roleBlocks(exp) {
		dated := false
		for i := max(b[0]-1, 0); i <= b[1]; i++ {
			if len(v.ranges[i]) > 0 {
				dated = true
				break
			}
		}
		if !dated {
			undated = append(undated, b[0])
		}
	}
	if len(undated) > 0 {
		return Finding{ID: id, Status: Warn,
			Message: fmt.Sprintf("%d %s without a date range an ATS can read: %s", len(undated), plural(len(undated), "role", "roles"), v.quoteLine(undated[0])),
			Lines:   lineNumbers(undated),
			Fix:     `add the dates as a range to each role ("Jan 2019 - Mar 2021", "2019 - Present")`}
	}
	return Finding{ID: id, Status: Pass, Message: fmt.Sprintf("%d date %s in the experience section", len(ranged), plural(len(ranged), "range", "ranges")), Lines: lineNumbers(ranged)}
}

// roleBlocks are the [first, last] lines of each run of up to
// maxRoleHeaderLines short non-bullet lines right above a bullet.
func (v *view) roleBlocks(exp []int) [][2]int {
	in := make(map[int]bool, len(exp))
	for _, i := range exp {
		in[i] = true
	}
	var out [][2]int
	header := func(j int) bool {
		return in[j] && !v.bullet[j] && !v.cont[j] && !v.heading[j] && roleLine(v.text[j])
	}
	for _, i := range exp {
		if !v.bullet[i] || i == 0 || !header(i-1) {
			continue
		}
		first := i - 1
		for first > 0 && header(first-1) && i-first < maxRoleHeaderLines {
			first--
		}
		out = append(out, [2]int{first, i - 1})
	}
	return out
}

// roleLine is a line that can head a role: short, not a sentence.
func roleLine(s string) bool {
	if s == "" {
		return false
	}
	n := wordCount(s)
	return n > 0 && n <= 14 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":")
}

// formatFinding: one date format throughout.
func (v *view) formatFinding(ranged []int) Finding {
	const id = "dates.format"
	if len(ranged) == 0 {
		return Finding{ID: id, Status: Pass, Message: "no date ranges to compare"}
	}
	count := map[string][]int{}
	var order []string
	for _, i := range ranged {
		for _, r := range v.ranges[i] {
			for _, f := range formats(r) {
				if f == fmtMonthEither {
					continue
				}
				if _, seen := count[f]; !seen {
					order = append(order, f)
				}
				if l := count[f]; len(l) == 0 || l[len(l)-1] != i {
					count[f] = append(l, i)
				}
			}
		}
	}
	if len(order) <= 1 {
		msg := "one date format throughout"
		if len(order) == 1 {
			msg += ": " + order[0]
		}
		return Finding{ID: id, Status: Pass, Message: msg, Lines: lineNumbers(ranged)}
	}
	// The most used format is the one to keep; the others' lines are cited.
	slices.SortStableFunc(order, func(a, b string) int { return len(count[b]) - len(count[a]) })
	var odd []int
	for _, f := range order[1:] {
		odd = append(odd, count[f]...)
	}
	slices.Sort(odd)
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("%d date formats mixed: %s", len(order), strings.Join(order, ", ")),
		Lines:   lineNumbers(slices.Compact(odd)),
		Fix:     fmt.Sprintf("write every date as %s, the format most of your dates use", order[0])}
}

// orderFinding: roles newest first (reverse-chronological). A role is out
// of order when it began and ended later than the role above it (one of
// the two later, the other no earlier); a role running beside another
// ("1991 - 2001" under "1992 - 1996", a summer job under a current one)
// is not.
func (v *view) orderFinding(ranged []int) Finding {
	const id = "dates.order"
	if len(ranged) < 2 {
		return Finding{ID: id, Status: Pass, Message: "fewer than two roles to order"}
	}
	var bad []int
	prev := v.ranges[ranged[0]][0]
	for _, i := range ranged[1:] {
		r := v.ranges[i][0]
		if r.From >= prev.From && r.To >= prev.To && (r.From > prev.From || r.To > prev.To) {
			bad = append(bad, i)
		}
		prev = r
	}
	if len(bad) == 0 {
		return Finding{ID: id, Status: Pass, Message: "roles are in reverse-chronological order (newest first)", Lines: lineNumbers(ranged)}
	}
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("roles are not newest first: %s is newer than the role above it", v.quoteLine(bad[0])),
		Lines:   lineNumbers(bad),
		Fix:     "list roles in reverse-chronological order, the current or latest one first"}
}
