package main

import (
	"bufio"
	"fmt"
	"io"

	"strings"
	"unicode"
)

// onetCategory maps words of an O*NET Commodity Title to the dictionary's
// small category set; first match wins, the default is "business-software".
var onetCategory = []struct{ word, cat string }{
	{"medical", "healthcare"},
	{"computer aided design", "engineering"},
	{"computer aided manufacturing", "engineering"},
	{"industrial control", "engineering"},
	{"analytical or scientific", "engineering"},
	{"geographic information", "engineering"},
	{"map creation", "engineering"},
	{"data base", "database"},
	{"business intelligence", "data"},
	{"data mining", "data"},
	{"development environment", "software"},
	{"object or component", "software"},
	{"web platform", "software"},
	{"program testing", "software"},
	{"configuration management", "software"},
	{"file versioning", "software"},
	{"application server", "software"},
	{"operating system", "it"},
	{"network", "it"},
	{"backup", "it"},
	{"cloud", "cloud"},
	{"security", "security"},
	{"virus", "security"},
	{"accounting", "finance"},
	{"financial", "finance"},
	{"tax", "finance"},
	{"enterprise resource planning", "erp"},
	{"customer relationship", "sales"},
	{"sales and marketing", "marketing"},
	{"point of sale", "sales"},
	{"human resources", "hr"},
	{"project management", "management"},
	{"graphics", "design"},
	{"desktop publishing", "design"},
	{"web page creation", "design"},
	{"video", "digital-media"},
	{"music", "digital-media"},
	{"sound", "digital-media"},
	{"training", "education"},
	{"educational", "education"},
	{"logistics", "logistics"},
	{"inventory", "logistics"},
	{"spreadsheet", "office"},
	{"word processing", "office"},
	{"presentation", "office"},
	{"office suite", "office"},
	{"electronic mail", "office"},
	{"calendar", "office"},
}

func categoryOf(title string) string {
	t := strings.ToLower(title)
	for _, c := range onetCategory {
		if strings.Contains(t, c.word) {
			return c.cat
		}
	}
	return "business-software"
}

// vendorShort are well-known short forms of vendor names.
var vendorShort = map[string]string{"Microsoft": "MS"}

type onetTool struct {
	name     string
	occ      map[string]bool
	hot      bool
	titles   map[string]int
	category string
}

// importONET reads Technology Skills.txt (tab-separated, with a header).
func importONET(r io.Reader, minOcc int, common map[string]bool) (*file, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var col map[string]int
	tools := map[string]*onetTool{}
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if col == nil {
			col = map[string]int{}
			for i, h := range f {
				col[strings.TrimSpace(h)] = i
			}
			for _, h := range []string{"O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology", "In Demand"} {
				if _, ok := col[h]; !ok {
					return nil, fmt.Errorf("O*NET: missing column %q", h)
				}
			}
			continue
		}
		get := func(h string) string {
			if i := col[h]; i < len(f) {
				return strings.TrimSpace(f[i])
			}
			return ""
		}
		name := get("Example")
		if name == "" {
			continue
		}
		t := tools[name]
		if t == nil {
			t = &onetTool{name: name, occ: map[string]bool{}, titles: map[string]int{}}
			tools[name] = t
		}
		t.occ[get("O*NET-SOC Code")] = true
		t.titles[get("Commodity Title")]++
		t.hot = t.hot || get("Hot Technology") == "Y" || get("In Demand") == "Y"
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	type cand struct {
		tool    *onetTool
		name    string
		acronym string
	}
	var cands []cand
	first := map[string]int{}
	for _, t := range tools {
		if len(t.occ) < minOcc && !t.hot {
			continue
		}
		name, acr, ok := cleanONETName(t.name)
		if !ok {
			continue
		}
		t.category = categoryOf(topTitle(t.titles))
		cands = append(cands, cand{t, name, acr})
		if w := strings.Fields(name); len(w) > 1 {
			first[w[0]]++
		}
	}
	// Count stripped names to skip aliases two tools would share.
	rest := map[string]int{}
	for _, c := range cands {
		if v, r := splitVendor(c.name, first); v != "" {
			rest[strings.ToLower(r)]++
		}
	}
	out := &file{Category: "business-software", Kind: "hard", Source: "onet"}
	for _, c := range cands {
		t := term{Name: c.name, Source: "onet"}
		if c.tool.category != out.Category {
			t.Category = c.tool.category
		}
		if c.acronym != "" {
			t.Acronyms = []string{c.acronym}
		}
		if v, r := splitVendor(c.name, first); v != "" && rest[strings.ToLower(r)] == 1 && len(r) >= 3 {
			t.Aliases = addUnique(t.Aliases, c.name, r)
			if s, ok := vendorShort[v]; ok {
				t.Aliases = addUnique(t.Aliases, c.name, s+" "+r)
			}
			if isCommon(common, r) || len(r) <= 3 {
				t.Ambiguous = []string{r}
				t.Context = contextFor(v, c.tool.category)
			}
		}
		if len(strings.Fields(c.name)) == 1 && isCommon(common, c.name) {
			continue // a bare common word with no vendor to confirm it
		}
		out.Terms = append(out.Terms, t)
	}
	return out, nil
}

