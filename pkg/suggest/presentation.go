package suggest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Advice on how a matched ask is shown.

// presentation is the advice about a matched ask: show a skills-list-only
// term in experience; name the job's broader term beside the narrower one
// that met it; name a soft skill a behaviour shows; write the job's form
// beside an abbreviation or spelling.
func (ad *advisor) presentation(tr score.TermResult) []Suggestion {
	var out []Suggestion
	t := tr.Term
	shown := t.Name
	if tr.SatisfiedBy != nil {
		shown = tr.SatisfiedBy.Name
	}
	if tr.ResumeCount == 1 && onlyInSkills(tr.Resume, ad.resumeSecs) {
		out = append(out, Suggestion{TermID: t.ID, Kind: Move,
			Text: fmt.Sprintf("%q appears only in your skills list; mention it in an experience bullet to show how you used it.", shown)})
	}
	if by := tr.SatisfiedBy; by != nil && !(by.Category == "degree" && t.Category == "degree") && !ad.written(t.Name) {
		// A degree above the one asked is no other name for it: a
		// Master's holder does not write "Bachelor's".
		out = append(out, Suggestion{TermID: t.ID, Kind: Reword,
			Text: fmt.Sprintf("The job %s %q; your resume shows it through %q, which this score counts but a keyword search may not. Name it too, e.g. %q.",
				verb(tr), t.Name, by.Name, by.Name+" ("+t.Name+")")})
	}
	if tr.How == score.Shown && len(tr.Resume) > 0 {
		// Shown by what the resume says the person did: name it, never
		// add it.
		m := tr.Resume[0]
		out = append(out, Suggestion{TermID: t.ID, Kind: Reword,
			Text: fmt.Sprintf("The job %s %q; your resume shows it (line %d: %q) but never names it. Name it: %q, e.g. in that bullet or your summary, since an ATS search counts the word, not the deed.",
				verb(tr), t.Name, m.Line, m.Surface, strings.ToLower(t.Name))})
	}
	if tr.How != "" {
		return out
	}
	if js, rs, ok := ad.spelling(tr); ok {
		long, short := js, rs
		if utf8.RuneCountInString(rs) > utf8.RuneCountInString(js) {
			long, short = rs, js
		}
		out = append(out, Suggestion{TermID: t.ID, Kind: Spelling,
			Text: fmt.Sprintf("The job writes %q; your resume writes %q. Use both forms once, e.g. %q, so a search for either finds it.",
				js, rs, long+" ("+short+")")})
	}
	return out
}

// spelling returns the job's and the resume's forms of a matched term when
// a search for one would miss the other and both are one name: an
// abbreviation and its expansion (OOP, Object-Oriented Programming), or
// two spellings (Postgres, PostgreSQL; Node.js, NodeJS). Not when the
// resume already writes the job's form somewhere (the matcher may have
// read it as part of a longer name: "Basic Life Support (BLS)"), when one
// form holds the other ("Strong communication", "communication"), or when
// the forms are two phrases the dictionary files as one term ("project
// coordination", "project management"): writing the job's phrase there
// would claim what the resume does not say.
func (ad *advisor) spelling(tr score.TermResult) (job, resume string, ok bool) {
	js, rs, ok := differentNames(tr)
	if !ok {
		return "", "", false
	}
	jl, rl := strings.ToLower(js), strings.ToLower(rs)
	if containsWords(jl, rl) || containsWords(rl, jl) || plural(jl, rl) || plural(rl, jl) || ad.written(js) {
		return "", "", false
	}
	if tr.Term.Category == "degree" && degreeAbbreviation(js) && degreeAbbreviation(rs) {
		// Two abbreviations of a degree ("BS", "BSc") are two countries'
		// names for two degrees: a holder of one does not write the other.
		return "", "", false
	}
	if abbreviated(tr.Job) || abbreviated(tr.Resume) || sameName(js, rs) {
		return js, rs, true
	}
	return "", "", false
}

// degreeAbbreviation reports a degree written short: one word of at most
// five letters ("BS", "B.Sc.", "MBA", "PhD", "B.Tech"), not its name.
func degreeAbbreviation(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && letters <= 5
}

