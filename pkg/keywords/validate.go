package keywords

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/atsmatch/atsmatch/pkg/diag"
)

// stopNames holds the folded stopWords.
var stopNames = func() map[string]bool {
	m := make(map[string]bool, len(stopWords))
	for _, w := range stopWords {
		m[fold(w)] = true
	}
	return m
}()

// Fold is the comparison key of a surface (see fold): two surfaces with
// the same key are one text to the matcher, so they belong to one term.
func Fold(s string) string { return fold(s) }

// fold is the comparison key of a surface: lowercase with spaces, hyphens
// and underscores removed, because the matcher already treats "Power BI",
// "power-bi" and "PowerBI" as the same surface.
func fold(s string) string {
	// ASCII fast path: most surfaces are ASCII and validation folds every
	// surface of every term.
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return foldSlow(s)
		case c == '-' || c == '_' || c == ' ' || c >= '\t' && c <= '\r':
		case c >= 'A' && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		default:
			buf = append(buf, c)
		}
	}
	return string(buf)
}

func foldSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '-' || r == '_' || unicode.IsSpace(r):
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// breakWords splits a surface into lower-case words at spaces, hyphens and
// underscores; joinHyphens first drops the hyphens ("front-end dev" →
// frontend, dev).
func breakWords(s string, joinHyphens bool) []string {
	s = strings.ToLower(s)
	if joinHyphens {
		s = strings.ReplaceAll(s, "-", "")
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) })
}

// restates reports whether surface s adds nothing to an earlier surface p
// of the same term: the matcher treats case, hyphen and space variants of
// p alike ("power-bi" after "Power BI") and joins p's hyphenated words
// ("Frontend" after "Front-End"). A joined spelling of spaced words
// ("Helpdesk" after "Help Desk") or a split spelling of a joined word
// ("Front-End" after "Frontend") is not derivable, so it is kept.
func restates(p, s string) bool {
	if fold(p) != fold(s) {
		return false
	}
	w := breakWords(s, false)
	return slices.Equal(w, breakWords(p, false)) || strings.Contains(p, "-") && slices.Equal(w, breakWords(p, true))
}

// Slug derives a term ID from a name: lowercase; '+' → "p", '#' → "sharp",
// '.' → "dot", any other run of non-alphanumerics → "-".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		var s string
		switch {
		case r == '+':
			s = "p"
		case r == '#':
			s = "sharp"
		case r == '.':
			s = "dot"
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			s = string(r)
		default:
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteString(s)
	}
	return b.String()
}

func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// termProblem is one problem of a term on its own: field and i (item
// index or -1) say which part is wrong, for line lookups.
type termProblem struct {
	field string
	i     int
	msg   string
}

// checkTerm returns every problem of one term on its own (no cross-term
// checks), in field order, so `dict validate` lists them all in one pass.
func checkTerm(t *Term) []termProblem {
	return checkLists(t, checkScalars(t, nil))
}

func checkScalars(t *Term, out []termProblem) []termProblem {
	add := func(field, format string, a ...any) {
		out = append(out, termProblem{field, -1, fmt.Sprintf(format, a...)})
	}
	switch {
	case strings.TrimSpace(t.Name) == "":
		add("name", "empty name")
	case stopNames[fold(t.Name)]:
		add("name", "name %q is too vague to be a skill", t.Name)
	}
	if !validID(t.ID) {
		add("id", "invalid id %q (want lowercase letters, digits and single hyphens)", t.ID)
	}
	if t.Kind != Hard && t.Kind != Soft {
		add("kind", "kind %q is not hard or soft", t.Kind)
	}
	if t.Category == "" {
		add("category", "empty category")
	}
	if t.Weight < 0 || t.Weight > 10 {
		add("weight", "weight %v outside 0..10", t.Weight)
	}
	if len(t.Ambiguous) > 0 && len(t.Context) == 0 {
		add("context", "ambiguous surfaces need at least one context word")
	}
	return out
}

func checkLists(t *Term, out []termProblem) []termProblem {
	add := func(field string, i int, format string, a ...any) {
		out = append(out, termProblem{field, i, fmt.Sprintf(format, a...)})
	}
	surfaces := map[string]bool{fold(t.Name): true}
	for _, list := range [][]string{t.Aliases, t.Acronyms, t.Forms} {
		for _, s := range list {
			surfaces[fold(s)] = true
		}
	}
	amb := map[string]bool{}
	for i, a := range t.Ambiguous {
		if !surfaces[fold(a)] {
			add("ambiguous", i, "ambiguous %q is not the name, an alias, an acronym or a form", a)
			continue
		}
		amb[fold(a)] = true
	}
	for _, l := range []struct {
		field string
		list  []string
	}{{"aliases", t.Aliases}, {"acronyms", t.Acronyms}, {"forms", t.Forms}} {
		for i, s := range l.list {
			switch {
			case strings.TrimSpace(s) == "":
				add(l.field, i, "empty surface")
			case stopNames[fold(s)] && !amb[fold(s)]:
				add(l.field, i, "%q is too vague unless listed in ambiguous", s)
			}
		}
	}
	for i, c := range t.Context {
		if strings.TrimSpace(c) == "" {
			add("context", i, "empty context word")
		}
	}
	for _, l := range []struct {
		field string
		list  []string
	}{{"not_before", t.NotBefore}, {"not_after", t.NotAfter}} {
		for _, w := range checkWords(l.list) {
			add(l.field, w.i, "%s: %s", l.field, w.msg)
		}
	}
	for i, r := range t.Related {
		if r == t.ID {
			add("related", i, "a term cannot be related to itself")
		}
	}
	for i, b := range t.Broader {
		if b == t.ID {
			add("broader", i, "a term cannot be broader than itself")
		}
	}
	for i, r := range t.Replaces {
		switch {
		case r == t.ID:
			add("replaces", i, "a term cannot replace itself")
		case !validID(r):
			add("replaces", i, "replaces %q is not an id", r)
		}
	}
	return out
}

