// Package sections reads the structure of a document line by line: which
// section each line belongs to and, for a job description, whether the line
// states a requirement, a preference, or boilerplate to ignore (benefits,
// EEO, "about us", salary, trailing "ATS keywords" tip lists).
package sections

// Role is how a job-description line counts for scoring.
type Role uint8

// Line roles.
const (
	Neutral   Role = iota // counts, with no emphasis
	Required              // "requirements", "must have", "you have"
	Preferred             // "nice to have", "is a plus", "bonus"
	Ignored               // boilerplate: left out of scoring
)

// Line describes one line of a document.
type Line struct {
	Section string // normalised heading of the enclosing section, e.g. "requirements", "skills", "experience"
	Role    Role
	Reason  string // why the role was given, for verbose output ("heading 'Benefits': boilerplate")
}

// Job classifies each line of a job description; len(result) equals the
// number of lines in text.
func Job(text string) []Line {
	panic("sections.Job: not built yet")
}

// Resume classifies each line of a resume by section (skills, experience,
// education, summary, ...); Role is always Neutral.
func Resume(text string) []Line {
	panic("sections.Resume: not built yet")
}