// plural reports whether a is b's plural ("multimeters", "multimeter"):
// one word to a search, not two names.
func plural(a, b string) bool {
	return a == b+"s" || a == b+"es" || strings.HasSuffix(b, "y") && a == b[:len(b)-1]+"ies"
}

// abbreviated reports an occurrence written as an acronym.
func abbreviated(ms []match.Match) bool {
	for _, m := range ms {
		if m.How == match.Acronym || m.How == match.DeclaredAcronym {
			return true
		}
	}
	return false
}

// sameName reports two forms of one name: the same letters and digits, one
// the other's initials ("AWS", "Amazon Web Services"; "JS", "JavaScript"),
// its start ("Postgres", "PostgreSQL") or its numeronym ("k8s",
// "Kubernetes").
func sameName(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if len(fa) > len(fb) {
		a, b, fa, fb = b, a, fb, fa
	}
	switch {
	case fa == "" || fa == fb:
		return fa != ""
	case fa == initials(b):
		return true
	case len(fa) >= 3 && !strings.Contains(strings.TrimSpace(a), " ") && strings.HasPrefix(fb, fa):
		return true
	}
	return numeronym(fa, fb)
}

// fold keeps the letters and digits of s, lower case.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// initials are the first letter of each word and every capital inside
// one, lower case: "Object-Oriented Programming" oop, "JavaScript" js.
func initials(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			start = true
		case start || unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
			start = false
		}
	}
	return b.String()
}

// numeronym reports short as long's numeronym: first letter, the count of
// the letters between, last letter ("k8s" for "kubernetes").
func numeronym(short, long string) bool {
	if len(short) < 3 || len(long) < 4 {
		return false
	}
	mid := short[1 : len(short)-1]
	return short[0] == long[0] && short[len(short)-1] == long[len(long)-1] && mid == fmt.Sprint(len(long)-2)
}

// containsWords reports whether s holds sub as whole words (both lower
// case).
func containsWords(s, sub string) bool {
	for off := 0; sub != ""; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(sub)
		if (i == 0 || !wordByte(s[i-1])) && (end == len(s) || !wordByte(s[end])) {
			return true
		}
		off = i + 1
	}
	return false
}

func wordByte(c byte) bool {
	return c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// written reports whether the resume writes form (any case) as whole words.
func (ad *advisor) written(form string) bool {
	if ad.resumeText == "" {
		ad.resumeText = strings.ToLower(strings.Join(ad.resume.Lines, "\n"))
	}
	return containsWords(ad.resumeText, strings.ToLower(form))
}

// onlyInSkills reports that every occurrence sits in a skills section.
func onlyInSkills(ms []match.Match, secs []sections.Line) bool {
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		i := m.Line - 1
		if i < 0 || i >= len(secs) || secs[i].Section != sections.Skills {
			return false
		}
	}
	return true
}

// differentNames reports when job and resume name a matched term in
// disjoint ways (alias or acronym against the canonical name), returning
// the job's and the resume's most used forms. Inflections and glued words
// are the same name and do not count.
func differentNames(tr score.TermResult) (job, resume string, ok bool) {
	js, jset := names(tr.Job)
	rs, rset := names(tr.Resume)
	if js == "" || rs == "" {
		return "", "", false
	}
	for k := range jset {
		if rset[k] {
			return "", "", false
		}
	}
	return js, rs, true
}

// names returns the most frequent surface (first in text on ties) and the
// set of lower-cased surfaces.
func names(ms []match.Match) (string, map[string]bool) {
	count := map[string]int{}
	first := map[string]int{}
	var order []string
	for i, m := range ms {
		if m.How == match.Inflection || m.How == match.Glued || m.Surface == "" {
			continue
		}
		k := strings.ToLower(m.Surface)
		if _, seen := first[k]; !seen {
			first[k] = i
			order = append(order, m.Surface)
		}
		count[k]++
	}
	best := ""
	for _, s := range order {
		if best == "" || count[strings.ToLower(s)] > count[strings.ToLower(best)] {
			best = s
		}
	}
	set := make(map[string]bool, len(count))
	for k := range count {
		set[k] = true
	}
	return best, set
}
