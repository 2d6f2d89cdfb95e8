package sections

// Resume sections.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxResumeHeadingWords keeps prose like "Experience with Go and Kubernetes"
// from opening a section.
const maxResumeHeadingWords = 5

func resumeSection(h heading) (string, bool) {
	if len(strings.Fields(h.display)) > maxResumeHeadingWords {
		return "", false
	}
	for _, rh := range resumeHeadings {
		if strings.Contains(h.norm, " "+rh.phrase+" ") {
			return rh.section, true
		}
	}
	return "", false
}

// Resume classifies each line of a resume by section (skills, experience,
// education, summary, ...); Role is always Neutral.
func Resume(text string) []Line {
	lines := strings.Split(text, "\n")
	out := make([]Line, len(lines))
	cur := Line{Section: Other, Reason: "before any heading"}
	for i, raw := range lines {
		if h, ok := parseHeading(raw); ok {
			// A line made only of heading words ("Work history", "TECHNICAL
			// SKILLS") or marked up ("## Projects", "Education:") is a
			// heading; a job title ("Project Manager") or prose is not.
			if sec, known := resumeSection(h); known && (h.explicit || headingWords(h.norm) || kindOfExperience(h)) {
				cur = Line{Section: sec, Reason: "heading " + quote(h.display)}
				out[i] = cur
				continue
			}
		}
		// "Skills: Go, Python, Docker" is a heading and its body on one line.
		if head, _, ok := strings.Cut(raw, ":"); ok {
			if h, ok := parseHeading(head + ":"); ok {
				// Inside a skills section, "Languages: Go" and "Tools: Docker"
				// are labels of the list, not new sections.
				if sec, known := resumeSection(h); known && len(strings.Fields(h.display)) <= 3 &&
					(cur.Section != Skills || sec == Experience || sec == Education) {
					cur = Line{Section: sec, Reason: "heading " + quote(h.display)}
				}
			}
		}
		out[i] = cur
	}
	return out
}

// kindOfExperience reports a heading naming a kind of experience
// ("TEACHING EXPERIENCE", "Clinical Experience"): one or two words before
// a final "experience", in capitals, title case or marked up. Its words
// are no heading words, and need not be: the capitals and the final noun
// make it one, while a sentence ("Teaching experience with ..."), a job
// title ("Training Coordinator") or a field of work ("User Experience")
// is not.
func kindOfExperience(h heading) bool {
	ws := strings.Fields(h.norm)
	if len(ws) < 2 || len(ws) > 3 || ws[len(ws)-1] != "experience" || experienceFields[ws[len(ws)-2]] {
		return false
	}
	if h.marked {
		return true
	}
	for _, w := range strings.Fields(h.display) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func headingWords(norm string) bool {
	for _, w := range strings.Fields(norm) {
		if !headingVocab[w] {
			return false
		}
	}
	return true
}
