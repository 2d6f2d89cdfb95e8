package keywords

import (
	"errors"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// SourceFile is one YAML source file (data/src/*.yaml or a user overlay).
type SourceFile struct {
	Name string // file name used in errors; "imported-*.yaml" marks imported data
	Data []byte
}

// Curated is the Source of hand-written terms; they win every conflict.
const Curated = "curated"

// srcTerm is a term as written in YAML, with the lines needed for errors.
type srcTerm struct {
	Term
	Extends string
	// BroadOK and RoleOK list surfaces the data lints would refuse but a
	// reviewer kept on purpose (source YAML only; a comment says why).
	BroadOK, RoleOK []string
	file            string
	line            int
	lines           map[string]int   // key → line of the key
	items           map[string][]int // list key → line of each item
	set             map[string]bool  // keys written on the term itself
}

// at returns "file:line" for a field of t (item i of a list field, or -1).
func (t *srcTerm) at(field string, i int) string {
	line := t.line
	if l, ok := t.lines[field]; ok {
		line = l
	}
	if ls := t.items[field]; i >= 0 && i < len(ls) {
		line = ls[i]
	}
	return fmt.Sprintf("%s:%d", t.file, line)
}

// srcFile is one parsed source file.
type srcFile struct {
	name     string
	imported bool
	terms    []*srcTerm
	disable  []string
	disLines []int
}

var termKeys = map[string]bool{
	"name": true, "id": true, "aliases": true, "acronyms": true, "forms": true,
	"ambiguous": true, "context": true, "related": true, "weight": true,
	"kind": true, "category": true, "source": true, "extends": true,
	"broad_ok": true, "role_ok": true, "not_before": true, "not_after": true,
}

// parseSource reads one YAML file. overlay allows `disable` and `extends`.
// It stops at the first problem: parseSourceAll's first, so loading a file
// and checking it (`atsmatch dict validate`) never disagree.
func parseSource(f SourceFile, overlay bool, defSource string) (*srcFile, error) {
	sf, errs := parseSourceAll(f, overlay, defSource)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return sf, nil
}

// parseSourceAll is parseSource collecting problems in the order found: a
// bad top-level key or term is reported and skipped. It returns a nil
// srcFile only when nothing can be read: not YAML, or not a mapping.
func parseSourceAll(f SourceFile, overlay bool, defSource string) (*srcFile, []error) {
	sf := &srcFile{name: f.Name, imported: strings.HasPrefix(path.Base(f.Name), "imported-")}
	var root yaml.Node
	if err := yaml.Unmarshal(f.Data, &root); err != nil {
		return nil, []error{fmt.Errorf("%s: %w", f.Name, err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return sf, nil // empty file
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, []error{fmt.Errorf("%s:%d: want a mapping with category, kind, source and terms", f.Name, doc.Line)}
	}
	var errs []error
	fail := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	defs := map[string]string{"kind": "", "category": "", "source": defSource}
	var termsNode *yaml.Node
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "category", "kind", "source":
			if v.Kind != yaml.ScalarNode {
				fail("%s:%d: %s must be a string", f.Name, v.Line, k.Value)
				continue
			}
			defs[k.Value] = strings.TrimSpace(v.Value)
		case "terms":
			termsNode = v
		case "disable":
			if !overlay {
				fail("%s:%d: disable is only allowed in overlays", f.Name, k.Line)
				continue
			}
			if v.Kind != yaml.SequenceNode {
				fail("%s:%d: disable must be a list of ids", f.Name, v.Line)
				continue
			}
			for j, it := range v.Content {
				if what, eg := notAnID(it); what != "" {
					fail("%s:%d: disable: entry %d is %s; list term ids, e.g. - %s", f.Name, it.Line, j+1, what, eg)
					continue
				}
				sf.disable = append(sf.disable, strings.TrimSpace(it.Value))
				sf.disLines = append(sf.disLines, it.Line)
			}
		default:
			fail("%s:%d: unknown key %q", f.Name, k.Line, k.Value)
		}
	}
	if sf.imported && !overlay && (defs["source"] == "" || defs["source"] == Curated) {
		// Every term would fail the same way: one report is enough.
		fail("%s: imported files must name their source (esco, onet, stackoverflow)", f.Name)
		return sf, errs
	}
	if termsNode == nil || termsNode.Kind == yaml.ScalarNode && termsNode.Tag == "!!null" {
		return sf, errs
	}
	if termsNode.Kind != yaml.SequenceNode {
		fail("%s:%d: terms must be a list", f.Name, termsNode.Line)
		return sf, errs
	}
	for _, tn := range termsNode.Content {
		t, es := parseTerm(f.Name, tn, overlay)
		if len(es) > 0 {
			errs = append(errs, es...)
			continue
		}
		if !t.set["kind"] {
			t.Kind = Kind(defs["kind"])
		}
		if !t.set["category"] {
			t.Category = defs["category"]
		}
		if !t.set["source"] {
			t.Source = defs["source"]
		}
		if sf.imported && !overlay && (t.Source == Curated || t.Source == "") {
			fail("%s: imported terms cannot be curated", t.at("source", -1))
			continue
		}
		sf.terms = append(sf.terms, t)
	}
	return sf, errs
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

// parseTerm reads one term, going on past a bad key so every problem of
// the term is reported at once; a term with a problem is returned nil.
func parseTerm(file string, n *yaml.Node, overlay bool) (*srcTerm, []error) {
	t := &srcTerm{file: file, line: n.Line, lines: map[string]int{}, items: map[string][]int{}, set: map[string]bool{}}
	if n.Kind != yaml.MappingNode {
		return nil, []error{fmt.Errorf("%s:%d: a term must be a mapping with at least a name", file, n.Line)}
	}
	var errs []error
	fail := func(line int, format string, a ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, a...)))
	}
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
			fail(k.Line, "unknown term key %q", k.Value)
			continue
		}
		if t.set[k.Value] {
			fail(k.Line, "duplicate key %q", k.Value)
			continue
		}
		t.set[k.Value] = true
		t.lines[k.Value] = k.Line
		switch k.Value {
		case "name", "id", "kind", "category", "source", "extends":
			if v.Kind != yaml.ScalarNode {
				fail(v.Line, "%s must be a string", k.Value)
				continue
			}
			s := strings.TrimSpace(v.Value)
			switch k.Value {
			case "name":
				t.Name, badName = s, false
			case "id":
				t.ID = s
			case "kind":
				t.Kind = Kind(s)
			case "category":
				t.Category = s
			case "source":
				t.Source = s
			case "extends":
				t.Extends, badName = s, false
			}
		case "weight":
			if err := v.Decode(&t.Weight); err != nil {
				fail(v.Line, "%s: %v", k.Value, err)
			}
		default:
			if v.Kind != yaml.SequenceNode {
				fail(v.Line, "%s must be a list", k.Value)
				continue
			}
			var list []string
			var lines []int
			for _, it := range v.Content {
				if it.Kind != yaml.ScalarNode {
					fail(it.Line, "%s items must be strings", k.Value)
					continue
				}
				list = append(list, strings.TrimSpace(it.Value))
				lines = append(lines, it.Line)
			}
			t.items[k.Value] = lines
			*t.listField(k.Value) = list
		}
	}
	if t.Name == "" && t.Extends == "" && !badName {
		fail(n.Line, "term has no name")
	}
	if t.Extends != "" && t.Name != "" {
		errs = append(errs, fmt.Errorf("%s: extends %q: name is not allowed (add aliases instead)", t.at("name", -1), t.Extends))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if t.ID == "" && t.Extends == "" {
		t.ID = Slug(t.Name)
	}
	return t, nil
}

