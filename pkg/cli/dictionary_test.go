package cli

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

const testOverlay = `disable: [swift]
terms:
  - name: Quokka Ledger
    aliases: [QLedger]
  - extends: kubernetes
    aliases: [kube]
`

func TestLoadDictionaryOverlays(t *testing.T) {
	plain, err := loadDictionary(nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loadDictionary([]ats.Overlay{{Name: "mine.yaml", Data: []byte(testOverlay)}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := x.Version(), plain.Version()+"+mine.yaml"; got != want {
		t.Errorf("Version() = %q, want %q", got, want)
	}
	if got, want := x.dict.Len(), plain.dict.Len(); got != want { // one added, one disabled
		t.Errorf("%d terms, want %d", got, want)
	}
	want := []appliedOverlay{{Name: "mine.yaml", Changes: keywords.OverlayChanges{
		Added: []string{"quokka-ledger"}, Changed: []string{"kubernetes"}, Disabled: []string{"swift"}}}}
	if diff := cmp.Diff(want, x.applied); diff != "" {
		t.Errorf("applied overlays mismatch (-want +got):\n%s", diff)
	}
	tests := []struct {
		id   string
		want []string
	}{
		{"quokka-ledger", []string{"added by mine.yaml"}},
		{"kubernetes", []string{"changed by mine.yaml"}},
		{"go", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, x.Provenance(tt.id)); diff != "" {
			t.Errorf("Provenance(%q) mismatch (-want +got):\n%s", tt.id, diff)
		}
	}
	selects := []struct {
		f    keywords.Filter
		want []string
	}{
		{keywords.Filter{Source: sourceOverlay}, []string{"kubernetes", "quokka-ledger"}},
		{keywords.Filter{Source: "Overlay", Category: "cloud"}, []string{"kubernetes"}}, // any case; other filters still apply
		{keywords.Filter{Source: sourceOverlay, Kind: "soft"}, nil},
	}
	for _, tt := range selects {
		var ids []string
		for _, term := range x.Select(tt.f) {
			ids = append(ids, term.ID)
		}
		if diff := cmp.Diff(tt.want, ids); diff != "" {
			t.Errorf("Select(%+v) mismatch (-want +got):\n%s", tt.f, diff)
		}
	}
	if got := plain.Select(keywords.Filter{Source: sourceOverlay}); len(got) != 0 {
		t.Errorf("Select(overlay) without overlays = %d terms, want none", len(got))
	}
	if hits := x.Lookup("kube"); len(hits) != 1 || hits[0].Term.ID != "kubernetes" {
		t.Errorf("Lookup(kube) = %v, want kubernetes", hits)
	}
	if hits := plain.Lookup("kube"); len(hits) != 0 {
		t.Errorf("Lookup(kube) without the overlay = %v, want none", hits)
	}
	if hits, by := x.Disabled("Swift"); by != "mine.yaml" || len(hits) != 1 || hits[0].Term.ID != "swift" {
		t.Errorf("Disabled(Swift) = %v, %q; want swift, mine.yaml", hits, by)
	}
	if hits, by := x.Disabled("kubernetes"); by != "" || hits != nil {
		t.Errorf("Disabled(kubernetes) = %v, %q; want nothing", hits, by)
	}
}

// TestDictionaryMatchesNew: inspection sees the dictionary ats.New
// matches with: the same version, the overlay's term found and the
// disabled one not.
func TestDictionaryMatchesNew(t *testing.T) {
	ovs := []ats.Overlay{{Name: "mine.yaml", Data: []byte(testOverlay)}}
	a, err := ats.New(ats.Options{Overlays: ovs})
	if err != nil {
		t.Fatal(err)
	}
	x, err := loadDictionary(ovs)
	if err != nil {
		t.Fatal(err)
	}
	if a.DictionaryVersion() != x.Version() {
		t.Errorf("loadDictionary = %s, ats.New = %s", x.Version(), a.DictionaryVersion())
	}
	res, err := a.Keywords(context.Background(), extract.Source{Name: "r.txt", Data: []byte("Skills: QLedger, Swift, kube\n")})
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	for _, k := range res.Keywords {
		found = append(found, k.Term)
	}
	for _, name := range found {
		if len(x.Lookup(name)) == 0 {
			t.Errorf("ats.New matched %s, which loadDictionary does not have", name)
		}
	}
	if !slices.Contains(found, "Quokka Ledger") || !slices.Contains(found, "Kubernetes") || slices.Contains(found, "Swift") {
		t.Errorf("ats.New with the overlay found %v: want Quokka Ledger and Kubernetes, not Swift", found)
	}
}

func TestCheckOverlay(t *testing.T) {
	x, err := loadDictionary(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data string
		want       keywords.OverlayChanges
		wantErr    string // prefix
	}{
		{"valid", testOverlay, keywords.OverlayChanges{Added: []string{"quokka-ledger"}, Changed: []string{"kubernetes"}, Disabled: []string{"swift"}}, ""},
		{"surface clash", "terms:\n  - name: Fleet Tool\n    aliases: [k8s]\n", keywords.OverlayChanges{Added: []string{"fleet-tool"}, Changed: []string{}, Disabled: []string{}},
			`o.yaml:3: alias "k8s" already belongs to kubernetes`},
		{"parse error", "terms: [\n", keywords.OverlayChanges{}, "o.yaml:1: did not find expected node content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ps := x.CheckOverlay(ats.Overlay{Name: "o.yaml", Data: []byte(tt.data)})
			if tt.wantErr == "" && len(ps) > 0 || tt.wantErr != "" && (len(ps) == 0 || !strings.HasPrefix(ps[0].Error(), tt.wantErr)) {
				t.Fatalf("CheckOverlay problems = %v, want the first to start %q", ps, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CheckOverlay changes mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if x.dict.Len() == 0 || len(x.applied) != 0 {
		t.Errorf("CheckOverlay changed the dictionary: %d terms, overlays %v", x.dict.Len(), x.applied)
	}
}

// TestDisabledByLaterOverlay: a term one overlay adds and a later one
// disables is "disabled by" the later file, not unknown.
func TestDisabledByLaterOverlay(t *testing.T) {
	ovs := []ats.Overlay{
		{Name: "add.yaml", Data: []byte("terms:\n  - name: Quokka Ledger\n    aliases: [QLedger]\n")},
		{Name: "other.yaml", Data: []byte("terms:\n  - extends: kubernetes\n    aliases: [kube]\n")},
		{Name: "drop.yaml", Data: []byte("disable: [quokka-ledger, swift]\n")},
		{Name: "last.yaml", Data: []byte("terms:\n  - name: Wombat Queue\n")},
	}
	x, err := loadDictionary(ovs)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		surface, wantBy string
		wantIDs         []string
	}{
		{"qledger", "drop.yaml", []string{"quokka-ledger"}},
		{"Quokka Ledger", "drop.yaml", []string{"quokka-ledger"}},
		{"swift", "drop.yaml", []string{"swift"}},
		{"wombat queue", "", nil}, // present, not disabled
		{"no such term", "", nil},
	}
	for _, tt := range tests {
		hits, by := x.Disabled(tt.surface)
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Term.ID)
		}
		if by != tt.wantBy {
			t.Errorf("Disabled(%q) overlay = %q, want %q", tt.surface, by, tt.wantBy)
		}
		if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
			t.Errorf("Disabled(%q) mismatch (-want +got):\n%s", tt.surface, diff)
		}
	}
}
