package score

import (
	"strings"
	"unicode"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// The language a resume is written in, told simply and deterministically:
// the share of its words that are common English function words. English
// resumes, terse as they are, run at 12-16% (the recruiter pairs, the
// bundled examples); German, French and Spanish text stays under 2%, so
// the threshold sits well between. Words that are also common in other
// languages ("an", "was", "will", "also", "is", "in", "a", "per") are
// left out of the list.
var englishWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and of to for with from that this were are by my our into
		through using while which who have had their these those than then over under after
		before during about across within including each both such`) {
		englishWords[w] = true
	}
}

const (
	// minLanguageWords is the fewest words a resume needs before its
	// language is told: a few lines of names and tools say nothing.
	minLanguageWords = 20
	// englishShare is the share of English function words that makes a
	// text English.
	englishShare = 0.05
)

// resumeLanguage returns "English" when the lines read as English text,
// else "".
func resumeLanguage(lines []string) string {
	words, english := 0, 0
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			words++
			if len(w) <= 9 && englishWords[strings.ToLower(w)] {
				english++
			}
		}
	}
	if words < minLanguageWords || float64(english) < englishShare*float64(words) {
		return ""
	}
	return "English"
}

// spokenLanguage is the dictionary category of languages people speak.
const spokenLanguage = "spoken-language"

// namesLanguage reports whether t is the spoken language lang ("English",
// under any id: the curated term and an imported one).
func namesLanguage(t *keywords.Term, lang string) bool {
	return lang != "" && t.Category == spokenLanguage && strings.EqualFold(t.Name, lang)
}
