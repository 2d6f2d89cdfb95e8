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
	ws, article := contentWords(words)
	if len(ws) == 0 {
		return ""
	}
	verb, ok := verbLast(ws, article)
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = lemma(w)
	}
	if ok {
		out[len(out)-1] = verb
	}
	return strings.Join(out, " ")
}

// contentWords returns words without articles and without a trailing
// "skills", and whether an article followed the first word ("lead a
// team").
func contentWords(words []string) (ws []string, article bool) {
	ws = make([]string, 0, len(words))
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
	return ws, article
}

// verbLast finds the verb of ws, puts it last and returns its lemma: the
// last word when it names a verb's activity ("team leadership"), else a
// leading verb form ("lead a team" → "team lead"). A leading base that
// is also a noun reads as the noun without an article: "Design Systems",
// "Test Automation".
func verbLast(ws []string, article bool) (string, bool) {
	n := len(ws)
	if vs := Activity(ws[n-1]); vs != nil {
		return vs[0].String(), true
	}
	v, k, ok := Lookup(ws[0])
	if !ok || n > 1 && !article && v.NounBase() && k&(Base|Third) != 0 {
		return "", false
	}
	first := ws[0]
	copy(ws, ws[1:])
	ws[n-1] = first
	return v.String(), true
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
