package keywords

import (
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"go.yaml.in/yaml/v3"
)

// The YAML source format: data/src/*.yaml, which the generator
// (internal/build) compiles, and user overlays (--dict), which add
// `disable` and `extends`. This file reads a file's top level; term.go
// reads one term.

// SourceFile is one YAML source file (data/src/*.yaml or a user overlay).
type SourceFile struct {
	Name string // file name used in problems; "imported-*.yaml" marks imported data
	Data []byte
}

// Curated is the Source of hand-written terms; they win every conflict.
const Curated = "curated"

// Source is one parsed source file.
type Source struct {
	Name     string
	Imported bool          // an imported-*.yaml file (generator data, never an overlay)
	Terms    []*SourceTerm // the terms without a problem of their own, in file order
	disable  []string      // overlay: ids to remove, in file order
	disLines []int
}

// SourceTerm is a term as written in a source file, with the line of each
// key and list item, so every problem names its line.
type SourceTerm struct {
	Term
	// BroadOK and RoleOK list surfaces the data lints would refuse but a
	// reviewer kept on purpose (source YAML only; a comment says why).
	BroadOK, RoleOK []string
	// DistinctOK lists the IDs of terms the near-duplicate lint would
	// call this one's concept in other words, that a reviewer kept apart
	// on purpose (source YAML only; a comment says why).
	DistinctOK []string
	extends    string // overlay: the id of the term this one changes
	file       string
	line       int
	lines      map[string]int   // key → line of the key
	items      map[string][]int // list key → line of each item
	set        map[string]bool  // keys written on the term itself
}

// lineOf is the line of a field of t (item i of a list field, or -1 for
// the key), or the term's own line when the field is not written.
func (t *SourceTerm) lineOf(field string, i int) int {
	line := t.line
	if l, ok := t.lines[field]; ok {
		line = l
	}
	if ls := t.items[field]; i >= 0 && i < len(ls) {
		line = ls[i]
	}
	return line
}

// At is a problem with a field of t (item i of a list field, or -1 for
// the key), at the field's line.
func (t *SourceTerm) At(field string, i int, format string, a ...any) diag.Problem {
	return diag.Problem{File: t.file, Line: t.lineOf(field, i), Field: field, Msg: fmt.Sprintf(format, a...)}
}

// Pos is "file:line" of a field of t, for a message that names it.
func (t *SourceTerm) Pos(field string, i int) string {
	return fmt.Sprintf("%s:%d", t.file, t.lineOf(field, i))
}

// Check returns every problem of t on its own (no cross-term checks), in
// field order, each at the line of the field it concerns.
func (t *SourceTerm) Check() diag.List {
	var out diag.List
	for _, p := range checkTerm(&t.Term) {
		out.Add(t.At(p.field, p.i, "%s", p.msg))
	}
	return out
}

// ParseSource reads a generator source file (data/src/*.yaml): terms take
// the file's category, kind and source (default [Curated]); `disable` and
// `extends` are overlay keys. It returns every problem in the order found;
// a term with a problem of its own is left out. Source is nil only when
// nothing can be read (not YAML, or not a mapping).
func ParseSource(f SourceFile) (*Source, diag.List) {
	return parseSourceAll(f, false, Curated)
}

// parseSource is parseSourceAll stopping at its first problem, so loading
// a file and checking it (`atsmatch dict validate`) never disagree.
func parseSource(f SourceFile, overlay bool, defSource string) (*Source, error) {
	sf, errs := parseSourceAll(f, overlay, defSource)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return sf, nil
}

