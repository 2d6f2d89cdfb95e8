package sections

// Boilerplate sentences: under any heading, a sentence in which the
// company describes itself, pay, an EEO statement or an application
// instruction is ignored on its own.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boilerplateSentence finds why the sentence s (p its padded words) is
// boilerplate.
func boilerplateSentence(s, p string) (cue, bool) {
	if c, ok := boilerplateCue(p); ok {
		return c, true
	}
	if w := payWord(s, p); w != "" {
		return cue{w, "pay is boilerplate"}, true
	}
	if applyLead(s) {
		return cue{"to apply", "application instructions are boilerplate"}, true
	}
	if c, ok := selfDescription(s, p); ok {
		return c, true
	}
	return cue{}, false
}

// maxBoilerplateSubjectWords bounds the words before a boilerplate cue
// ("Acme Labs GmbH is a leading ...", "We are an equal opportunity
// employer"): further in, the cue ends a long run-on line whose start may
// be requirements.
const maxBoilerplateSubjectWords = 8

// boilerplateCue finds a boilerplate cue in a sentence's padded words.
func boilerplateCue(p string) (cue, bool) {
	for _, c := range boilerplateOpeners {
		if strings.HasPrefix(p, " "+c.phrase+" ") {
			return c, true
		}
	}
	for _, c := range boilerplateCues {
		if i := strings.Index(p, " "+c.phrase+" "); i >= 0 && strings.Count(p[:i], " ") <= maxBoilerplateSubjectWords {
			return c, true
		}
	}
	return cue{}, false
}

// applyLead reports a sentence opening "To apply," or "To apply:": the
// punctuation tells it from the work ("To apply statistical methods").
func applyLead(s string) bool {
	t, _ := stripBullet(s)
	if len(t) < len("to apply,") || !strings.EqualFold(t[:len("to apply")], "to apply") {
		return false
	}
	return strings.ContainsRune(",:–-", rune(t[len("to apply")]))
}

// maxSelfDescriptionWords bounds the words between "is a" and the kind of
// organisation in a company describing itself.
const maxSelfDescriptionWords = 5

// selfDescription finds a company describing itself: a name or "we" then
// "is a"/"are a" and, within a few words, a kind of organisation ("Kessler
// & Daughters is a family-owned commercial electrical contractor", "We're
// a 40-person digital studio"). "We are a Python shop" names the stack, and
// "Kafka is a distributed streaming platform" a tool: neither is a kind of
// organisation.
func selfDescription(s, p string) (cue, bool) {
	if !strings.Contains(p, " is a") && !strings.Contains(p, " re a") && !strings.Contains(p, " are a") {
		return cue{}, false // the common case, without splitting the sentence
	}
	fs := strings.Fields(p)
	t, _ := stripBullet(s)
	r, _ := utf8.DecodeRuneInString(t)
	if len(fs) < 3 || !unicode.IsUpper(r) || selfPronouns[fs[0]] {
		return cue{}, false
	}
	for k := 1; k+1 < len(fs) && k <= maxBoilerplateSubjectWords; k++ {
		be := fs[k] == "is" || fs[k] == "are" && k == 1 && fs[0] == "we" || fs[k] == "re" && k == 1 && fs[0] == "we"
		if !be || fs[k+1] != "a" && fs[k+1] != "an" {
			continue
		}
		for j := k + 2; j < len(fs) && j <= k+2+maxSelfDescriptionWords; j++ {
			if orgNouns[fs[j]] {
				return cue{strings.Join(fs[k:j+1], " "), "company description is boilerplate"}, true
			}
		}
		return cue{}, false
	}
	return cue{}, false
}
