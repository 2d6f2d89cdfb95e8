package check

import (
	"strings"
	"testing"
)

// rename replaces a heading of the reference resume.
func rename(from, to string) string { return strings.Replace(resume, "\n"+from+"\n", "\n"+to+"\n", 1) }

func TestSectionsRequired(t *testing.T) {
	fs := findings(t, resume, Layout{})
	expect(t, fs, "sections.experience", Pass, "", 10)
	expect(t, fs, "sections.education", Pass, "", 22)
	expect(t, fs, "sections.skills", Pass, "", 7)
	expect(t, fs, "sections.summary", Pass, "summary section found", 4)
	expect(t, fs, "sections.headings", Pass, "")

	// Without the heading the roles are in no section an ATS knows.
	fs = findings(t, rename("Experience", ""), Layout{})
	expect(t, fs, "sections.experience", Fail, `add a heading named "Experience"`)
	fs = findings(t, rename("Education", ""), Layout{})
	expect(t, fs, "sections.education", Warn, "no education")
	fs = findings(t, rename("Skills", ""), Layout{})
	expect(t, fs, "sections.skills", Warn, "no skills")
	fs = findings(t, rename("Summary", ""), Layout{})
	expect(t, fs, "sections.summary", Pass, "optional")
}

// TestSectionsCreative: a creative heading is named with the standard
// one to use.
func TestSectionsCreative(t *testing.T) {
	fs := findings(t, rename("Experience", "My Journey"), Layout{})
	expect(t, fs, "sections.experience", Fail, `rename "My Journey" (line 10) to "Experience"`, 10)
	expect(t, fs, "sections.headings", Warn, `"My Journey" → "Experience"`, 10)

	fs = findings(t, rename("Skills", "## Toolbox"), Layout{})
	expect(t, fs, "sections.headings", Warn, `"Toolbox" → "Skills"`, 7)
	fs = findings(t, rename("Education", "WHERE I STUDIED:"), Layout{})
	expect(t, fs, "sections.headings", Warn, `"WHERE I STUDIED" → "Education"`, 22)

	// A sentence that holds such words is no heading.
	fs = findings(t, rename("Summary", "Summary")+"\nMy journey into backend work began in 2015.", Layout{})
	expect(t, fs, "sections.headings", Pass, "")
}

// TestSectionsCapitals: a heading in capitals whose last word names a
// section ("TEACHING EXPERIENCE") counts, as an ATS reads it.
func TestSectionsCapitals(t *testing.T) {
	fs := findings(t, rename("Experience", "TEACHING EXPERIENCE"), Layout{})
	expect(t, fs, "sections.experience", Pass, "", 10)
	fs = findings(t, rename("Experience", "Teaching experience was fun"), Layout{})
	expect(t, fs, "sections.experience", Fail, "")
}
