package sections

// Resume heading tables: the phrases that name each resume section.

import "strings"

// resumeHeadings map heading phrases to resume sections, most specific first.
var resumeHeadings = []struct {
	phrase, section string
}{
	{"programming languages", Skills},
	{"certifications", Certifications}, {"certification", Certifications}, {"certificates", Certifications},
	{"licenses", Certifications}, {"licences", Certifications}, {"courses", Certifications},
	{"projects", Projects}, {"project", Projects}, {"portfolio", Projects}, {"open source", Projects},
	{"education", Education}, {"academic", Education}, {"academics", Education}, {"training", Education},
	{"skills", Skills}, {"skill", Skills}, {"competencies", Skills}, {"core competencies", Skills},
	{"technologies", Skills}, {"tech stack", Skills}, {"tools", Skills}, {"expertise", Skills},
	{"proficiencies", Skills}, {"toolbox", Skills}, {"stack", Skills},
	{"experience", Experience}, {"work history", Experience}, {"employment", Experience},
	{"career history", Experience}, {"professional background", Experience}, {"positions", Experience},
	{"summary", Summary}, {"profile", Summary}, {"about me", Summary}, {"objective", Summary},
	{"overview", Summary},
	{"awards", Other}, {"honors", Other}, {"honours", Other}, {"publications", Other}, {"interests", Other},
	{"hobbies", Other}, {"volunteer", Other}, {"volunteering", Other}, {"languages", Other},
	{"references", Other}, {"achievements", Other}, {"activities", Other}, {"contact", Other},
}

// experienceFields are the words before "experience" that name a field
// of work rather than a kind of experience ("User Experience" is UX, not
// a resume section).
var experienceFields = map[string]bool{
	"user": true, "customer": true, "client": true, "patient": true, "guest": true, "candidate": true,
	"employee": true, "member": true, "developer": true, "digital": true, "brand": true, "visitor": true,
}

// headingVocab are the words resume headings are made of; an unmarked
// sentence-case line ("Work experience") is a heading only if it uses
// nothing else, so "Led training sessions" stays in its section.
var headingVocab = func() map[string]bool {
	m := map[string]bool{}
	for _, rh := range resumeHeadings {
		for _, w := range strings.Fields(rh.phrase) {
			m[w] = true
		}
	}
	for _, w := range strings.Fields("work professional technical core key relevant selected personal side career " +
		"and other additional related history summary of my industry skill skills software programming " +
		"academic qualifications certifications & areas area soft hard it computer") {
		m[w] = true
	}
	return m
}()