// listField is the Term list a YAML list key fills; termKeys has checked
// the key, so every list key is here.
func (t *srcTerm) listField(key string) *[]string {
	return map[string]*[]string{
		"aliases": &t.Aliases, "acronyms": &t.Acronyms, "forms": &t.Forms,
		"ambiguous": &t.Ambiguous, "context": &t.Context, "not_before": &t.NotBefore,
		"not_after": &t.NotAfter, "related": &t.Related, "broad_ok": &t.BroadOK, "role_ok": &t.RoleOK,
	}[key]
}

// tidy drops duplicates and surfaces that only restate an earlier one of
// the term (see restates: the matcher generates case, hyphen and space
// variants and joins hyphenated words, but neither joins spaced words nor
// splits joined ones). It reports each drop through warn.
func (t *srcTerm) tidy(warn func(at, msg string)) {
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
					warn(t.at(field, i), fmt.Sprintf("%s %q of %s is redundant (the matcher generates case/hyphen/space variants); dropped", kind, s, t.ID))
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

// BuildStats counts what Build dropped from imported files.
type BuildStats struct {
	Curated, Imported int // terms kept
	DroppedTerms      int // imported terms duplicating a kept term, or invalid
	DroppedSurfaces   int // imported aliases/acronyms/forms claimed by a kept term
	DroppedRelated    int // imported related ids with no term
	RedundantSurfaces int // surfaces equal to the name up to case/hyphen/space
	Warnings          []string
}

// Build compiles source files into a validated Dict, as the generator does:
// it applies file defaults, validates every term, lets curated terms win
// every conflict with imported ones and sorts terms by ID. Conflicts among
// curated terms are errors naming file and line.
func Build(version string, files []SourceFile) (*Dict, *BuildStats, error) {
	st := &BuildStats{}
	files = slices.Clone(files)
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	var curated, imported []*srcTerm
	for _, f := range files {
		sf, err := parseSource(f, false, Curated)
		if err != nil {
			return nil, nil, err
		}
		for _, t := range sf.terms {
			if sf.imported {
				imported = append(imported, t)
			} else {
				curated = append(curated, t)
			}
		}
	}
	warn := func(at, msg string) {
		st.RedundantSurfaces++
		st.Warnings = append(st.Warnings, at+": "+msg)
	}
	var errs []error
	fail := func(at, format string, a ...any) {
		if len(errs) < 20 {
			errs = append(errs, fmt.Errorf("%s: %s", at, fmt.Sprintf(format, a...)))
		}
	}
	ids := map[string]*srcTerm{}
	owner := map[string]string{} // fold(surface) → id
	var kept []*srcTerm
	for _, t := range curated {
		t.tidy(warn)
		if ps := checkTerm(&t.Term); len(ps) > 0 {
			for _, p := range ps {
				fail(t.at(p.field, p.i), "%s: %s", t.ID, p.msg)
			}
			continue
		}
		if o, ok := ids[t.ID]; ok {
			fail(t.at("id", -1), "id %q already used at %s", t.ID, o.at("id", -1))
			continue
		}
		if len(t.Context) > 0 && len(t.Ambiguous) == 0 {
			fail(t.at("context", -1), "%s: context without ambiguous surfaces confirms nothing (left over from a dropped surface?)", t.ID)
		}
		for _, p := range checkAllowLists(t) {
			fail(t.at(p.field, p.i), "%s", p.msg)
		}
		for _, f := range lintTerm(t) {
			fail(t.at(f.field, f.i), "%s", f.msg)
		}
		ids[t.ID] = t
		claim(t, owner, func(field string, i int, kind, s, o string) bool {
			fail(t.at(field, i), "%s %q already belongs to %s", kind, s, o)
			return false
		})
		kept = append(kept, t)
	}
	for _, t := range kept {
		forPlurals(t, owner, func(field string, i int, s, p, o string) bool {
			fail(t.at(field, i), "%q of %s becomes %q, a surface of %s (the matcher adds the plural of multi-word hard surfaces; one surface, one term)", s, t.ID, p, o)
			return false
		})
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	// From here on a kept term's generated plurals count as its surfaces,
	// so an imported term or alias that is one ("pricing strategies" for
	// Pricing Strategy) is a duplicate, dropped by the checks below.
	for _, t := range kept {
		claimPlurals(t, owner)
	}
	quiet := func(string, string) { st.RedundantSurfaces++ }
	for _, t := range imported {
		t.tidy(quiet)
		if sameProduct(t, owner, ids) { // before dropShortenings cuts the vendor-less alias
			st.DroppedTerms++
			continue
		}
		st.DroppedSurfaces += dropShortenings(t)
		for _, f := range dropLinted(t) {
			st.DroppedSurfaces++
			st.Warnings = append(st.Warnings, t.at(f.field, f.i)+": imported "+f.msg+"; dropped")
		}
		if len(checkTerm(&t.Term)) > 0 {
			st.DroppedTerms++
			continue
		}
		if _, ok := ids[t.ID]; ok {
			st.DroppedTerms++
			continue
		}
		if _, ok := owner[fold(t.Name)]; ok {
			st.DroppedTerms++
			continue
		}
		// The singular of a kept surface ("Electronic health record" for
		// Electronic Health Records): the text the matcher reads as the
		// plural would belong to two terms.
		if p := generatedPlural(&t.Term, t.Name); p != "" {
			if _, ok := owner[fold(p)]; ok {
				st.DroppedTerms++
				continue
			}
		}
		ids[t.ID] = t
		claim(t, owner, func(string, int, string, string, string) bool {
			st.DroppedSurfaces++
			return true
		})
		forPlurals(t, owner, func(string, int, string, string, string) bool {
			st.DroppedSurfaces++
			return true
		})
		claimPlurals(t, owner)
		kept = append(kept, t)
	}
	for _, t := range kept {
		var rel []string
		for i, r := range t.Related {
			if _, ok := ids[r]; ok {
				rel = append(rel, r)
			} else if t.Source == Curated {
				fail(t.at("related", i), "related %q is not a term", r)
			} else {
				st.DroppedRelated++
			}
		}
		t.Related = rel
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	d := &Dict{Version: strings.TrimSpace(version)}
	for _, t := range kept {
		if t.Source == Curated {
			st.Curated++
		} else {
			st.Imported++
		}
		d.Terms = append(d.Terms, t.Term)
	}
	sortTerms(d.Terms)
	if err := d.Validate(); err != nil {
		return nil, nil, err
	}
	return d, st, nil
}

func sortTerms(ts []Term) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
}

// claim registers every surface of t in owner. For a surface another term
// owns, conflict decides: true drops the surface from t (imported data),
// false keeps it (the caller records an error).
func claim(t *srcTerm, owner map[string]string, conflict func(field string, i int, kind, s, other string) bool) {
	if o, ok := owner[fold(t.Name)]; ok && o != t.ID {
		conflict("name", -1, "name", t.Name, o)
	} else {
		owner[fold(t.Name)] = t.ID
	}
	dropped := false
	do := func(field, kind string, list []string) []string {
		var out []string
		for i, s := range list {
			k := fold(s)
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
func pruneAmbiguous(t *srcTerm) {
	surf := map[string]bool{fold(t.Name): true}
	termSurfaces(&t.Term, func(_, s string) { surf[fold(s)] = true })
	t.Ambiguous = slices.DeleteFunc(t.Ambiguous, func(a string) bool { return !surf[fold(a)] })
	if len(t.Ambiguous) == 0 {
		t.Ambiguous, t.Context = nil, nil
	}
}

// dropShortenings removes imported aliases that are one word cut from a
// longer name ("Exchange" for "Microsoft Exchange", "Meet" for "Google
// Meet"): such words are usually ordinary words too, and imported data has
// no context rules to tell them apart. An alias listed as ambiguous stays.
// It returns how many it dropped.
func dropShortenings(t *srcTerm) int {
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
		amb[fold(a)] = true
	}
	n := 0
	t.Aliases = slices.DeleteFunc(t.Aliases, func(a string) bool {
		drop := !strings.ContainsAny(a, " -_") && inName[strings.ToLower(a)] && !amb[fold(a)]
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
func dropLinted(t *srcTerm) []lintFinding {
	amb := map[string]bool{}
	for _, a := range t.Ambiguous {
		amb[fold(a)] = true
	}
	bad := map[string]map[int]bool{}
	var dropped []lintFinding
	for _, f := range lintTerm(t) {
		if amb[fold(f.s)] {
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
func forPlurals(t *srcTerm, owner map[string]string, conflict func(field string, i int, s, plural, other string) bool) {
	check := func(field string, i int, s string) bool {
		p := generatedPlural(&t.Term, s)
		if p == "" {
			return false
		}
		if o, ok := owner[fold(p)]; ok && o != t.ID {
			return conflict(field, i, s, p, o)
		}
		return false
	}
	check("name", -1, t.Name) // a name stays: Build drops an imported term whose name's plural is taken before it gets here
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
func claimPlurals(t *srcTerm, owner map[string]string) {
	for _, s := range append([]string{t.Name}, t.Aliases...) {
		if p := generatedPlural(&t.Term, s); p != "" {
			if _, ok := owner[fold(p)]; !ok {
				owner[fold(p)] = t.ID
			}
		}
	}
}

// sameProduct reports whether imported term t is a curated term with its
// vendor in front ("Autodesk 3ds Max" with alias "3ds Max" when "3ds Max"
// is curated): the curated term already covers it.
func sameProduct(t *srcTerm, owner map[string]string, ids map[string]*srcTerm) bool {
	for _, a := range t.Aliases {
		if o, ok := owner[fold(a)]; ok && ids[o].Source == Curated && vendorForm(t.Name, a) {
			return true
		}
	}
	return false
}