// parseSourceAll reads one YAML file, collecting problems in the order
// found: a bad top-level key or term is reported and skipped. overlay
// allows `disable` and `extends`.
func parseSourceAll(f SourceFile, overlay bool, defSource string) (*Source, diag.List) {
	sf := &Source{Name: f.Name, Imported: strings.HasPrefix(path.Base(f.Name), "imported-")}
	var root yaml.Node
	if err := yaml.Unmarshal(f.Data, &root); err != nil {
		return nil, yamlProblems(f.Name, err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return sf, nil // empty file
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, diag.List{{File: f.Name, Line: doc.Line, Msg: "want a mapping with category, kind, source and terms"}}
	}
	var errs diag.List
	fail := func(line int, field, format string, a ...any) { errs.Addf(f.Name, line, field, format, a...) }
	defs, termsNode := sf.readTop(doc, overlay, defSource, fail)
	if sf.Imported && !overlay && (defs["source"] == "" || defs["source"] == Curated) {
		// Every term would fail the same way: one report is enough.
		fail(0, "source", "imported files must name their source (esco, onet, stackoverflow)")
		return sf, errs
	}
	if termsNode == nil || termsNode.Kind == yaml.ScalarNode && termsNode.Tag == "!!null" {
		return sf, errs
	}
	if termsNode.Kind != yaml.SequenceNode {
		fail(termsNode.Line, "terms", "terms must be a list")
		return sf, errs
	}
	for _, tn := range termsNode.Content {
		t, es := parseTerm(f.Name, tn, overlay)
		if len(es) > 0 {
			errs = append(errs, es...)
			continue
		}
		t.applyDefaults(defs)
		if sf.Imported && !overlay && (t.Source == Curated || t.Source == "") {
			errs.Add(t.At("source", -1, "imported terms cannot be curated"))
			continue
		}
		sf.Terms = append(sf.Terms, t)
	}
	return sf, errs
}

// readTop reads the top-level keys of a source file: the defaults for its
// terms (category, kind, source), the terms node, and an overlay's
// disable list into sf.
func (sf *Source) readTop(doc *yaml.Node, overlay bool, defSource string, fail func(line int, field, format string, a ...any)) (defs map[string]string, termsNode *yaml.Node) {
	defs = map[string]string{"kind": "", "category": "", "source": defSource}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "category", "kind", "source":
			if v.Kind != yaml.ScalarNode {
				fail(v.Line, k.Value, "%s must be a string", k.Value)
				continue
			}
			defs[k.Value] = strings.TrimSpace(v.Value)
		case "terms":
			termsNode = v
		case "disable":
			if !overlay {
				fail(k.Line, k.Value, "disable is only allowed in overlays")
				continue
			}
			sf.readDisable(v, fail)
		default:
			fail(k.Line, k.Value, "unknown key %q", k.Value)
		}
	}
	return defs, termsNode
}

// readDisable reads an overlay's disable list: term ids, each with its line.
func (sf *Source) readDisable(v *yaml.Node, fail func(line int, field, format string, a ...any)) {
	if v.Kind != yaml.SequenceNode {
		fail(v.Line, "disable", "disable must be a list of ids")
		return
	}
	for j, it := range v.Content {
		if what, eg := notAnID(it); what != "" {
			fail(it.Line, "disable", "disable: entry %d is %s; list term ids, e.g. - %s", j+1, what, eg)
			continue
		}
		sf.disable = append(sf.disable, strings.TrimSpace(it.Value))
		sf.disLines = append(sf.disLines, it.Line)
	}
}

// applyDefaults gives t the file's kind, category and source where the
// term does not set its own.
func (t *SourceTerm) applyDefaults(defs map[string]string) {
	if !t.set["kind"] {
		t.Kind = Kind(defs["kind"])
	}
	if !t.set["category"] {
		t.Category = defs["category"]
	}
	if !t.set["source"] {
		t.Source = defs["source"]
	}
}

// yamlLine is the position the YAML parser writes into its messages, the
// only place it gives one: "yaml: line 3: did not find expected key".
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlProblems turns a YAML parser error into problems of file name, with
// the parser's line as data.
func yamlProblems(name string, err error) diag.List {
	msgs := []string{err.Error()}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	}
	var out diag.List
	for _, msg := range msgs {
		p := diag.Problem{File: name, Msg: msg}
		if m := yamlLine.FindStringSubmatch(strings.TrimSpace(msg)); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = m[2]
		}
		out.Add(p)
	}
	return out
}
