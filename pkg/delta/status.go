package delta

import "github.com/atsmatch/atsmatch/pkg/report"

// Status is one named check of a report and where it stands: a
// requirement ("education", "met") or an `atsmatch check` finding
// ("contact.email", "fail"), with the report's message for it.
type Status struct {
	ID      string
	Status  string
	Message string
}

// Statuses returns the checks whose status differs between before and
// after: those on both sides in after's order, then those only before;
// a status missing on one side is "". Nil when nothing changed, so a
// [report.DiffResult] omits the section. It is the one comparison behind
// the diff's requirements and findings sections, whichever report fields
// they come from.
func Statuses(before, after []Status) []report.StatusChange {
	was := make(map[string]Status, len(before))
	for _, s := range before {
		if _, dup := was[s.ID]; !dup {
			was[s.ID] = s
		}
	}
	var out []report.StatusChange
	seen := make(map[string]bool, len(after))
	for _, s := range after {
		if seen[s.ID] {
			continue
		}
		seen[s.ID] = true
		w, ok := was[s.ID]
		if ok && w.Status == s.Status {
			continue
		}
		out = append(out, report.StatusChange{ID: s.ID, Before: w.Status, After: s.Status, Message: s.Message})
	}
	for _, s := range before {
		if seen[s.ID] {
			continue
		}
		seen[s.ID] = true
		out = append(out, report.StatusChange{ID: s.ID, Before: s.Status, After: "", Message: s.Message})
	}
	return out
}