// wordProblem is one bad item of a not_before or not_after list.
type wordProblem struct {
	i   int
	msg string
}

// checkWords checks a not_before or not_after list: every word non-empty
// and none repeated (compared as the matcher compares words: case, spaces
// and hyphens aside). It returns each bad item's index and why.
func checkWords(list []string) []wordProblem {
	var out []wordProblem
	seen := make(map[string]bool, len(list))
	for i, w := range list {
		if strings.TrimSpace(w) == "" {
			out = append(out, wordProblem{i, "empty word"})
			continue
		}
		// Hyphens alone ("-") are no word either: the matcher compares
		// words only and would drop it silently.
		k := fold(w)
		if k == "" {
			out = append(out, wordProblem{i, fmt.Sprintf("%q has no letter or digit", w)})
			continue
		}
		if seen[k] {
			out = append(out, wordProblem{i, fmt.Sprintf("%q is listed twice", w)})
			continue
		}
		seen[k] = true
	}
	return out
}

// dedupeFold drops empty words and repeats of a word (compared as
// checkWords compares them), keeping the first spelling: an overlay that
// extends a term may repeat a word the term already lists.
func dedupeFold(list []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range list {
		if k := fold(s); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// termSurfaces calls fn with each surface of t and its kind (name,
// alias, acronym, form).
func termSurfaces(t *Term, fn func(kind, s string)) {
	fn("name", t.Name)
	for _, s := range t.Aliases {
		fn("alias", s)
	}
	for _, s := range t.Acronyms {
		fn("acronym", s)
	}
	for _, s := range t.Forms {
		fn("form", s)
	}
}

// Validate checks d the way the generator does: valid and unique IDs,
// names outside the stop list, hard/soft kinds, ambiguous surfaces that
// belong to the term and have context, every surface owned by one term
// and every related ID present. It returns a [diag.List] of up to 20
// problems, which name no file (d is data, not a file), or nil.
func (d *Dict) Validate() error {
	return d.problems().Err()
}

// problems is Validate's list.
func (d *Dict) problems() diag.List {
	var errs diag.List
	add := func(field, format string, a ...any) {
		if len(errs) < 20 {
			errs.Add(diag.Problem{Field: field, Msg: fmt.Sprintf(format, a...)})
		}
	}
	if d.Version == "" {
		add("version", "dictionary has no version")
	}
	ids := make(map[string]bool, len(d.Terms))
	owner := make(map[string]string, len(d.Terms)*3)
	for i := range d.Terms {
		t := &d.Terms[i]
		for _, p := range checkTerm(t) {
			add(p.field, "term %q: %s", t.ID, p.msg)
		}
		if ids[t.ID] {
			add("id", "term %q: duplicate id", t.ID)
		}
		ids[t.ID] = true
		seen := map[string][]string{}
		termSurfaces(t, func(kind, s string) {
			k := fold(s)
			if prev, ok := seen[k]; ok {
				for _, p := range prev {
					if restates(p, s) {
						add(surfaceField[kind], "term %q: %s %q repeats another surface of the term", t.ID, kind, s)
						break
					}
				}
				seen[k] = append(prev, s)
				return
			}
			seen[k] = []string{s}
			if o, ok := owner[k]; ok {
				add(surfaceField[kind], "term %q: %s %q already belongs to %s", t.ID, kind, s, o)
				return
			}
			owner[k] = t.ID
		})
	}
	for i := range d.Terms {
		for _, r := range d.Terms[i].Related {
			if !ids[r] {
				add("related", "term %q: related %q is not a term", d.Terms[i].ID, r)
			}
		}
		for _, b := range d.Terms[i].Broader {
			if !ids[b] {
				add("broader", "term %q: broader %q is not a term", d.Terms[i].ID, b)
			}
		}
	}
	for _, cycle := range broaderCycles(d) {
		add("broader", "term %q: broader links loop back to it (%s)", cycle[0], strings.Join(cycle, " → "))
	}
	return errs
}

// surfaceField is the YAML key of each surface kind termSurfaces names.
var surfaceField = map[string]string{"name": "name", "alias": "aliases", "acronym": "acronyms", "form": "forms"}
