package keywords

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func baseDict(t testing.TB) *Dict {
	t.Helper()
	d := &Dict{Version: "1", Terms: []Term{
		{ID: "go", Name: "Go", Kind: Hard, Category: "tools", Source: Curated, Aliases: []string{"Golang"}, Ambiguous: []string{"Go"}, Context: []string{"programming"}},
		{ID: "helm", Name: "Helm", Kind: Hard, Category: "tools", Source: Curated, Related: []string{"kubernetes"}},
		{ID: "kubernetes", Name: "Kubernetes", Kind: Hard, Category: "tools", Source: Curated, Aliases: []string{"k8s"}},
	}}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestMerge(t *testing.T) {
	tests := []struct {
		name, overlay string
		want          []string
	}{
		{
			name:    "new term with overlay defaults",
			overlay: "terms:\n  - name: Hangfire Pro\n    related: [go]\n",
			want: []string{
				"go:Go/hard/tools/curated[Golang]",
				"hangfire-pro:Hangfire Pro/hard/custom/user{go}",
				"helm:Helm/hard/tools/curated{kubernetes}",
				"kubernetes:Kubernetes/hard/tools/curated[k8s]",
			},
		},
		{
			name:    "extends adds aliases and changes category",
			overlay: "terms:\n  - extends: kubernetes\n    aliases: [kube, K8S]\n    category: platform\n",
			want: []string{
				"go:Go/hard/tools/curated[Golang]",
				"helm:Helm/hard/tools/curated{kubernetes}",
				"kubernetes:Kubernetes/hard/platform/curated[k8s,kube]",
			},
		},
		{
			// A same-fold spelling stays only if the matcher cannot derive it:
			// it joins hyphenated words but never splits a joined one.
			name:    "extends keeps a split spelling, drops a case variant",
			overlay: "terms:\n  - extends: go\n    aliases: [GOLANG, Go-lang]\n",
			want: []string{
				"go:Go/hard/tools/curated[Golang,Go-lang]",
				"helm:Helm/hard/tools/curated{kubernetes}",
				"kubernetes:Kubernetes/hard/tools/curated[k8s]",
			},
		},
		{
			name:    "disable removes the term and references to it",
			overlay: "disable: [kubernetes]\n",
			want: []string{
				"go:Go/hard/tools/curated[Golang]",
				"helm:Helm/hard/tools/curated",
			},
		},
		{
			name:    "disable then reuse the alias",
			overlay: "disable: [go]\nterms:\n  - name: Golang Tooling\n    aliases: [golang]\n",
			want: []string{
				"golang-tooling:Golang Tooling/hard/custom/user[golang]",
				"helm:Helm/hard/tools/curated{kubernetes}",
				"kubernetes:Kubernetes/hard/tools/curated[k8s]",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := baseDict(t)
			before := brief(base)
			o, err := LoadOverlay("my.yaml", []byte(tt.overlay))
			if err != nil {
				t.Fatalf("LoadOverlay: %v", err)
			}
			got, err := base.Merge(o)
			if err != nil {
				t.Fatalf("Merge: %v", err)
			}
			if diff := cmp.Diff(tt.want, brief(got)); diff != "" {
				t.Errorf("Merge(%q) mismatch (-want +got):\n%s", tt.overlay, diff)
			}
			if diff := cmp.Diff(before, brief(base)); diff != "" {
				t.Errorf("Merge modified its receiver (-before +after):\n%s", diff)
			}
			for _, term := range got.Terms {
				if p, ok := got.Term(term.ID); !ok || p.ID != term.ID {
					t.Errorf("merged Term(%q) not indexed", term.ID)
				}
			}
		})
	}
}

// TestMergeNotBefore: an overlay sets not_before/not_after on a new term
// and adds to them on an existing one (a word the term lists already is
// not repeated).
func TestMergeNotBefore(t *testing.T) {
	base := &Dict{Version: "1", Terms: []Term{{ID: "phd", Name: "PhD", Kind: Hard, Category: "tools", Source: Curated, NotBefore: []string{"student"}}}}
	o, err := LoadOverlay("my.yaml", []byte("terms:\n"+
		"  - extends: phd\n    not_before: [Student, fellowship]\n    not_after: [honorary]\n"+
		"  - name: Scrum\n    not_before: [of the day]\n"))
	if err != nil {
		t.Fatalf("LoadOverlay: %v", err)
	}
	got, err := base.Merge(o)
	if err != nil {
		t.Fatalf("Merge: %v", err)
	}
	type words struct{ ID, Before, After string }
	var gotW []words
	for _, x := range got.Terms {
		gotW = append(gotW, words{x.ID, strings.Join(x.NotBefore, "|"), strings.Join(x.NotAfter, "|")})
	}
	want := []words{{"phd", "student|fellowship", "honorary"}, {"scrum", "of the day", ""}}
	if diff := cmp.Diff(want, gotW); diff != "" {
		t.Errorf("Merge not_before/not_after mismatch (-want +got):\n%s", diff)
	}
	if p, _ := base.Term("phd"); len(p.NotBefore) != 1 {
		t.Errorf("Merge modified its receiver: phd not_before = %q", p.NotBefore)
	}
}

func TestMergeErrors(t *testing.T) {
	tests := []struct {
		name, overlay, want string
	}{
		{"alias owned elsewhere", "terms:\n  - name: OpenShift\n    aliases:\n      - okd\n      - k8s\n",
			`my.yaml:5: alias "k8s" already belongs to kubernetes`},
		{"extends alias owned elsewhere", "terms:\n  - extends: helm\n    aliases: [Golang]\n",
			`my.yaml:3: alias "Golang" already belongs to go`},
		{"existing id", "terms:\n  - name: Kubernetes\n", `term "kubernetes" already exists (use extends: kubernetes`},
		{"unknown extends", "terms:\n  - extends: rust\n    aliases: [rustlang]\n", `my.yaml:2: extends: unknown term "rust"`},
		{"unknown disable", "disable:\n  - go\n  - rust\n", `my.yaml:3: disable: unknown term "rust"`},
		{"disable by name", "disable: [Kubernetes, k8s]\n", `my.yaml:1: disable: unknown term "Kubernetes" (a name of kubernetes: list ids, e.g. - kubernetes)`},
		{"vague alias on extends, at its own line", "terms:\n  - extends: kubernetes\n    aliases:\n      - kube\n      - team\n",
			`my.yaml:5: extends kubernetes: "team" is too vague unless listed in ambiguous`},
		{"vague alias on extends after one the term has", "terms:\n  - extends: kubernetes\n    aliases:\n      - k8s\n      - team\n",
			`my.yaml:5: extends kubernetes: "team" is too vague unless listed in ambiguous`},
		{"dangling related", "terms:\n  - name: Argo\n    related: [ci-cd]\n", `my.yaml:3: related "ci-cd" is not a term`},
		{"bad kind on extends", "terms:\n  - extends: go\n    kind: medium\n", `my.yaml:3: extends go: kind "medium"`},
		{"repeated not_before on extends", "terms:\n  - extends: go\n    not_before:\n      - away\n      - Away\n",
			`my.yaml:5: extends go: not_before: "Away" is listed twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := LoadOverlay("my.yaml", []byte(tt.overlay))
			if err != nil {
				t.Fatalf("LoadOverlay: %v", err)
			}
			_, err = baseDict(t).Merge(o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Merge error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLoadOverlayErrors(t *testing.T) {
	tests := []struct {
		name, overlay, want string
	}{
		{"vague name", "terms:\n  - name: Teamwork\n  - name: Dynamic\n", `my.yaml:3: name "Dynamic" is too vague`},
		{"name with extends", "terms:\n  - extends: go\n    name: Go2\n", `my.yaml:3: extends "go": name is not allowed`},
		{"not a mapping", "- a\n- b\n", `my.yaml:1: want a mapping`},
		{"term not a mapping", "terms:\n  - just a string\n", `my.yaml:2: a term must be a mapping`},
		{"list expected", "terms:\n  - name: X Tool\n    aliases: xt\n", `my.yaml:3: aliases must be a list`},
		{"bad weight", "terms:\n  - name: X Tool\n    weight: heavy\n", `my.yaml:3: weight`},
		{"duplicate key", "terms:\n  - name: X Tool\n    name: Y Tool\n", `my.yaml:3: duplicate key "name"`},
		{"empty not_after word", "terms:\n  - name: X Tool\n    not_after: [a, \"\"]\n", `my.yaml:3: not_after: empty word`},
		{"disable entry a mapping", "disable:\n  - go\n  - {id: helm}\n", `my.yaml:3: disable: entry 2 is a mapping; list term ids, e.g. - helm`},
		{"disable entry a number", "disable: [go, 3]\n", `my.yaml:1: disable: entry 2 is a number (3); list term ids, e.g. - excel`},
		{"not_before word of hyphens only", "terms:\n  - name: X Tool\n    not_before: [a, \"-\"]\n", `my.yaml:3: not_before: "-" has no letter or digit`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadOverlay("my.yaml", []byte(tt.overlay))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadOverlay error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestMergeDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	o, err := LoadOverlay("team.yaml", []byte("disable: [swift]\nterms:\n  - extends: go\n    aliases: [Go programming]\n  - name: Internal Billing Platform\n    aliases: [IBP]\n"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := d.Merge(o)
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != d.Len() {
		t.Errorf("merged Len = %d, want %d (one disabled, one added)", m.Len(), d.Len())
	}
	if _, ok := m.Term("swift"); ok {
		t.Error("swift still present after disable")
	}
	if _, ok := d.Term("swift"); !ok {
		t.Error("Merge changed the shared default dictionary")
	}
	goTerm, _ := m.Term("go")
	if !strings.Contains(strings.Join(goTerm.Aliases, ","), "Go programming") {
		t.Errorf("go aliases = %v, want Go programming added", goTerm.Aliases)
	}
}

func FuzzLoadOverlay(f *testing.F) {
	f.Add([]byte("terms:\n  - name: X\n    aliases: [y]\n"))
	f.Add([]byte("disable: [go]\nterms:\n  - extends: go\n    forms: [going]\n"))
	f.Add([]byte("{"))
	f.Add([]byte("terms: 3\n"))
	d, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := LoadOverlay("fuzz.yaml", data)
		if err != nil {
			return
		}
		m, err := d.Merge(o)
		if err != nil {
			return
		}
		if err := m.Validate(); err != nil {
			t.Errorf("Merge returned an invalid dict: %v", err)
		}
	})
}
