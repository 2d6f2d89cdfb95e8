package build

// Data lints: rules an alias must pass to be a synonym of its term. The
// generator applies them to every source term; curated terms list
// justified exceptions in `broad_ok` / `role_ok` (source YAML only).

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// surfaceWords splits a surface into lower-case words at spaces, hyphens,
// underscores, slashes and commas ("Import/Export" → import, export).
func surfaceWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == '-' || r == '_' || r == '/' || r == ',' || unicode.IsSpace(r)
	})
}

// lintWord is the comparison form of a word for the sub-phrase rule: a
// trailing plural "s" and possessive "'s" are ignored ("APIs" ~ "API").
func lintWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

// vendorForm reports whether name is alias with a vendor in front
// ("Autodesk 3ds Max" for "3ds Max").
func vendorForm(name, alias string) bool {
	n, a := surfaceWords(name), surfaceWords(alias)
	for _, v := range vendorPrefixes {
		if len(a) > 0 && len(v)+len(a) == len(n) && slices.Equal(n[:len(v)], v) && slices.Equal(n[len(v):], a) {
			return true
		}
	}
	return false
}

// subPhraseOf reports whether alias is a proper contiguous sub-phrase of
// name, word by word ("Accessibility" of "Web Accessibility", "APIs" of
// "API Design"): such an alias is the broader word the name narrows, not a
// synonym. The name minus a leading vendor ("Excel") is not counted.
func subPhraseOf(name, alias string) bool {
	nw, aw := surfaceWords(name), surfaceWords(alias)
	if len(aw) == 0 || len(aw) >= len(nw) {
		return false
	}
	norm := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = lintWord(w)
		}
		return out
	}
	if vendorForm(name, alias) {
		return false
	}
	n, a := norm(nw), norm(aw)
	for i := 0; i+len(a) <= len(n); i++ {
		if slices.Equal(n[i:i+len(a)], a) {
			return true
		}
	}
	return false
}

// version reports whether w is a version or release number ("3", "2.0",
// "v4", "2+"); "3d" or "s/4hana" are names, not versions.
func version(w string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(w, "v"), "+")
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789.") == ""
}

// narrowerThan reports whether alias names a kind of the term: it holds
// every word of name, in order, plus a word that is neither neutral
// (neutralWords), a version ("Python 3", "OAuth 2.0", "Angular 2+") nor
// a vendor in front ("Apache Hadoop"). "Linear Regression Analysis" under
// Regression Analysis or "Clinical Nutrition" under Nutrition is another
// term: a job asking for it is not satisfied by the broader word, and a
// resume naming it has the broader skill by relation, not by alias.
func narrowerThan(name, alias string) bool {
	n, a := surfaceWords(name), surfaceWords(alias)
	if len(n) == 0 || len(a) <= len(n) {
		return false
	}
	for _, v := range vendorPrefixes {
		if len(a) > len(v) && slices.Equal(a[:len(v)], v) && !slices.Equal(n[:min(len(v), len(n))], v) {
			a = a[len(v):] // "Microsoft Active Directory" ~ "Active Directory"
			break
		}
	}
	j, extra := 0, false
	for _, w := range a {
		if j < len(n) && lintWord(w) == lintWord(n[j]) {
			j++
			continue
		}
		if !neutralWords[w] && !neutralWords[lintWord(w)] && !version(w) {
			extra = true
		}
	}
	return j == len(n) && extra
}

// roleNoun returns the last word of s when it names a person doing the
// term's activity: a role noun ("manager") or an agent noun built on a word
// of the name ("welder" for Welding, "auditor" for Auditing,
// "photographer" for Photography). A verb stem ("refactor" for
// Refactoring) is not an agent noun.
func roleNoun(name, s string) string {
	ws := surfaceWords(s)
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	one := last
	if strings.HasSuffix(one, "s") && len(one) > 4 && !strings.HasSuffix(one, "ics") {
		one = one[:len(one)-1] // "caregivers", "product owners"
	}
	// A name of punctuation only has no words (checkTerm refuses it later).
	if nw := surfaceWords(name); len(nw) > 0 && strings.TrimSuffix(nw[len(nw)-1], "s") == one {
		return "" // the term itself is named so ("Google Tag Manager"): a product, not a person
	}
	if roleNouns[one] {
		return last
	}
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		stem, ok := strings.CutSuffix(one, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, nw := range surfaceWords(name) {
			// The name word must continue the stem differently: "auditing"
			// for "auditor", not "behaviour" for "behavior" (a spelling).
			if nw != one && strings.HasPrefix(nw, stem) && !strings.HasPrefix(nw, one) && !strings.HasPrefix(nw[len(stem):], suf[:1]) {
				return last
			}
		}
	}
	return ""
}

