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

func TestBuild(t *testing.T) {
	imported := "category: imported\nkind: hard\nsource: esco\nterms:\n"
	tests := []struct {
		name  string
		files []SourceFile
		want  []string
		stats BuildStats // Warnings not compared
	}{
		{
			name: "defaults, slugs and sorting",
			files: []SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Zebra DB\n    aliases: [ZDB]\n" +
				"  - name: C++\n    related: [zebra-db]\n" +
				"  - name: Listening\n    kind: soft\n    category: soft\n")}},
			want: []string{
				"cpp:C++/hard/tools/curated{zebra-db}",
				"listening:Listening/soft/soft/curated",
				"zebra-db:Zebra DB/hard/tools/curated[ZDB]",
			},
			stats: BuildStats{Curated: 3},
		},
		{
			name: "redundant aliases dropped",
			files: []SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Power BI\n    aliases: [PowerBI, power-bi, Power  BI, MS Power BI, ms power bi]\n")}},
			want:  []string{"power-bi:Power BI/hard/tools/curated[PowerBI,MS Power BI]"},
			stats: BuildStats{Curated: 1, RedundantSurfaces: 3},
		},
		{
			name: "YAML anchors share context lists",
			files: []SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: German\n    ambiguous: [German]\n    context: &fl [fluent, native]\n" +
				"  - name: Polish\n    ambiguous: [Polish]\n    context: *fl\n    aliases: [Polish Language]\n")}},
			want: []string{
				"german:German/hard/tools/curated",
				"polish:Polish/hard/tools/curated[Polish Language]",
			},
			stats: BuildStats{Curated: 2},
		},
		{
			name: "split forms of a joined name are kept",
			files: []SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Frontend Development\n    aliases: [Front-End Development, Front End Development, FrontEnd development]\n")}},
			want:  []string{"frontend-development:Frontend Development/hard/tools/curated[Front-End Development]"},
			stats: BuildStats{Curated: 1, RedundantSurfaces: 2},
		},
		{
			name: "curated wins over imported",
			files: []SourceFile{
				{Name: "a.yaml", Data: []byte(head + "  - name: Kubernetes\n    aliases: [k8s]\n")},
				{Name: "imported-esco.yaml", Data: []byte(imported +
					"  - name: kubernetes\n    id: kube\n" + // same name
					"  - name: Kubernetes\n" + // same id
					"  - name: K8S\n" + // name is a curated alias
					"  - name: Helm Charts\n    aliases: [K8s, Helm]\n    ambiguous: [Helm]\n    context: [kubernetes]\n    related: [kubernetes, nowhere]\n" +
					"  - name: Microsoft Exchange\n    aliases: [Exchange, MS Exchange]\n" + // shortening dropped
					"  - name: Work\n")}, // vague
			},
			want: []string{
				"helm-charts:Helm Charts/hard/imported/esco[Helm]{kubernetes}",
				"kubernetes:Kubernetes/hard/tools/curated[k8s]",
				"microsoft-exchange:Microsoft Exchange/hard/imported/esco[MS Exchange]",
			},
			stats: BuildStats{Curated: 1, Imported: 2, DroppedTerms: 4, DroppedSurfaces: 2, DroppedRelated: 1},
		},
		{
			name: "imported vs imported keeps the first file",
			files: []SourceFile{
				{Name: "imported-b.yaml", Data: []byte(imported + "  - name: Jira\n    aliases: [Atlassian Jira]\n")},
				{Name: "imported-a.yaml", Data: []byte(imported + "  - name: JIRA\n    aliases: [Jira Software]\n")},
			},
			want:  []string{"jira:JIRA/hard/imported/esco[Jira Software]"},
			stats: BuildStats{Imported: 1, DroppedTerms: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, st, err := Build("1.0", tt.files)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if diff := cmp.Diff(tt.want, brief(d)); diff != "" {
				t.Errorf("Build terms mismatch (-want +got):\n%s", diff)
			}
			st.Warnings = nil
			if diff := cmp.Diff(tt.stats, *st); diff != "" {
				t.Errorf("Build stats mismatch (-want +got):\n%s", diff)
			}
			if d.Version != "1.0" {
				t.Errorf("Version = %q, want 1.0", d.Version)
			}
		})
	}
}

