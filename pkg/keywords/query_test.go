package keywords

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// queryDict is a small dictionary with the shapes the queries must handle:
// an acronym, an ambiguous name, an ID unlike the name, two sources.
func queryDict(t *testing.T) *Dict {
	t.Helper()
	d := &Dict{Version: "test", Terms: []Term{
		{ID: "go", Name: "Go", Kind: Hard, Category: "language", Aliases: []string{"Golang"},
			Ambiguous: []string{"Go"}, Context: []string{"programming"}, Source: Curated},
		{ID: "kubernetes", Name: "Kubernetes", Kind: Hard, Category: "cloud", Aliases: []string{"k8s"}, Source: Curated},
		{ID: "object-oriented-programming", Name: "Object-Oriented Programming", Kind: Hard, Category: "method",
			Acronyms: []string{"OOP"}, Related: []string{"go"}, Source: "esco"},
		{ID: "collaboration", Name: "Collaboration", Kind: Soft, Category: "soft",
			Forms: []string{"collaborated", "collaborative"}, Source: Curated},
		{ID: "nodejs", Name: "Node.js", Kind: Hard, Category: "framework", Aliases: []string{"Node"}, Source: "stackoverflow"},
	}}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	sortTerms(d.Terms)
	return d
}

type hitView struct{ ID, Field, Surface string }

func TestLookup(t *testing.T) {
	d := queryDict(t)
	tests := []struct {
		name, in string
		want     []hitView
	}{
		{"id", "nodejs", []hitView{{"nodejs", FieldID, "nodejs"}}},
		{"name any case", "KUBERNETES", []hitView{{"kubernetes", FieldID, "kubernetes"}}},
		{"name with punctuation", "node.js", []hitView{{"nodejs", FieldName, "Node.js"}}},
		{"alias", "K8S", []hitView{{"kubernetes", FieldAlias, "k8s"}}},
		{"acronym lower case", "oop", []hitView{{"object-oriented-programming", FieldAcronym, "OOP"}}},
		{"form", "Collaborated", []hitView{{"collaboration", FieldForm, "collaborated"}}},
		{"spaces and hyphens folded", "object oriented programming",
			[]hitView{{"object-oriented-programming", FieldID, "object-oriented-programming"}}},
		{"ambiguous name", "go", []hitView{{"go", FieldID, "go"}}},
		{"surrounding space", "  golang ", []hitView{{"go", FieldAlias, "Golang"}}},
		{"unknown", "cobol", nil},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []hitView
			for _, h := range d.Lookup(tt.in) {
				got = append(got, hitView{h.Term.ID, h.Field, h.Surface})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestLookupShared: when one term's ID folds like another's surface, both
// are listed, the ID hit first.
func TestLookupShared(t *testing.T) {
	d := &Dict{Version: "t", Terms: []Term{
		{ID: "spark", Name: "Apache Spark", Kind: Hard, Category: "data"},
		{ID: "spark-ar", Name: "Spark AR", Kind: Hard, Category: "design", Aliases: []string{"Spark"}},
	}}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	var got []hitView
	for _, h := range d.Lookup("spark") {
		got = append(got, hitView{h.Term.ID, h.Field, h.Surface})
	}
	want := []hitView{{"spark", FieldID, "spark"}, {"spark-ar", FieldAlias, "Spark"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Lookup(spark) mismatch (-want +got):\n%s", diff)
	}
}

func TestFoldEq(t *testing.T) {
	for _, s := range []string{"", "Node.js", "CI/CD", "Front-End Dev", "power_bi", "a\tb", "Ünïcode Tool", "K8S", "x"} {
		for _, k := range []string{"", "node.js", "ci/cd", "frontenddev", "powerbi", "ab", "ünïcodetool", "k8s", "k8", "k8ss"} {
			if got, want := foldEq(s, k), fold(s) == k; got != want {
				t.Errorf("foldEq(%q, %q) = %v, want %v", s, k, got, want)
			}
		}
	}
}

func TestSuggest(t *testing.T) {
	d := queryDict(t)
	tests := []struct {
		name, in string
		n        int
		want     []string
	}{
		{"one typo", "kubernets", 3, []string{"Kubernetes"}},
		{"typo in alias", "golnag", 3, []string{"Go"}},
		{"transposed id", "ndoejs", 3, []string{"Node.js"}},
		{"nothing close", "accounting", 3, nil},
		{"start of a name", "kube", 3, []string{"Kubernetes"}},
		{"start of a long name", "object orient", 3, []string{"Object-Oriented Programming"}},
		{"too short to be a start", "ku", 3, nil},
		{"zero wanted", "kubernets", 0, nil},
		{"empty", "", 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, d.Suggest(tt.in, tt.n)); diff != "" {
				t.Errorf("Suggest(%q, %d) mismatch (-want +got):\n%s", tt.in, tt.n, diff)
			}
		})
	}
}

func TestSuggestLimit(t *testing.T) {
	d := &Dict{Version: "t", Terms: []Term{
		{ID: "abcd", Name: "ABCD", Kind: Hard, Category: "x"},
		{ID: "abce", Name: "ABCE", Kind: Hard, Category: "x"},
		{ID: "abcf", Name: "ABCF", Kind: Hard, Category: "x"},
		{ID: "abcg", Name: "ABCG", Kind: Hard, Category: "x"},
	}}
	want := []string{"ABCD", "ABCE"}
	if diff := cmp.Diff(want, d.Suggest("abcx", 2)); diff != "" {
		t.Errorf("Suggest(abcx, 2) mismatch (-want +got):\n%s", diff)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		bound int
		want  int
	}{
		{"", "", 5, 0},
		{"abc", "abc", 5, 0},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 2}, // stops at the bound
		{"a", "abcdef", 3, 3},       // length gap alone reaches the bound
		{"héllo", "hello", 5, 1},    // runes, not bytes
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b, tt.bound); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.bound, got, tt.want)
		}
	}
}