// exempt reports whether a role-noun surface is a credential rather than a
// person ("Certified Information Security Manager", "Forklift Operator
// certification"), which ATS data names by the role.
func exempt(t *keywords.Term, s string) bool {
	if t.Category == "certification" || strings.HasSuffix(t.Category, "-license") {
		return true
	}
	l := strings.ToLower(s)
	for _, w := range []string{"certified", "certification", "certificate", "license", "licence", "registered"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// lintFinding is one alias/acronym/form that breaks a data rule.
type lintFinding struct {
	field string // list key: "aliases", "acronyms" or "forms"
	i     int    // item index
	s     string // the surface
	msg   string // the rule it breaks and the fix, naming term and surface
}

// lintTerm applies the per-term rules: (a) an alias/acronym/form that is a
// proper sub-phrase of the name is a broader word; (d) an alias/acronym
// that is the name plus a modifier is a narrower term; (c) a role or agent
// noun on a hard term is a person or job title. Surfaces listed in
// broad_ok (scope: a, d) / role_ok (c) are exceptions.
func lintTerm(t *keywords.SourceTerm) []lintFinding {
	var out []lintFinding
	for _, l := range []struct{ field, kind string }{{"aliases", "alias"}, {"acronyms", "acronym"}, {"forms", "form"}} {
		for i, s := range surfaceList(&t.Term, l.field) {
			if subPhraseOf(t.Name, s) && !slices.Contains(t.BroadOK, s) {
				out = append(out, lintFinding{l.field, i, s,
					fmt.Sprintf("%s %q of %s is a broader word than the name %q (drop it, move it to its own term with related, or list it in broad_ok with a comment)", l.kind, s, t.ID, t.Name)})
				continue
			}
			// Forms are the skill in use: an object after it ("debugging
			// production issues") does not make another skill.
			if l.kind != "form" && narrowerThan(t.Name, s) && !slices.Contains(t.BroadOK, s) {
				out = append(out, lintFinding{l.field, i, s,
					fmt.Sprintf("%s %q of %s names a kind of %q, a narrower term (make it its own term with related: [%s], or list it in broad_ok with a comment)", l.kind, s, t.ID, t.Name, t.ID)})
				continue
			}
			if t.Kind != keywords.Hard || l.kind == "acronym" || exempt(&t.Term, s) || slices.Contains(t.RoleOK, s) {
				continue
			}
			if r := roleNoun(t.Name, s); r != "" {
				out = append(out, lintFinding{l.field, i, s,
					fmt.Sprintf("%s %q of hard term %s names a person or job title (%q), not the skill (drop it or list it in role_ok with a comment)", l.kind, s, t.ID, r)})
			}
		}
	}
	return out
}

// checkAllowLists reports allow-list entries that are not a surface of the
// term or no longer needed, so exceptions stay few and current.
func checkAllowLists(t *keywords.SourceTerm) []diag.Problem {
	var out []diag.Problem
	for _, l := range []struct {
		field string
		list  []string
		need  func(s string) bool
	}{
		{"broad_ok", t.BroadOK, func(s string) bool {
			return subPhraseOf(t.Name, s) || narrowerThan(t.Name, s) && !slices.Contains(t.Forms, s)
		}},
		{"role_ok", t.RoleOK, func(s string) bool {
			return t.Kind == keywords.Hard && !exempt(&t.Term, s) && roleNoun(t.Name, s) != ""
		}},
	} {
		for i, s := range l.list {
			switch {
			case !slices.Contains(t.Aliases, s) && !slices.Contains(t.Acronyms, s) && !slices.Contains(t.Forms, s):
				out = append(out, t.At(l.field, i, "%s %q is not an alias, acronym or form of %s", l.field, s, t.ID))
			case !l.need(s):
				out = append(out, t.At(l.field, i, "%s %q of %s is not needed (the rule does not flag it)", l.field, s, t.ID))
			}
		}
	}
	return out
}

// generatedPlural returns the plural the matcher adds for a multi-word
// surface of a hard term ("code review" → "code reviews"), or "".
func generatedPlural(t *keywords.Term, s string) string {
	if t.Kind != keywords.Hard {
		return ""
	}
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return ""
	}
	last := keywords.Plural(strings.ToLower(ws[len(ws)-1]))
	if last == "" {
		return ""
	}
	return strings.Join(append(ws[:len(ws)-1:len(ws)-1], last), " ")
}

// surfaceList is the surface list of t a YAML key names.
func surfaceList(t *keywords.Term, field string) []string {
	switch field {
	case "aliases":
		return t.Aliases
	case "acronyms":
		return t.Acronyms
	case "forms":
		return t.Forms
	}
	return nil
}
