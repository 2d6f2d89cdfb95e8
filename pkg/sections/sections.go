// Package sections is the structure stage that runs beside tokenizing and
// matching: it reads a document line by line and says which section each
// line belongs to and, for a job description, whether the line states a
// requirement, a preference, or boilerplate to ignore (benefits, EEO,
// "about us", salary, job-board chrome, trailing "ATS keywords" tip lists).
//
// # Job line roles
//
// A heading sets the role of the lines under it until the next heading:
// requirements/qualifications/"must have"/"what you bring"/"about you"/"who
// we are looking for" are [Required]; "nice to have"/"preferred"/"bonus" are
// [Preferred]; benefits, perks, EEO, "about us", company description,
// salary, how to apply, privacy and a trailing keywords tip section are
// [Ignored]; everything else, including responsibilities, is [Neutral]. A
// line that is a heading's cue and nothing more ("Desirable", "Your
// tasks", "Required qualifications", "Considered a plus", "Skills
// required -") is a heading in any case; a short line over a list ends a
// company description ("Who we are" ... "Your tasks" over bullets).
//
// Boilerplate is read narrowly so real requirements are not thrown away: a
// boilerplate word naming the job's own field ("Data Protection Officer",
// "Lead our data protection compliance project", "Data protection: GDPR,
// ISO 27001") is not a notice, and a pay label with an inline value
// ("Salary: £35,000") is one line, not a section. Under any heading, a
// sentence in which the company describes itself ("Acme is a leading ..."),
// an EEO statement or an application instruction ("Please send your CV")
// is [Ignored] on its own; the other sentences of its line keep their role.
//
// Responsibilities are Neutral, not Required: they name the stack the team
// uses, so their terms count at full weight, but only explicit requirements
// get the extra emphasis an ATS recruiter filter would give a must-have.
// A stack statement inside a requirement ("CI (we use GitHub Actions)",
// "AWS or GCP (we run on AWS: S3, Lambda)") is Neutral for the same reason
// ([RoleAt], [StackAt]).
//
// The lines right under a posting's title that give the employer, the
// place, the pay and the work pattern ("Acme Medical Devices Ltd · Galway,
// Ireland · Permanent, full-time") are [Ignored]: a company named "...
// Logistics" asks for no logistics. A list item wrapped onto the next line
// is read as one line: the wrapped part is never a heading ("  General
// Pharmaceutical Council") and its first sentence keeps the role of the
// sentence it continues.
//
// Inside any section that is not ignored, cues on the line override the
// section: "is a plus", "nice to have", "ideally", "preferred" make it
// Preferred; "must", "required", "essential", "you have", "strong command
// of" make it Required, except under a preferred heading, which already
// qualifies every line below it. Cues are read per sentence: a line takes its
// strongest sentence's role (Required, then Neutral, then Preferred), so
// "You have a strong command of C#. Familiarity with DDD is a plus." is
// Required as a whole, and [RoleAt] gives each position its own sentence's
// role.
package sections

import "unicode/utf8"

// Role is how a job-description line counts for scoring.
type Role uint8

// Line roles.
const (
	Neutral   Role = iota // counts, with no emphasis
	Required              // "requirements", "must have", "you have"
	Preferred             // "nice to have", "is a plus", "bonus"
	Ignored               // boilerplate: left out of scoring
)

// String returns the role's name as used in reports.
func (r Role) String() string {
	switch r {
	case Required:
		return "required"
	case Preferred:
		return "preferred"
	case Ignored:
		return "ignored"
	default:
		return "neutral"
	}
}

// Line describes one line of a document.
type Line struct {
	Section string // normalised heading of the enclosing section, e.g. "requirements", "skills", "experience"
	Role    Role
	Reason  string // why the role was given, for verbose output ("heading 'Benefits': boilerplate")
	// SectionRole is the role of the enclosing section before the line's
	// own cues; RoleAt needs it to read each sentence of a mixed line.
	SectionRole Role
	// Wrapped reports a line that goes on with the sentence of the line
	// before (a wrapped list item); Lead is that sentence's role, which
	// holds up to the line's first sentence end.
	Wrapped bool
	Lead    Role
}

// Resume section names.
const (
	Skills         = "skills"
	Experience     = "experience"
	Education      = "education"
	Summary        = "summary"
	Projects       = "projects"
	Certifications = "certifications"
	Other          = "other"
)

func quote(s string) string { return `"` + s + `"` }

// trimTo shortens s to at most n bytes on a rune boundary.
func trimTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
