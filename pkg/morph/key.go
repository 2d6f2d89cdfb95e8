package morph

// One concept, two spellings: the key under which "lead a team", "led a
// team" and "team leadership" meet.

import "strings"

// ConceptKey returns the words of a surface (lower case, one word each)
// as one concept: articles and a trailing "skills" dropped, each word
// lemmatised (a plural to its NumberKey, an -ly adverb to its adjective,
// a verb form or a noun naming a verb's activity to the verb), and a
// leading verb put after its object, where a nominalised term has its
// noun: "lead a team", "led teams", "team leadership" and "leading teams"
// all give "team lead"; "manage time" and "time management" "time
// manage"; "coached" and "coaching" "coach"; but "Design Systems" stays
// "design system" (a base that is a noun, no article: the noun). Two surfaces with one key
// name one concept in two spellings (the dictionary lint's near
// duplicates). A word the tables do not know stays as it is (in its
// NumberKey), so the key never joins two different nouns.
func ConceptKey(words []string) string {
	ws := make([]string, 0, len(words))
	article := false // after the first word: "lead a team"
	for i, w := range words {
		if w == "a" || w == "an" || w == "the" {
			article = article || i == 1
			continue
		}
		if w != "" {
			ws = append(ws, w)
		}
	}
	if n := len(ws); n > 1 && (ws[n-1] == "skills" || ws[n-1] == "skill") {
		ws = ws[:n-1]
	}
	n := len(ws)
	if n == 0 {
		return ""
	}
	out := make([]string, n)
	verbAt := -1 // the word that is the verb, already lemmatised
	if vs := Activity(ws[n-1]); vs != nil {
		out[n-1], verbAt = vs[0].String(), n-1
	} else if v, k, ok := Lookup(ws[0]); ok && (n == 1 || article || !v.NounBase() || k&(Base|Third) == 0) {
		// "lead a team" → "team lead": the verb after its object. A base
		// that is also a noun reads as one without an article: "Design
		// Systems", "Test Automation".
		copy(ws, append(ws[1:n:n], ws[0]))
		out[n-1], verbAt = v.String(), n-1
	}
	for i, w := range ws {
		if i == verbAt {
			continue
		}
		out[i] = lemma(w)
	}
	return strings.Join(out, " ")
}

// lemma is a word's form in a ConceptKey.
func lemma(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ily") {
		w = w[:len(w)-2] // "actively" → "active", "critically" → "critical"
		if strings.HasSuffix(w, "ab") || strings.HasSuffix(w, "ib") {
			w += "le" // "reliably" → "reliable"
		}
	}
	stem, y := NumberKey(w)
	if y {
		return stem + "y"
	}
	return stem
}
