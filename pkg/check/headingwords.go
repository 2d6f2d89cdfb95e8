package check

import "github.com/atsmatch/atsmatch/pkg/sections"

// Heading tables: the name to suggest for each section, and the creative
// headings ATS parsers do not recognise with the section each stands for.

// standardName is the heading to suggest for each section.
var standardName = map[string]string{
	sections.Experience:     "Experience",
	sections.Education:      "Education",
	sections.Skills:         "Skills",
	sections.Summary:        "Summary",
	sections.Projects:       "Projects",
	sections.Certifications: "Certifications",
}

// creativeHeadings are headings an ATS parser does not map to a section,
// with the section each stands for: the reader sees "My Journey", the
// parser sees no experience.
var creativeHeadings = []struct{ phrase, section string }{
	{"my journey", sections.Experience}, {"journey", sections.Experience}, {"career journey", sections.Experience},
	{"where i've worked", sections.Experience}, {"where i have worked", sections.Experience},
	{"what i've done", sections.Experience}, {"what i have done", sections.Experience},
	{"career path", sections.Experience}, {"my career", sections.Experience}, {"track record", sections.Experience},
	{"roles", sections.Experience}, {"positions held", sections.Experience},
	{"jobs", sections.Experience}, {"work life", sections.Experience}, {"career story", sections.Experience},
	{"my story", sections.Summary}, {"about me", sections.Summary}, {"who i am", sections.Summary}, {"hello", sections.Summary},
	{"introduction", sections.Summary}, {"snapshot", sections.Summary}, {"at a glance", sections.Summary}, {"bio", sections.Summary},
	{"what i know", sections.Skills}, {"what i do", sections.Skills}, {"what i bring", sections.Skills},
	{"toolbox", sections.Skills}, {"toolkit", sections.Skills}, {"tool kit", sections.Skills}, {"tech stack", sections.Skills},
	{"stack", sections.Skills}, {"superpowers", sections.Skills}, {"arsenal", sections.Skills}, {"know-how", sections.Skills},
	{"know how", sections.Skills}, {"proficiencies", sections.Skills}, {"talents", sections.Skills},
	{"schooling", sections.Education}, {"where i studied", sections.Education}, {"learning", sections.Education},
	{"studies", sections.Education}, {"alma mater", sections.Education},
	{"things i've built", sections.Projects}, {"things i have built", sections.Projects}, {"side projects", sections.Projects},
	{"side hustles", sections.Projects}, {"my work", sections.Projects},
}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// headingNouns end a heading in capitals that names a section
// ("TEACHING EXPERIENCE", "CLINICAL SKILLS").
var headingNouns = map[string]string{
	"experience": sections.Experience, "employment": sections.Experience, "history": sections.Experience,
	"education": sections.Education,
	"skills":    sections.Skills, "competencies": sections.Skills,
	"summary": sections.Summary, "profile": sections.Summary, "objective": sections.Summary,
	"projects": sections.Projects, "certifications": sections.Certifications, "licenses": sections.Certifications,
	"licensure": sections.Certifications,
}
