package ats

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const testOverlay = `disable: [swift]
terms:
  - name: Quokka Ledger
    aliases: [QLedger]
  - extends: kubernetes
    aliases: [kube]
`

func TestOpenDictionaryOverlays(t *testing.T) {
	plain, err := OpenDictionary(nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := OpenDictionary([]Overlay{{Name: "mine.yaml", Data: []byte(testOverlay)}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := x.Version(), plain.Version()+"+mine.yaml"; got != want {
		t.Errorf("Version() = %q, want %q", got, want)
	}
	if got, want := x.Len(), plain.Len(); got != want { // one added, one disabled
		t.Errorf("Len() = %d, want %d", got, want)
	}
	want := []AppliedOverlay{{Name: "mine.yaml", Changes: OverlayChanges{
		Added: []string{"quokka-ledger"}, Changed: []string{"kubernetes"}, Disabled: []string{"swift"}}}}
	if diff := cmp.Diff(want, x.Overlays()); diff != "" {
		t.Errorf("Overlays() mismatch (-want +got):\n%s", diff)
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
		f    DictFilter
		want []string
	}{
		{DictFilter{Source: SourceOverlay}, []string{"kubernetes", "quokka-ledger"}},
		{DictFilter{Source: "Overlay", Category: "cloud"}, []string{"kubernetes"}}, // any case; other filters still apply
		{DictFilter{Source: SourceOverlay, Kind: "soft"}, nil},
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
	if got := plain.Select(DictFilter{Source: SourceOverlay}); len(got) != 0 {
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

// TestOpenDictionaryMatchesNew: inspection sees the dictionary New matches with.
func TestOpenDictionaryMatchesNew(t *testing.T) {
	ovs := []Overlay{{Name: "mine.yaml", Data: []byte(testOverlay)}}
	a, err := New(Options{Overlays: ovs})
	if err != nil {
		t.Fatal(err)
	}
	x, err := OpenDictionary(ovs)
	if err != nil {
		t.Fatal(err)
	}
	if a.DictionaryVersion() != x.Version() || a.dict.Len() != x.Len() {
		t.Errorf("OpenDictionary = %s (%d terms), New = %s (%d terms)", x.Version(), x.Len(), a.DictionaryVersion(), a.dict.Len())
	}
}

func TestCheckOverlay(t *testing.T) {
	x, err := OpenDictionary(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data string
		want       OverlayChanges
		wantErr    string // prefix
	}{
		{"valid", testOverlay, OverlayChanges{Added: []string{"quokka-ledger"}, Changed: []string{"kubernetes"}, Disabled: []string{"swift"}}, ""},
		{"surface clash", "terms:\n  - name: Fleet Tool\n    aliases: [k8s]\n", OverlayChanges{Added: []string{"fleet-tool"}, Changed: []string{}, Disabled: []string{}},
			`o.yaml:3: alias "k8s" already belongs to kubernetes`},
		{"parse error", "terms: [\n", OverlayChanges{}, "o.yaml:1: did not find expected node content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ps := x.CheckOverlay(Overlay{Name: "o.yaml", Data: []byte(tt.data)})
			if tt.wantErr == "" && len(ps) > 0 || tt.wantErr != "" && (len(ps) == 0 || !strings.HasPrefix(ps[0].Error(), tt.wantErr)) {
				t.Fatalf("CheckOverlay problems = %v, want the first to start %q", ps, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CheckOverlay changes mismatch (-want +got):\n%s", diff)
			}
		})
	}
	if x.Len() == 0 || len(x.Overlays()) != 0 {
		t.Errorf("CheckOverlay changed the dictionary: %d terms, overlays %v", x.Len(), x.Overlays())
	}
}

// TestDisabledByLaterOverlay: a term one overlay adds and a later one
// disables is "disabled by" the later file, not unknown.
func TestDisabledByLaterOverlay(t *testing.T) {
	ovs := []Overlay{
		{Name: "add.yaml", Data: []byte("terms:\n  - name: Quokka Ledger\n    aliases: [QLedger]\n")},
		{Name: "other.yaml", Data: []byte("terms:\n  - extends: kubernetes\n    aliases: [kube]\n")},
		{Name: "drop.yaml", Data: []byte("disable: [quokka-ledger, swift]\n")},
		{Name: "last.yaml", Data: []byte("terms:\n  - name: Wombat Queue\n")},
	}
	x, err := OpenDictionary(ovs)
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

// TestLookupFields: the DictField constants are the Field values Lookup
// reports (the CLI compares against them).
func TestLookupFields(t *testing.T) {
	x, err := OpenDictionary(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ surface, want string }{
		{"kubernetes", DictFieldID},
		{"Node.js", DictFieldName},
		{"k8s", DictFieldAlias},
		{"oop", DictFieldAcronym},
	}
	for _, tt := range tests {
		hits := x.Lookup(tt.surface)
		if len(hits) == 0 {
			t.Errorf("Lookup(%q) found nothing", tt.surface)
			continue
		}
		if hits[0].Field != tt.want {
			t.Errorf("Lookup(%q) field = %q, want %q", tt.surface, hits[0].Field, tt.want)
		}
	}
}
