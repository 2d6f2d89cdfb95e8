package keywords

import (
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"go.yaml.in/yaml/v3"
)

// parseTerm reads one term, going on past a bad key so every problem of
// the term is reported at once; a term with a problem is returned nil.
func parseTerm(file string, n *yaml.Node, overlay bool) (*SourceTerm, diag.List) {
	t := &SourceTerm{file: file, line: n.Line, lines: map[string]int{}, items: map[string][]int{}, set: map[string]bool{}}
	if n.Kind != yaml.MappingNode {
		return nil, diag.List{{File: file, Line: n.Line, Msg: "a term must be a mapping with at least a name"}}
	}
	var errs diag.List
	fail := func(line int, field, format string, a ...any) { errs.Addf(file, line, field, format, a...) }
	badName := false // a name or extends key was reported: "no name" would repeat it
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		for v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias // shared lists: `context: *fluency`
		}
		if k.Value == "name" || k.Value == "extends" {
			badName = true // until it is read
		}
		if !termKeys[k.Value] || k.Value == "extends" && !overlay {
			fail(k.Line, k.Value, "unknown term key %q", k.Value)
			continue
		}
		if t.set[k.Value] {
			fail(k.Line, k.Value, "duplicate key %q", k.Value)
			continue
		}
		t.set[k.Value] = true
		t.lines[k.Value] = k.Line
		switch k.Value {
		case "name", "id", "kind", "category", "source", "extends":
			if v.Kind != yaml.ScalarNode {
				fail(v.Line, k.Value, "%s must be a string", k.Value)
				continue
			}
			t.setScalar(k.Value, strings.TrimSpace(v.Value))
			if k.Value == "name" || k.Value == "extends" {
				badName = false
			}
		case "weight":
			// The parser's own message is two lines (a header, then the
			// line again): say it in one, like the other keys.
			if err := v.Decode(&t.Weight); err != nil {
				fail(v.Line, k.Value, "weight must be a number")
			}
		default:
			errs = append(errs, t.readList(file, k.Value, v)...)
		}
	}
	if t.Name == "" && t.extends == "" && !badName {
		fail(n.Line, "name", "term has no name")
	}
	if t.extends != "" && t.Name != "" {
		errs.Add(t.At("name", -1, "extends %q: name is not allowed (add aliases instead)", t.extends))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if t.ID == "" && t.extends == "" {
		t.ID = Slug(t.Name)
	}
	return t, nil
}

// setScalar sets the string key of t to s.
func (t *SourceTerm) setScalar(key, s string) {
	switch key {
	case "name":
		t.Name = s
	case "id":
		t.ID = s
	case "kind":
		t.Kind = Kind(s)
	case "category":
		t.Category = s
	case "source":
		t.Source = s
	case "extends":
		t.extends = s
	}
}

// readList reads the list key of t from v, each item with its line; an
// item that is not a string is a problem and left out.
func (t *SourceTerm) readList(file, key string, v *yaml.Node) diag.List {
	if v.Kind != yaml.SequenceNode {
		return diag.List{{File: file, Line: v.Line, Field: key, Msg: key + " must be a list"}}
	}
	var errs diag.List
	var list []string
	var lines []int
	for _, it := range v.Content {
		if it.Kind != yaml.ScalarNode {
			errs.Addf(file, it.Line, key, "%s items must be strings", key)
			continue
		}
		list = append(list, strings.TrimSpace(it.Value))
		lines = append(lines, it.Line)
	}
	t.items[key] = lines
	*t.listField(key) = list
	return errs
}

// listField is the list a YAML list key fills; termKeys has checked the
// key, so every list key is here.
func (t *SourceTerm) listField(key string) *[]string {
	switch key {
	case "broad_ok":
		return &t.BroadOK
	case "role_ok":
		return &t.RoleOK
	case "distinct_ok":
		return &t.DistinctOK
	}
	return termList(&t.Term, key)
}

// termList is the Term list a YAML list key names, or nil.
func termList(t *Term, key string) *[]string {
	switch key {
	case "aliases":
		return &t.Aliases
	case "acronyms":
		return &t.Acronyms
	case "forms":
		return &t.Forms
	case "ambiguous":
		return &t.Ambiguous
	case "context":
		return &t.Context
	case "not_before":
		return &t.NotBefore
	case "not_after":
		return &t.NotAfter
	case "related":
		return &t.Related
	case "broader":
		return &t.Broader
	case "replaces":
		return &t.Replaces
	}
	return nil
}

// listOf returns the list of t that a YAML list key fills, or nil.
func listOf(t *Term, key string) []string {
	if l := termList(t, key); l != nil {
		return *l
	}
	return nil
}

// notAnID says what a disable entry is when it cannot be a term id (a
// mapping, a list, a number, true/false, nothing), with an id to show in
// the fix: the entry's own id or extends value when it is a mapping with
// one ("- {id: excel}"), else "excel". It returns "" for a string.
func notAnID(n *yaml.Node) (what, example string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	example = "excel"
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if (k.Value == "id" || k.Value == "extends") && v.Kind == yaml.ScalarNode && validID(strings.TrimSpace(v.Value)) {
				example = strings.TrimSpace(v.Value)
				break
			}
		}
		return "a mapping", example
	case yaml.SequenceNode:
		return "a list", example
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!int", "!!float":
			return fmt.Sprintf("a number (%s)", n.Value), example
		case "!!bool":
			return fmt.Sprintf("%s, not an id", n.Value), example
		case "!!null":
			return "empty", example
		}
		if strings.TrimSpace(n.Value) == "" {
			return "empty", example
		}
		return "", ""
	}
	return "not an id", example
}

// Tidy drops duplicates and surfaces that only restate an earlier one of
// the term (see restates: the matcher generates case, hyphen and space
// variants and joins hyphenated words, but neither joins spaced words nor
// splits joined ones). It reports each drop through warn.
func (t *SourceTerm) Tidy(warn func(diag.Problem)) {
	seen := map[string][]string{fold(t.Name): {t.Name}}
	filter := func(field, kind string, list []string) []string {
		var out []string
	next:
		for i, s := range list {
			if s == "" {
				continue
			}
			k := fold(s)
			for _, p := range seen[k] {
				if restates(p, s) {
					warn(t.At(field, i, "%s %q of %s is redundant (the matcher generates case/hyphen/space variants); dropped", kind, s, t.ID))
					continue next
				}
			}
			seen[k] = append(seen[k], s)
			out = append(out, s)
		}
		return out
	}
	t.Aliases = filter("aliases", "alias", t.Aliases)
	t.Acronyms = filter("acronyms", "acronym", t.Acronyms)
	t.Forms = filter("forms", "form", t.Forms)
	t.Ambiguous = dedupe(t.Ambiguous)
	t.Context = dedupe(t.Context)
	t.Related = dedupe(t.Related)
	t.Broader = dedupe(t.Broader)
	t.Replaces = dedupe(t.Replaces)
	t.DistinctOK = dedupe(t.DistinctOK)
	t.BroadOK = dedupe(t.BroadOK)
	t.RoleOK = dedupe(t.RoleOK)
}

func dedupe(list []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
