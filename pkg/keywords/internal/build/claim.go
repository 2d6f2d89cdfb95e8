package build

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// Ownership of surfaces while building: one surface (compared by
// keywords.Fold), one term. A curated term keeps what it claims and a
// conflict is a problem; an imported term loses the surface instead.

// claim registers every surface of t in owner. For a surface another term
// owns, conflict decides: true drops the surface from t (imported data),
// false keeps it (the caller records an error).
func claim(t *keywords.SourceTerm, owner map[string]string, conflict func(field string, i int, kind, s, other string) bool) {
	if o, ok := owner[keywords.Fold(t.Name)]; ok && o != t.ID {
		conflict("name", -1, "name", t.Name, o)
	} else {
		owner[keywords.Fold(t.Name)] = t.ID
	}
	dropped := false
	do := func(field, kind string, list []string) []string {
		var out []string
		for i, s := range list {
			k := keywords.Fold(s)
			if o, ok := owner[k]; ok && o != t.ID {
				if conflict(field, i, kind, s, o) {
					dropped = true
					continue
				}
			} else {
				owner[k] = t.ID
			}
			out = append(out, s)
		}
		return out
	}
	t.Aliases = do("aliases", "alias", t.Aliases)
	t.Acronyms = do("acronyms", "acronym", t.Acronyms)
	t.Forms = do("forms", "form", t.Forms)
	if dropped {
		pruneAmbiguous(t)
	}
}

// pruneAmbiguous keeps the ambiguous entries that are still surfaces of t
// after imported surfaces were dropped, and the context only while one is
// left to confirm (Validate refuses an ambiguous entry that is no surface).
func pruneAmbiguous(t *keywords.SourceTerm) {
	surf := map[string]bool{keywords.Fold(t.Name): true}
	for _, list := range [][]string{t.Aliases, t.Acronyms, t.Forms} {
		for _, s := range list {
			surf[keywords.Fold(s)] = true
		}
	}
	t.Ambiguous = slices.DeleteFunc(t.Ambiguous, func(a string) bool { return !surf[keywords.Fold(a)] })
	if len(t.Ambiguous) == 0 {
		t.Ambiguous, t.Context = nil, nil
	}
}

// dropShortenings removes imported aliases that are one word cut from a
// longer name ("Exchange" for "Microsoft Exchange", "Meet" for "Google
// Meet"): such words are usually ordinary words too, and imported data has
// no context rules to tell them apart. An alias listed as ambiguous stays.
// It returns how many it dropped.
func dropShortenings(t *keywords.SourceTerm) int {
	words := surfaceWords(t.Name)
	if len(words) < 2 {
		return 0
	}
	inName := map[string]bool{}
	for _, w := range words {
		inName[w] = true
	}
	amb := map[string]bool{}
	for _, a := range t.Ambiguous {
		amb[keywords.Fold(a)] = true
	}
	n := 0
	t.Aliases = slices.DeleteFunc(t.Aliases, func(a string) bool {
		drop := !strings.ContainsAny(a, " -_") && inName[strings.ToLower(a)] && !amb[keywords.Fold(a)]
		if drop {
			n++
		}
		return drop
	})
	return n
}

// dropLinted removes the imported aliases, acronyms and forms lintTerm
// refuses (broader words, role nouns): imported data has no reviewer to
// justify an exception. A surface listed as ambiguous stays (its context
// rule settles it). It returns what it dropped.
func dropLinted(t *keywords.SourceTerm) []lintFinding {
	amb := map[string]bool{}
	for _, a := range t.Ambiguous {
		amb[keywords.Fold(a)] = true
	}
	bad := map[string]map[int]bool{}
	var dropped []lintFinding
	for _, f := range lintTerm(t) {
		if amb[keywords.Fold(f.s)] {
			continue
		}
		dropped = append(dropped, f)
		if bad[f.field] == nil {
			bad[f.field] = map[int]bool{}
		}
		bad[f.field][f.i] = true
	}
	keep := func(field string, list []string) []string {
		var out []string
		for i, s := range list {
			if bad[field][i] {
				continue
			}
			out = append(out, s)
		}
		return out
	}
	t.Aliases = keep("aliases", t.Aliases)
	t.Acronyms = keep("acronyms", t.Acronyms)
	t.Forms = keep("forms", t.Forms)
	if len(dropped) > 0 {
		pruneAmbiguous(t)
	}
	return dropped
}

// forPlurals checks the plural the matcher generates for each multi-word
// surface of t against owner: a plural that is another term's surface
// makes one text match two terms. conflict returning true drops t's
// surface (imported data); false keeps it (the caller records an error).
func forPlurals(t *keywords.SourceTerm, owner map[string]string, conflict func(field string, i int, s, plural, other string) bool) {
	check := func(field string, i int, s string) bool {
		p := generatedPlural(&t.Term, s)
		if p == "" {
			return false
		}
		if o, ok := owner[keywords.Fold(p)]; ok && o != t.ID {
			return conflict(field, i, s, p, o)
		}
		return false
	}
	check("name", -1, t.Name) // a name stays: addImported drops an imported term whose name's plural is taken before it gets here
	// Acronyms and forms get no generated plural (they match as written).
	var out []string
	for i, s := range t.Aliases {
		if !check("aliases", i, s) {
			out = append(out, s)
		}
	}
	if len(out) < len(t.Aliases) {
		t.Aliases = out
		pruneAmbiguous(t)
	}
}

// claimPlurals records in owner the plural the matcher generates for t's
// name and aliases, where no surface holds it yet.
func claimPlurals(t *keywords.SourceTerm, owner map[string]string) {
	for _, s := range append([]string{t.Name}, t.Aliases...) {
		if p := generatedPlural(&t.Term, s); p != "" {
			if _, ok := owner[keywords.Fold(p)]; !ok {
				owner[keywords.Fold(p)] = t.ID
			}
		}
	}
}

// sameProduct reports whether imported term t is a curated term with its
// vendor in front ("Autodesk 3ds Max" with alias "3ds Max" when "3ds Max"
// is curated): the curated term already covers it.
func sameProduct(t *keywords.SourceTerm, owner map[string]string, ids map[string]*keywords.SourceTerm) bool {
	for _, a := range t.Aliases {
		if o, ok := owner[keywords.Fold(a)]; ok && ids[o].Source == keywords.Curated && vendorForm(t.Name, a) {
			return true
		}
	}
	return false
}
