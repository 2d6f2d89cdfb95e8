package delta

import "github.com/atsmatch/atsmatch/pkg/report"

// Status is one named check of a report and where it stands: a
// requirement ("education", "met") or an `atsmatch check` finding
// ("contact.email", "fail"), with the report's message for it.
type Status struct {
	ID      string
	Status  string
	Message string
	// Evidence are the lines the status rests on, on the side the diff
	// compares (the resume's, or the job's in a diff of two jobs).
	Evidence []report.Evidence
}

// Statuses returns the checks whose status differs between before and
// after: those on both sides in after's order, then those only before;
// a status missing on one side is "". Each change carries the evidence
// lines one side cites and the other does not, known by their text (a
// line that moved is no difference). Nil when nothing changed, so a
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
		c := report.StatusChange{ID: s.ID, Before: w.Status, After: s.Status, Message: s.Message}
		c.EvidenceAdded, c.EvidenceRemoved = onlyIn(s.Evidence, w.Evidence), onlyIn(w.Evidence, s.Evidence)
		out = append(out, c)
	}
	for _, s := range before {
		if seen[s.ID] {
			continue
		}
		seen[s.ID] = true
		out = append(out, report.StatusChange{ID: s.ID, Before: s.Status, After: "", Message: s.Message, EvidenceRemoved: onlyIn(s.Evidence, nil)})
	}
	return out
}

// onlyIn are the lines of a whose text b does not cite, each text once,
// in a's order; nil when none.
func onlyIn(a, b []report.Evidence) []report.Evidence {
	seen := make(map[string]bool, len(a)+len(b))
	for _, e := range b {
		seen[e.Text] = true
	}
	var out []report.Evidence
	for _, e := range a {
		if !seen[e.Text] {
			seen[e.Text] = true
			out = append(out, e)
		}
	}
	return out
}