func topTitle(m map[string]int) string {
	best, n := "", -1
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// vendorMin is how many kept tool names a first word must start to count
// as a vendor name.
const vendorMin = 4

// splitVendor returns the vendor and the rest of a multi-word name whose
// first word starts at least vendorMin names.
func splitVendor(name string, first map[string]int) (vendor, rest string) {
	w := strings.Fields(name)
	// The rest must itself look like a name ("Microsoft Excel"), not a
	// sentence-case phrase ("Human machine interface").
	if len(w) < 2 || first[w[0]] < vendorMin || !unicode.IsUpper([]rune(w[0])[0]) ||
		!unicode.IsUpper([]rune(w[1])[0]) && !unicode.IsDigit([]rune(w[1])[0]) {
		return "", ""
	}
	return w[0], strings.Join(w[1:], " ")
}

// categoryContext are words that confirm a tool sense of a common word.
var categoryContext = map[string][]string{
	"office":            {"spreadsheet", "spreadsheets", "documents", "Office"},
	"database":          {"database", "databases", "SQL", "queries"},
	"design":            {"design", "graphics", "Adobe", "Creative"},
	"engineering":       {"CAD", "modeling", "simulation"},
	"software":          {"programming", "development", "developer", "IDE"},
	"it":                {"server", "servers", "administration"},
	"finance":           {"accounting", "bookkeeping", "financial"},
	"healthcare":        {"EHR", "EMR", "clinical", "patient"},
	"digital-media":     {"editing", "video", "audio"},
	"business-software": {"software", "platform"},
}

func contextFor(vendor, category string) []string {
	ctx := []string{vendor, "software"}
	for _, c := range categoryContext[category] {
		ctx = addUnique(ctx, "", c)
	}
	return ctx
}

// cleanONETName turns an O*NET example into a display name and optional
// acronym; ok is false for generic descriptors ("Spreadsheet software").
func cleanONETName(s string) (name, acronym string, ok bool) {
	name = strings.Join(strings.Fields(s), " ")
	name = strings.TrimSuffix(name, " software")
	name = strings.TrimSuffix(name, " Software")
	// "Human resource information system (HRIS)": the bracketed acronym.
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		if a := name[i+2 : len(name)-1]; isAllCaps(a) {
			name, acronym = name[:i], a
		}
	}
	// "A programming language" is a phrase, not a product name.
	if strings.HasPrefix(name, "A ") || strings.HasPrefix(name, "An ") || strings.HasPrefix(name, "The ") {
		return "", "", false
	}
	w := strings.Fields(name)
	if len(w) >= 3 && acronym == "" {
		last := w[len(w)-1]
		if isAllCaps(last) && initialsMatch(last, w[:len(w)-1]) {
			acronym = last
			name = strings.Join(w[:len(w)-1], " ")
		}
	}
	if name == "" || len(name) > 60 {
		return "", "", false
	}
	// A descriptor has no capital after its first letter and no digit:
	// "Word processing", "Electronic medical record" (unless it has an
	// acronym, which makes it a named concept: EMR).
	proper := false
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) || unicode.IsDigit(r) {
			proper = true
			break
		}
	}
	if !proper && acronym == "" {
		return "", "", false
	}
	return name, acronym, true
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// initialsMatch reports whether the letters of acr are the initials of
// words, in order, skipping small words ("and", "of").
func initialsMatch(acr string, words []string) bool {
	var ini []rune
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw == "and" || lw == "of" || lw == "or" || lw == "the" || lw == "for" {
			continue
		}
		for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
			ini = append(ini, unicode.ToUpper([]rune(part)[0]))
		}
	}
	a := []rune(strings.ToUpper(acr))
	// Every acronym letter must appear as an initial in order.
	j := 0
	for _, r := range ini {
		if j < len(a) && r == a[j] {
			j++
		}
	}
	return j == len(a) && len(a) >= 2
}