func TestSelect(t *testing.T) {
	d := queryDict(t)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all", Filter{}, []string{"collaboration", "go", "kubernetes", "nodejs", "object-oriented-programming"}},
		{"soft", Filter{Kind: Soft}, []string{"collaboration"}},
		{"hard curated", Filter{Kind: Hard, Source: "CURATED"}, []string{"go", "kubernetes"}},
		{"category any case", Filter{Category: "Cloud"}, []string{"kubernetes"}},
		{"source", Filter{Source: "esco"}, []string{"object-oriented-programming"}},
		{"no match", Filter{Kind: Soft, Category: "cloud"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, term := range d.Select(tt.f) {
				got = append(got, term.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Select(%+v) mismatch (-want +got):\n%s", tt.f, diff)
			}
		})
	}
}

func TestStats(t *testing.T) {
	d := queryDict(t)
	d.Terms = append(d.Terms, Term{ID: "zz", Name: "ZZ Tool", Kind: Hard, Category: "cloud"}) // no source
	want := Stats{
		Version: "test", Terms: 6,
		ByKind:     []Count{{"hard", 5}, {"soft", 1}},
		ByCategory: []Count{{"cloud", 2}, {"framework", 1}, {"language", 1}, {"method", 1}, {"soft", 1}},
		BySource:   []Count{{"curated", 3}, {"esco", 1}, {"stackoverflow", 1}, {"unknown", 1}},
		Aliases:    3, Acronyms: 1, Forms: 2, Ambiguous: 1, AmbiguousTerms: 1, ContextWords: 1, Related: 1,
	}
	if diff := cmp.Diff(want, d.Stats()); diff != "" {
		t.Errorf("Stats() mismatch (-want +got):\n%s", diff)
	}
}

func TestStatsEmbedded(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	st := d.Stats()
	sum := func(cs []Count) (n int) {
		for _, c := range cs {
			n += c.Terms
		}
		return n
	}
	for name, cs := range map[string][]Count{"kind": st.ByKind, "category": st.ByCategory, "source": st.BySource} {
		if got := sum(cs); got != d.Len() {
			t.Errorf("Stats().By%s sums to %d terms, want %d", name, got, d.Len())
		}
	}
}

func TestOverlayChanges(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       OverlayChanges
	}{
		{"empty", "", OverlayChanges{Added: []string{}, Changed: []string{}, Disabled: []string{}}},
		{"all three", `disable: [go, nodejs]
terms:
  - extends: kubernetes
    aliases: [kube]
  - name: Quokka Ledger
  - name: Billing Hub
    id: bhub
`, OverlayChanges{Added: []string{"quokka-ledger", "bhub"}, Changed: []string{"kubernetes"}, Disabled: []string{"go", "nodejs"}}},
		// A term is disabled or changed once, however often the file says so.
		{"an id listed many times counts once", "disable: [go, nodejs, go" + strings.Repeat(", go", 1000) + "]\nterms:\n" +
			strings.Repeat("  - extends: kubernetes\n    aliases: [kube]\n", 3) + "  - extends: go\n",
			OverlayChanges{Added: []string{}, Changed: []string{"kubernetes", "go"}, Disabled: []string{"go", "nodejs"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := LoadOverlay("o.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, o.Changes()); diff != "" {
				t.Errorf("Changes() mismatch (-want +got):\n%s", diff)
			}
		})
	}
	var nilOverlay *Overlay
	if got := nilOverlay.Changes(); len(got.Added)+len(got.Changed)+len(got.Disabled) != 0 {
		t.Errorf("nil overlay Changes() = %+v, want empty", got)
	}
}

// `dict show` runs one Lookup and, when it finds nothing, one Suggest over
// the whole embedded dictionary: both must stay well under a millisecond
// or so next to the ~20 ms it takes to load the dictionary.
func BenchmarkLookup(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(d.Lookup("k8s")) != 1 {
			b.Fatal("k8s not found")
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(d.Suggest("kubernets", 3)) == 0 {
			b.Fatal("no suggestion for kubernets")
		}
	}
}

func BenchmarkStats(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Stats()
	}
}
