package match

// Capitals: when a capitalised ambiguous name mid-sentence is the skill.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// Categories whose names are proper nouns, capitalised in every sense
// ("apply in English", "the Danish market").
var properCategories = map[string]bool{"spoken-language": true}

// capitalRule says why a capitalised ambiguous surface mid-sentence,
// cands[k], is no evidence of the skill, or no rule when it is. Capitals are
// evidence only where the ordinary-word reading is lower case (go/Go,
// swift/Swift, excel/Excel), and only for a name: not for an initialism
// (HR reads HR in every sense), a language or nationality, a soft skill (a
// common noun, capitalised as a heading or a bullet start), a word inside
// a capitalised name ("Department of Research", "Recruitment and
// Philanthropy Committee"), a team's name ("our Monitoring team"), or the
// verb ("Excel at building relationships").
func (m *Matcher) capitalRule(view []vtok, cands []cand, k int, word string) Rule {
	c := &cands[k]
	t := &m.dict.Terms[c.e.term]
	switch {
	case initialism(word):
		return Rule{CapitalsInitialism, "'" + word + "' is an acronym written in capitals anyway; no skill context"}
	case properCategories[t.Category]:
		return Rule{CapitalsProperNoun, "'" + word + "' is a proper noun written in capitals anyway; no skill context"}
	case t.Kind == keywords.Soft:
		return Rule{CapitalsSoftSkill, "capitalised '" + word + "' names no soft skill by itself; no skill context"}
	case titleCase(view, cands, k):
		return Rule{CapitalsPhrase, "'" + word + "' is part of a capitalised phrase with no skill nearby"}
	}
	if name := inName(view, c.i); name != "" {
		return Rule{CapitalsName, "'" + word + "' is part of the name '" + name + " " + word + "'"}
	}
	if titlePhrase(view, cands, k) {
		return Rule{CapitalsPhrase, "'" + word + "' is part of a capitalised phrase with no skill nearby"}
	}
	if unit := teamName(view, c.j); unit != "" {
		return Rule{CapitalsTeam, "'" + word + " " + unit + "' names a team, not the skill; no skill context"}
	}
	if cue := m.verbCue(view, cands, k); cue != "" {
		return Rule{OrdinaryVerb, "'" + word + "' reads as the verb before '" + cue + "'"}
	}
	return Rule{}
}

// titlePhrase reports cands[k] joined by "and" or "&" to a capitalised
// phrase that is no skill hit: "Recruitment and Philanthropy Committee",
// "Monitoring & Alerting Team", "Go and Chess team" (two capitalised
// words, or one and a team word after it).
// One capitalised word after "and" is as often the next item of a skill
// list ("Cypress and WebDriver.io"), so it is no phrase.
func titlePhrase(view []vtok, cands []cand, k int) bool {
	c := &cands[k]
	j, line := c.j, view[c.i].Line
	if j+1 >= len(view) || view[j+1].Line != line || !(view[j].Norm == "and" || view[j].Text == "&") || !capital(view[j+1]) {
		return false
	}
	for n := k + 1; n < len(cands) && cands[n].i <= j+2; n++ {
		if cands[n].i >= j+1 {
			return false // a skill hit: a list
		}
	}
	return teamName(view, j+2) != "" || j+2 < len(view) && view[j+2].Line == line && capital(view[j+2])
}

// teamName returns the word after a surface that makes it the name of a
// team or department ("our Recruitment team", "the Monitoring group"), or
// "". The capital marks the name, not the skill: a team is named so in
// any case. Not "unit", "office" or "function": "Go unit tests", "an
// Excel function" are the tool.
func teamName(view []vtok, j int) string {
	if j < len(view) && view[j].Line == view[j-1].Line &&
		isAny(view[j].Norm, "team", "teams", "department", "departments", "dept", "group", "division", "committee", "squad") {
		return view[j].Text
	}
	return ""
}

// verbCue returns the words after cands[k] that make it a verb ("Excel at
// building relationships", "Excel in communication"), or "": "at" or "in"
// and then a lower-case gerund or a counted lower-case soft skill (a
// behaviour one excels in, never a field a tool is used in). A tool is
// used "in production", "at scale" and in a technical field ("Rust in
// embedded systems"), so a noun or a hard skill after the preposition is
// no cue, and a capitalised one ("Excel in Finance reports") reads as the
// tool.
func (m *Matcher) verbCue(view []vtok, cands []cand, k int) string {
	c := &cands[k]
	j := c.j
	if j+1 >= len(view) || view[j+1].Line != view[c.i].Line || !isAny(view[j].Norm, "at", "in") {
		return ""
	}
	next := view[j+1]
	if next.Kind != tokenize.Word || next.Text != next.Norm {
		return ""
	}
	if len(next.Norm) >= 5 && strings.HasSuffix(next.Norm, "ing") {
		return view[j].Text + " " + next.Text
	}
	if n := k + 1; n < len(cands) && cands[n].i == j+1 && cands[n].ok && m.dict.Terms[cands[n].e.term].Kind == keywords.Soft {
		return view[j].Text + " " + spanText(view, &cands[n])
	}
	return ""
}

// initialism reports an all-capitals word of at most three letters (HR,
// BI, ML): written so in every sense. Longer capitals (SOLID, SOAP) stand
// against a lower-case ordinary word, so they still count.
func initialism(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 3
}

// inName returns the start of a capitalised name that i continues through
// "of" or "for", possibly after more capitalised words joined by "and" or
// "&": "Ministry of Science and Innovation", "Head of Research". The word
// before "of" must not start the sentence: "Knowledge of Swift" is no name.
// Names are short: the scan back stops after a few words, so a long run
// of "Go and Go and ..." stays linear.
func inName(view []vtok, i int) string {
	line := view[i].Line
	k := i - 1
	for k > 0 && k > i-8 && view[k].Line == line && (capital(view[k]) || possessivePiece(view, k) || view[k].Norm == "and" || view[k].Text == "&") {
		k--
	}
	if k < 1 || view[k].Line != line || (view[k].Norm != "of" && view[k].Norm != "for") {
		return ""
	}
	h := k - 1
	if view[h].Line != line || !capital(view[h]) || sentenceStart(view, h) {
		return ""
	}
	return phraseText(view, h, i)
}

func capital(v vtok) bool {
	r, _ := utf8.DecodeRuneInString(v.Text)
	return v.Kind == tokenize.Word && unicode.IsUpper(r)
}

// titleCase reports a capitalised word right before or after cands[k]:
// "Sales Teams", "Worker's Compensation" (a split-off "'s" is part of its
// word: wordBefore). A word before it that starts the sentence and is no
// skill is capitalised by position, not as a name: "Strong Go skills";
// not a possessive, which makes the next capital a name's ("Women's
// Health", "Worker's Compensation claims" as a bullet).
func titleCase(view []vtok, cands []cand, k int) bool {
	i, j := cands[k].i, cands[k].j
	line := view[i].Line
	p := wordBefore(view, i)
	before := p >= 0 && view[p].Line == line && capital(view[p]) &&
		(!sentenceStart(view, p) || possessive(view, p) || k > 0 && cands[k-1].j == p+1 && !cands[k-1].rejected())
	return before || (j < len(view) && view[j].Line == line && capital(view[j]))
}
