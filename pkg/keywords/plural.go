package keywords

import "strings"

// Plural returns the English plural of a lower-case ASCII word of two or
// more letters, or "". The matcher adds it to multi-word hard surfaces and
// the generator's one-surface-one-term lint checks the same spelling, so
// both call this one function.
func Plural(w string) string {
	if len(w) < 2 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return ""
		}
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}
