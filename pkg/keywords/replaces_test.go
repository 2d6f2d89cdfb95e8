package keywords

import (
	"slices"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/google/go-cmp/cmp"
)

// mergedDict is baseDict with a term that replaced two ids: "kube-tool"
// and "container-orchestration" were merged into kubernetes.
func mergedDict(t testing.TB) *Dict {
	t.Helper()
	d := baseDict(t)
	k, _ := d.Term("kubernetes")
	k.Replaces = []string{"kube-tool", "container-orchestration"}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestResolve(t *testing.T) {
	d := mergedDict(t)
	for id, want := range map[string]string{"kubernetes": "kubernetes", "kube-tool": "kubernetes", "container-orchestration": "kubernetes", "go": "go", "nomad": ""} {
		got, ok := d.Resolve(id)
		if want == "" {
			if ok {
				t.Errorf("Resolve(%q) = %s; want none", id, got.ID)
			}
			continue
		}
		if !ok || got.ID != want {
			t.Errorf("Resolve(%q) = %v, %v; want %s", id, got, ok, want)
		}
	}
	// A term of that id wins over a replaced id: an overlay may bring
	// one back.
	d.Terms = append(d.Terms, Term{ID: "kube-tool", Name: "Kube Tool", Kind: Hard, Category: "custom"})
	if got, _ := d.Resolve("kube-tool"); got.ID != "kube-tool" {
		t.Errorf("Resolve(kube-tool) = %s; want the term of that id", got.ID)
	}
}

// TestMergeReplacedIDs: an overlay written for an id that was merged into
// another term still works, and means that term.
func TestMergeReplacedIDs(t *testing.T) {
	tests := []struct {
		name, overlay string
		want          []string
	}{
		{
			name:    "extends a replaced id",
			overlay: "terms:\n  - extends: kube-tool\n    aliases: [kube]\n",
			want:    []string{"go:Go/hard/tools/curated[Golang]", "helm:Helm/hard/tools/curated{kubernetes}", "kubernetes:Kubernetes/hard/tools/curated[k8s,kube]"},
		},
		{
			name:    "disable a replaced id",
			overlay: "disable: [container-orchestration]\n",
			want:    []string{"go:Go/hard/tools/curated[Golang]", "helm:Helm/hard/tools/curated"},
		},
		{
			name:    "related to a replaced id",
			overlay: "terms:\n  - name: Nomad\n    related: [kube-tool]\n",
			want: []string{"go:Go/hard/tools/curated[Golang]", "helm:Helm/hard/tools/curated{kubernetes}",
				"kubernetes:Kubernetes/hard/tools/curated[k8s]", "nomad:Nomad/hard/custom/user{kubernetes}"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := LoadOverlay("my.yaml", []byte(tt.overlay))
			if err != nil {
				t.Fatalf("LoadOverlay: %v", err)
			}
			d, err := mergedDict(t).Merge(o)
			if err != nil {
				t.Fatalf("Merge: %v", err)
			}
			if diff := cmp.Diff(tt.want, brief(d)); diff != "" {
				t.Errorf("Merge(%q) mismatch (-want +got):\n%s", tt.overlay, diff)
			}
		})
	}
	// An id that was never a term is still unknown.
	o, err := LoadOverlay("my.yaml", []byte("disable: [nomad]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mergedDict(t).Merge(o); err == nil || !strings.Contains(err.Error(), `unknown term "nomad"`) {
		t.Errorf("Merge(disable nomad) error = %v; want unknown term", err)
	}
}

func TestLookupReplaced(t *testing.T) {
	d := mergedDict(t)
	hits := d.Lookup("Kube-Tool")
	if len(hits) != 1 || hits[0].Term.ID != "kubernetes" || hits[0].Field != FieldReplaced || hits[0].Surface != "kube-tool" {
		t.Errorf("Lookup(Kube-Tool) = %+v; want kubernetes by its replaced id", hits)
	}
	if hits := d.Lookup("kubernetes"); len(hits) != 1 || hits[0].Field != FieldID {
		t.Errorf("Lookup(kubernetes) = %+v; want the id first", hits)
	}
}

func TestReplacesSource(t *testing.T) {
	src := "category: soft\nkind: soft\nterms:\n" +
		"  - name: Leadership\n    replaces: [lead-a-team, lead-a-team, lead-others]\n    distinct_ok: [mentoring]\n" +
		"  - name: Mentoring\n    replaces: [mentoring]\n  - name: Coaching\n    replaces: [Lead A Team]\n"
	sf, errs := ParseSource(SourceFile{Name: "a.yaml", Data: []byte(src)})
	if len(errs) != 0 {
		t.Fatalf("ParseSource: %v", errs)
	}
	lead := sf.Terms[0]
	lead.Tidy(func(diag.Problem) {})
	if want := []string{"lead-a-team", "lead-others"}; !slices.Equal(lead.Replaces, want) || !slices.Equal(lead.DistinctOK, []string{"mentoring"}) {
		t.Errorf("replaces %q, distinct_ok %q; want %q and [mentoring]", lead.Replaces, lead.DistinctOK, want)
	}
	if ps := sf.Terms[1].Check(); len(ps) != 1 || !strings.Contains(ps[0].Error(), "a term cannot replace itself") {
		t.Errorf("Check(mentoring) = %v; want one problem: replaces itself", ps)
	}
	if ps := sf.Terms[2].Check(); len(ps) != 1 || !strings.Contains(ps[0].Error(), `replaces "Lead A Team" is not an id`) {
		t.Errorf("Check(coaching) = %v; want one problem: not an id", ps)
	}
}
