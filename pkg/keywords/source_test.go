package keywords

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PostgreSQL", "postgresql"},
		{"C++", "cpp"},
		{"C#", "csharp"},
		{".NET", "dotnet"},
		{"CI/CD", "ci-cd"},
		{"Node.js", "nodedotjs"},
		{"  Test-Driven   Development ", "test-driven-development"},
		{"A&P License", "a-p-license"},
		{"Café", "caf"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Slug(tt.in)); diff != "" {
			t.Errorf("Slug(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

const head = "category: tools\nkind: hard\nsource: curated\nterms:\n"

// brief summarises a built dict: "id:name[aliases]{related}" per term.
func brief(d *Dict) []string {
	var out []string
	for _, t := range d.Terms {
		s := t.ID + ":" + t.Name + "/" + string(t.Kind) + "/" + t.Category + "/" + t.Source
		if len(t.Aliases) > 0 {
			s += "[" + strings.Join(t.Aliases, ",") + "]"
		}
		if len(t.Acronyms) > 0 {
			s += "(" + strings.Join(t.Acronyms, ",") + ")"
		}
		if len(t.Related) > 0 {
			s += "{" + strings.Join(t.Related, ",") + "}"
		}
		out = append(out, s)
	}
	return out
}

func TestValidate(t *testing.T) {
	ok := func() *Dict {
		return &Dict{Version: "1", Terms: []Term{
			{ID: "go", Name: "Go", Kind: Hard, Category: "language", Aliases: []string{"Golang"}, Ambiguous: []string{"Go"}, Context: []string{"programming"}},
			{ID: "kubernetes", Name: "Kubernetes", Kind: Hard, Category: "cloud", Aliases: []string{"k8s"}, Related: []string{"go"}},
		}}
	}
	tests := []struct {
		name   string
		change func(d *Dict)
		want   string // "" means valid
	}{
		{"valid", func(*Dict) {}, ""},
		{"no version", func(d *Dict) { d.Version = "" }, "no version"},
		{"duplicate id", func(d *Dict) { d.Terms[1].ID = "go" }, `term "go": duplicate id`},
		{"shared alias", func(d *Dict) { d.Terms[1].Aliases = []string{"golang"} }, `alias "golang" already belongs to go`},
		{"dangling related", func(d *Dict) { d.Terms[1].Related = []string{"rust"} }, `related "rust" is not a term`},
		{"self related", func(d *Dict) { d.Terms[0].Related = []string{"go"} }, `related to itself`},
		{"bad kind", func(d *Dict) { d.Terms[0].Kind = "Hard" }, `kind "Hard"`},
		{"vague", func(d *Dict) { d.Terms[0].Name = "Dynamic" }, `too vague`},
		{"empty category", func(d *Dict) { d.Terms[0].Category = "" }, `empty category`},
		{"negative weight", func(d *Dict) { d.Terms[0].Weight = -1 }, `weight -1`},
		{"repeated surface", func(d *Dict) { d.Terms[1].Aliases = []string{"K-8s", "k8s"} }, `repeats another surface`},
		{"not_before and not_after", func(d *Dict) {
			d.Terms[0].NotBefore = []string{"to market", "away"}
			d.Terms[0].NotAfter = []string{"let's"}
		}, ""},
		{"empty not_before word", func(d *Dict) { d.Terms[0].NotBefore = []string{"away", " "} }, `term "go": not_before: empty word`},
		{"repeated not_before word", func(d *Dict) { d.Terms[0].NotBefore = []string{"to market", "To-Market"} }, `not_before: "To-Market" is listed twice`},
		{"empty not_after word", func(d *Dict) { d.Terms[1].NotAfter = []string{""} }, `term "kubernetes": not_after: empty word`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ok()
			tt.change(d)
			got := ""
			for _, p := range d.problems() {
				got += p.Error() + "\n"
			}
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("Validate() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ok", `{"version":"1","terms":[{"id":"go","name":"Go","kind":"hard","category":"language"}]}`, ""},
		{"unknown field", `{"version":"1","terms":[],"extra":1}`, "unknown field"},
		{"invalid json", `{"version":`, "parse dictionary"},
		{"invalid term", `{"version":"1","terms":[{"id":"go","name":"Go","kind":"soft-ish","category":"x"}]}`, "not hard or soft"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.in))
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if term, ok := d.Term("go"); !ok || term.Name != "Go" {
					t.Errorf("Term(go) = %v, %v", term, ok)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestTermWithoutIndex(t *testing.T) {
	d := &Dict{Version: "1", Terms: []Term{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}}}
	got, ok := d.Term("b")
	if !ok || got.Name != "B" {
		t.Errorf("Term(b) = %v, %v; want B", got, ok)
	}
	if _, ok := d.Term("c"); ok {
		t.Error("Term(c) found")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Power BI", "powerbi"},
		{"power-bi", "powerbi"},
		{"Power_BI\t", "powerbi"},
		{"C#", "c#"},
		{"Node.js", "node.js"},
		{"Café Au-Lait", "caféaulait"},
		{"ÉCOLE\u00a0X", "écolex"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, fold(tt.in)); diff != "" {
			t.Errorf("fold(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestParseSourceAll pins that parseSourceAll lists every problem in file
// order and that parseSource, which wraps it, stops at the first one with
// a nil file: loading and `dict validate` must never disagree.
func TestParseSourceAll(t *testing.T) {
	tests := []struct {
		name      string
		file      SourceFile
		overlay   bool
		want      []string // every problem, in the order found
		wantTerms []string // IDs of the terms kept (nil file: none)
		nilFile   bool
	}{
		{
			name: "clean", file: SourceFile{Name: "a.yaml", Data: []byte(head + "  - name: Go\n  - name: Rust\n")},
			wantTerms: []string{"go", "rust"},
		},
		{
			name: "every problem of a source file",
			file: SourceFile{Name: "a.yaml", Data: []byte("kind: [hard]\ndisable: [go]\ncolour: blue\nterms:\n" +
				"  - name: Go\n  - aliases: [x]\n  - name: Rust\n    alias: [rs]\n  - name: Zig\n  - extends: go\n")},
			want: []string{
				`a.yaml:1: kind must be a string`,
				`a.yaml:2: disable is only allowed in overlays`,
				`a.yaml:3: unknown key "colour"`,
				`a.yaml:6: term has no name`,
				`a.yaml:8: unknown term key "alias"`,
				`a.yaml:10: unknown term key "extends"`,
			},
			wantTerms: []string{"go", "zig"},
		},
		{
			name: "overlay: disable and extends allowed, bad disable skipped", overlay: true,
			file: SourceFile{Name: "my.yaml", Data: []byte("disable: go\nterms:\n  - extends: go\n    aliases: [Golang]\n  - name: 7\n    id: [x]\n")},
			want: []string{
				`my.yaml:1: disable must be a list of ids`,
				`my.yaml:6: id must be a string`,
			},
			wantTerms: []string{""},
		},
		{
			name: "terms not a list", file: SourceFile{Name: "a.yaml", Data: []byte("source: x\nterms: go\n")},
			want: []string{`a.yaml:2: terms must be a list`},
		},
		{
			name: "imported file without source reported once",
			file: SourceFile{Name: "imported-x.yaml", Data: []byte("colour: x\nterms:\n  - name: Go\n  - name: Rust\n")},
			want: []string{
				`imported-x.yaml:1: unknown key "colour"`,
				`imported-x.yaml: imported files must name their source (esco, onet, stackoverflow)`,
			},
		},
		{
			name:      "imported term cannot be curated",
			file:      SourceFile{Name: "imported-x.yaml", Data: []byte("source: esco\nterms:\n  - name: Go\n    source: curated\n  - name: Rust\n")},
			want:      []string{`imported-x.yaml:4: imported terms cannot be curated`},
			wantTerms: []string{"rust"},
		},
		{
			name: "not a mapping", file: SourceFile{Name: "a.yaml", Data: []byte("- go\n")},
			want:    []string{`a.yaml:1: want a mapping with category, kind, source and terms`},
			nilFile: true,
		},
		{
			name: "not yaml", file: SourceFile{Name: "a.yaml", Data: []byte("terms: [\n")},
			want:    []string{`a.yaml:1: did not find expected node content`},
			nilFile: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sf, errs := parseSourceAll(tt.file, tt.overlay, Curated)
			var got []string
			for _, err := range errs {
				got = append(got, err.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseSourceAll(%q) problems mismatch (-want +got):\n%s", tt.file.Data, diff)
			}
			if (sf == nil) != tt.nilFile {
				t.Errorf("parseSourceAll(%q) file = %v, want nil: %v", tt.file.Data, sf, tt.nilFile)
			}
			var ids []string
			if sf != nil {
				for _, st := range sf.Terms {
					ids = append(ids, st.ID)
				}
			}
			if diff := cmp.Diff(tt.wantTerms, ids); diff != "" {
				t.Errorf("parseSourceAll(%q) terms mismatch (-want +got):\n%s", tt.file.Data, diff)
			}
			one, err := parseSource(tt.file, tt.overlay, Curated)
			switch {
			case len(tt.want) == 0 && (err != nil || one == nil):
				t.Errorf("parseSource(%q) = %v, %v; want a file", tt.file.Data, one, err)
			case len(tt.want) > 0 && (err == nil || err.Error() != tt.want[0] || one != nil):
				t.Errorf("parseSource(%q) = %v, %v; want nil, %q", tt.file.Data, one, err, tt.want[0])
			}
		})
	}
}

// TestTermKeysHandled: every key parseTerm accepts is a string, the weight
// or a list with a field to fill, so a new key cannot reach a nil listField.
func TestTermKeysHandled(t *testing.T) {
	scalar := map[string]bool{"name": true, "id": true, "kind": true, "category": true, "source": true, "extends": true, "weight": true}
	var st SourceTerm
	for k := range termKeys {
		if !scalar[k] && st.listField(k) == nil {
			t.Errorf("term key %q has no Term field to fill", k)
		}
	}
}
