package sections

// What a job heading means: the role its cue gives the lines below it.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listBody reports an inline heading body that lists names ("GDPR, ISO
// 27001") rather than saying something ("we process your data ..."): one
// sentence of at most three words per comma-, slash- or semicolon-separated
// item.
func listBody(body string) bool {
	b := strings.TrimSpace(body)
	if b == "" || sentenceEnd(b, 0) < len(b) {
		return false
	}
	items := strings.FieldsFunc(b, func(r rune) bool { return r == ',' || r == ';' || r == '/' || r == '|' })
	return len(strings.Fields(b)) <= 3*len(items)
}

// jobOpener reports heading words (lower case) that open with a task or a
// request for the field rather than a perk.
func jobOpener(fs []string) bool {
	if len(fs) < 2 {
		return false
	}
	switch {
	case taskOpeners[fs[0]]:
		return fs[1] != "your"
	case askOpeners[fs[0]]:
		return slices.Contains([]string{"of", "with", "in", "on", "using"}, fs[1])
	}
	return false
}

// titleWindow is how near a subject cue a job title word must be to make
// the heading a job's name: "Data Protection Officer", "Head of Data
// Protection", but not "Check out the salary range of a Backend Engineer".
const titleWindow = 2

// namesJob reports a heading (padded lower-case words) that names a job or
// a task whose field is the cue phrase.
func namesJob(norm, phrase string) bool {
	fs := strings.Fields(norm)
	if jobOpener(fs) {
		return true
	}
	pw := strings.Fields(phrase)
	for i := 0; i+len(pw) <= len(fs); i++ {
		if !slices.Equal(fs[i:i+len(pw)], pw) {
			continue
		}
		for j := max(0, i-titleWindow); j < min(len(fs), i+len(pw)+titleWindow); j++ {
			if jobTitleWords[fs[j]] {
				return true
			}
		}
	}
	return false
}

// ignoredCue returns the boilerplate cue of a heading, skipping a cue whose
// longer phrase is present (cueUnless) and every subject cue of a heading
// that names a job in one of them ("Director of Compensation & Benefits").
func ignoredCue(norm string) (cue, bool) {
	job := false
	for p := range subjectHeadings {
		if strings.Contains(norm, " "+p+" ") && namesJob(norm, p) {
			job = true
			break
		}
	}
	for _, c := range ignoredHeadings {
		if !strings.Contains(norm, " "+c.phrase+" ") {
			continue
		}
		if u := cueUnless[c.phrase]; u != "" && strings.Contains(norm, " "+u+" ") {
			continue
		}
		if job && subjectHeadings[c.phrase] {
			continue
		}
		return c, true
	}
	return cue{}, false
}

// maxSentenceCaseHeadingWords bounds unmarked sentence-case headings
// ("About the role", "Nice to have").
const maxSentenceCaseHeadingWords = 6

// strongJobHeading reports a known heading phrase that reads as a heading
// even in sentence case.
func strongJobHeading(h heading) bool {
	r, _ := utf8.DecodeRuneInString(h.display)
	if !unicode.IsUpper(r) || len(strings.Fields(h.display)) > maxSentenceCaseHeadingWords {
		return false
	}
	if strings.HasPrefix(h.norm, " about ") {
		return true
	}
	if _, c, ok := headingCue(h.norm); ok {
		return !weakHeadingCues[c.phrase]
	}
	return false
}

// leadingCue finds a cue that opens the heading, after an optional "the".
func leadingCue(norm string, cues []cue) (cue, bool) {
	if strings.HasPrefix(norm, " the ") {
		norm = norm[len(" the"):]
	}
	for _, c := range cues {
		if strings.HasPrefix(norm, " "+c.phrase+" ") {
			return c, true
		}
	}
	return cue{}, false
}

// headingCue finds the cue of a heading: boilerplate first (so "Salary &
// bonus" stays ignored), then preferred, required and neutral.
func headingCue(norm string) (Role, cue, bool) {
	if c, ok := ignoredCue(norm); ok {
		return Ignored, c, true
	}
	if c, ok := leadingCue(norm, leadingRequiredHeadings); ok {
		return Required, c, true
	}
	for _, l := range []struct {
		role Role
		cues []cue
	}{{Preferred, preferredHeadings}, {Required, requiredHeadings}, {Neutral, neutralHeadings}} {
		if c, ok := findCue(norm, l.cues); ok {
			return l.role, c, true
		}
	}
	return Neutral, cue{}, false
}

// jobSection classifies a job heading and returns the cue that did.
func jobSection(h heading) (Role, cue, bool) {
	n := h.norm
	if strings.HasPrefix(n, " about ") {
		rest := strings.TrimSpace(strings.TrimPrefix(n, " about "))
		if aboutRole[rest] {
			if rest == "you" || strings.HasSuffix(rest, "candidate") {
				return Required, cue{"about " + rest, "who you are is required"}, true
			}
			return Neutral, cue{"about", "describes the job"}, true
		}
		return Ignored, cue{"about", "company description is boilerplate"}, true
	}
	return headingCue(n)
}

// isChrome reports job-board furniture lines.
func isChrome(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	for _, p := range chromePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

func sectionName(display string) string {
	return strings.TrimSpace(words(display))
}

// wholeHeading reports a heading that is its cue and nothing more, up to
// lead and tail words ("Key skills", "Required qualifications",
// "Desirable criteria", "Skills required", "Considered a plus"): a line
// that says only that is a heading in any case, even for a weak cue.
func wholeHeading(norm string) bool {
	fs := strings.Fields(norm)
	for n := 0; len(fs) > 0; n++ {
		if cueWithTail(fs) {
			return true
		}
		if n == 2 || len(fs) < 2 || !headingLeads[fs[0]] {
			return false
		}
		if fs = fs[1:]; fs[0] == "as" && len(fs) > 1 {
			fs = fs[1:] // "Considered as a plus"
		}
	}
	return false
}

// cueWithTail reports words that are a heading cue, alone or with one
// tail word before or after it.
func cueWithTail(fs []string) bool {
	n := len(fs)
	return isCuePhrase(fs) ||
		n > 1 && headingTails[fs[n-1]] && isCuePhrase(fs[:n-1]) ||
		n > 1 && headingTails[fs[0]] && isCuePhrase(fs[1:])
}

// isCuePhrase reports words that are exactly the phrase of a heading cue.
func isCuePhrase(fs []string) bool {
	for _, l := range [...][]cue{ignoredHeadings, leadingRequiredHeadings, preferredHeadings, requiredHeadings, neutralHeadings} {
		for _, c := range l {
			if phraseIs(c.phrase, fs) {
				return true
			}
		}
	}
	return false
}

// phraseIs reports whether the words of phrase are fs, without joining fs.
func phraseIs(phrase string, fs []string) bool {
	for i, f := range fs {
		if i > 0 {
			if phrase == "" || phrase[0] != ' ' {
				return false
			}
			phrase = phrase[1:]
		}
		if !strings.HasPrefix(phrase, f) {
			return false
		}
		phrase = phrase[len(f):]
	}
	return phrase == ""
}