// TestBuildNotBefore: not_before and not_after reach the Term as written,
// shared anchors included, and only on the term that lists them.
func TestBuildNotBefore(t *testing.T) {
	d, _, err := Build("1", []SourceFile{{Name: "a.yaml", Data: []byte(head +
		"  - name: PhD\n    not_before: &pos [student, research fellow]\n" +
		"  - name: MBA\n    not_before: *pos\n    not_after: [executive]\n" +
		"  - name: Go\n")}})
	if err != nil {
		t.Fatal(err)
	}
	type words struct{ ID, Before, After string }
	var got []words
	for _, x := range d.Terms {
		got = append(got, words{x.ID, strings.Join(x.NotBefore, "|"), strings.Join(x.NotAfter, "|")})
	}
	want := []words{{"go", "", ""}, {"mba", "student|research fellow", "executive"}, {"phd", "student|research fellow", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build not_before/not_after mismatch (-want +got):\n%s", diff)
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name  string
		files []SourceFile
		want  string // substring of the error
	}{
		{"duplicate id", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n")},
			{Name: "b.yaml", Data: []byte(head + "  - name: Golang\n    id: go\n")},
		}, `b.yaml:6: id "go" already used at a.yaml:5`},
		{"alias owned by another curated term", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Kubernetes\n    aliases: [k8s]\n")},
			{Name: "b.yaml", Data: []byte(head + "  - name: OpenShift\n    aliases:\n      - OKD\n      - K8S\n")},
		}, `b.yaml:8: alias "K8S" already belongs to kubernetes`},
		{"name owned by another term's acronym", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Domain-Driven Design\n    acronyms: [DDD]\n  - name: DDD\n    id: ddd-tool\n")},
		}, `a.yaml:7: name "DDD" already belongs to domain-driven-design`},
		{"dangling related", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Jenkins\n    related:\n      - ci-cd\n")},
		}, `a.yaml:7: related "ci-cd" is not a term`},
		{"bad kind", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Jenkins\n    kind: medium\n")},
		}, `a.yaml:6: jenkins: kind "medium" is not hard or soft`},
		{"vague name", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Management\n")},
		}, `a.yaml:5: management: name "Management" is too vague`},
		{"vague alias", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Teamwork\n    aliases:\n      - Teaming\n      - Team\n")},
		}, `a.yaml:8: teamwork: "Team" is too vague unless listed in ambiguous`},
		{"ambiguous not a surface", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    ambiguous: [Golang]\n    context: [programming]\n")},
		}, `a.yaml:6: go: ambiguous "Golang" is not the name`},
		{"ambiguous without context", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    ambiguous: [Go]\n")},
		}, `ambiguous surfaces need at least one context word`},
		{"unknown term key", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    alias: [Golang]\n")},
		}, `a.yaml:6: unknown term key "alias"`},
		{"unknown file key", []SourceFile{
			{Name: "a.yaml", Data: []byte("categroy: x\n")},
		}, `a.yaml:1: unknown key "categroy"`},
		{"disable outside overlays", []SourceFile{
			{Name: "a.yaml", Data: []byte("disable: [go]\n")},
		}, `a.yaml:1: disable is only allowed in overlays`},
		{"extends outside overlays", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - extends: go\n")},
		}, `a.yaml:5: unknown term key "extends"`},
		{"imported file without source", []SourceFile{
			{Name: "imported-x.yaml", Data: []byte("kind: hard\ncategory: x\nterms:\n  - name: Go\n")},
		}, `imported-x.yaml: imported files must name their source`},
		{"invalid yaml", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: [unclosed\n")},
		}, `a.yaml: yaml:`},
		{"missing name", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - aliases: [x]\n")},
		}, `a.yaml:5: term has no name`},
		{"empty not_before word", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: PhD\n    not_before:\n      - student\n      - \"\"\n")},
		}, `a.yaml:8: phd: not_before: empty word`},
		{"repeated not_before word", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: PhD\n    not_before:\n      - student\n      - Student\n")},
		}, `a.yaml:8: phd: not_before: "Student" is listed twice`},
		{"repeated not_after word", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: MBA\n    not_after: [part time, part-time]\n")},
		}, `a.yaml:6: mba: not_after: "part-time" is listed twice`},
		{"not_before not a list", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: PhD\n    not_before: student\n")},
		}, `a.yaml:6: not_before must be a list`},
		{"bad id", []SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    id: Go_Lang\n")},
		}, `a.yaml:6: Go_Lang: invalid id`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Build("1", tt.files)
			if err == nil {
				t.Fatalf("Build succeeded, want error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build error = %q, want it to contain %q", err, tt.want)
			}
		})
	}
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
			err := d.Validate()
			got := ""
			if err != nil {
				got = err.Error()
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
			want:    []string{`a.yaml: yaml: line 1: did not find expected node content`},
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
				for _, st := range sf.terms {
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
	var st srcTerm
	for k := range termKeys {
		if !scalar[k] && st.listField(k) == nil {
			t.Errorf("term key %q has no Term field to fill", k)
		}
	}
}

// TestBuildEveryTermProblem: the generator reports every problem of a
// curated term, each at its line, not only the first.
func TestBuildEveryTermProblem(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{
			name: "own checks",
			src: head + "  - name: Fleet Tool\n" + // 5
				"    weight: 12\n" + // 6
				"    aliases: [Team]\n" + // 7
				"    ambiguous: [Fleet]\n" + // 8
				"    context: [ships]\n", // 9
			want: []string{
				`a.yaml:6: fleet-tool: weight 12 outside 0..10`,
				`a.yaml:8: fleet-tool: ambiguous "Fleet" is not the name, an alias, an acronym or a form`,
				`a.yaml:7: fleet-tool: "Team" is too vague unless listed in ambiguous`,
			},
		},
		{
			name: "allow lists",
			src: head + "  - name: Fleet Tool\n" + // 5
				"    aliases: [Offshore Fleet Tool, Fleet Deck]\n" + // 6
				"    broad_ok: [Fleet Deck, Offshore Fleet Tool, Helm]\n", // 7
			want: []string{
				`a.yaml:7: broad_ok "Fleet Deck" of fleet-tool is not needed (the rule does not flag it)`,
				`a.yaml:7: broad_ok "Helm" is not an alias, acronym or form of fleet-tool`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Build("1", []SourceFile{{Name: "a.yaml", Data: []byte(tt.src)}})
			var got []string
			if err != nil {
				got = strings.Split(err.Error(), "\n")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Build(%q) problems mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}
