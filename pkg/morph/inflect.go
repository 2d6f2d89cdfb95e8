package morph

// Regular inflection: -s, -ed and -ing with English spelling rules, the
// irregular table first.

import "strings"

// inflect returns the forms of the base spelling b: base, -s, past and
// participle (irr's, else regular), gerund. double says the final
// consonant doubles although b has more than one syllable ("programmed").
// A verb of two or more syllables ending in one vowel and "l" gets both
// spellings, American first (modeled, modelled; counseling, counselling).
func inflect(b string, double bool, irr map[string][2][]string) []Form {
	out := []Form{{b, Base}, {third(b), Third}}
	dbl := cvc(b) && (double || syllables(b) == 1)
	both := !dbl && syllables(b) >= 2 && cvc(b) && strings.HasSuffix(b, "l")
	if f, ok := irr[b]; ok {
		for _, p := range f[0] {
			out = append(out, Form{p, Past})
		}
		for _, p := range f[1] {
			out = append(out, Form{p, Participle})
		}
	} else {
		out = append(out, Form{past(b, dbl), Past | Participle})
		if both {
			out = append(out, Form{past(b, true), Past | Participle})
		}
	}
	out = append(out, Form{gerund(b, dbl), Gerund})
	if both {
		out = append(out, Form{gerund(b, true), Gerund})
	}
	return out
}

func third(b string) string {
	switch {
	case hasAnySuffix(b, "s", "x", "z", "ch", "sh", "o"):
		return b + "es"
	case consonantY(b):
		return b[:len(b)-1] + "ies"
	}
	return b + "s"
}

func past(b string, dbl bool) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case consonantY(b):
		return b[:len(b)-1] + "ied"
	case dbl:
		return b + b[len(b)-1:] + "ed"
	}
	return b + "ed"
}

func gerund(b string, dbl bool) string {
	switch {
	case strings.HasSuffix(b, "ie"):
		return b[:len(b)-2] + "ying"
	case strings.HasSuffix(b, "e") && !hasAnySuffix(b, "ee", "ye", "oe"):
		return b[:len(b)-1] + "ing"
	case dbl:
		return b + b[len(b)-1:] + "ing"
	}
	return b + "ing"
}

func consonantY(b string) bool {
	return len(b) > 1 && strings.HasSuffix(b, "y") && !isVowel(b[len(b)-2])
}

// cvc reports a word ending in consonant, single vowel, consonant (not w,
// x or y): the shape whose last letter doubles ("plan", "set", "model").
func cvc(b string) bool {
	n := len(b)
	if n < 3 {
		return false
	}
	c, v, p := b[n-1], b[n-2], b[n-3]
	return !isVowel(c) && !strings.ContainsRune("wxy", rune(c)) && isVowel(v) && !isVowel(p)
}

// syllables counts vowel groups, a final silent "e" aside: a rough count,
// enough to tell "plan" and "set" from "budget" and "model".
func syllables(w string) int {
	n, prev := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || w[i] == 'y' && i > 0 && !isVowel(w[i-1])
		if v && !prev {
			n++
		}
		prev = v
	}
	if n > 1 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && !isVowel(w[len(w)-2]) {
		n--
	}
	return n
}
