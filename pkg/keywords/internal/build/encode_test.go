package build

import (
	"os"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// TestEmbeddedIsCurrent fails when data/keywords.json is stale.
func TestEmbeddedIsCurrent(t *testing.T) {
	version, err := os.ReadFile("../../data/src/VERSION")
	if err != nil {
		t.Fatal(err)
	}
	files, err := ReadSources(os.DirFS("../../data/src"))
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := Build(string(version), files)
	if err != nil {
		t.Fatalf("data/src does not build: %v", err)
	}
	want, err := Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile("../../data/keywords.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(embedded)); diff != "" {
		t.Errorf("data/keywords.json is stale: run go generate ./pkg/keywords (-from src +embedded):\n%s", diff)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	tests := []*keywords.Dict{
		{Version: "1", Terms: []keywords.Term{}},
		{Version: "2026.1", Terms: []keywords.Term{
			{ID: "c", Name: "C", Kind: keywords.Hard, Category: "language", Ambiguous: []string{"C"}, Context: []string{"programming"}},
			{ID: "go", Name: "Go \"lang\" <&>", Kind: keywords.Hard, Category: "language", Aliases: []string{"Golang"}, Weight: 1.5, Source: keywords.Curated},
		}},
	}
	for _, d := range tests {
		b, err := Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := keywords.Parse(b)
		if err != nil {
			t.Fatalf("Parse(Encode(%v)): %v\n%s", d.Version, err, b)
		}
		if diff := cmp.Diff(d, got); diff != "" {
			t.Errorf("round trip of %s mismatch (-want +got):\n%s", d.Version, diff)
		}
		if lines := strings.Count(string(b), "\n"); lines != len(d.Terms)+2 {
			t.Errorf("Encode wrote %d lines for %d terms, want one per term plus two", lines, len(d.Terms))
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version":"1","terms":[{"id":"go","name":"Go","kind":"hard","category":"language"}]}`))
	f.Add([]byte(`{"version":"1","terms":[{"id":"a","name":"A","kind":"hard","category":"x","related":["a"]}]}`))
	f.Add([]byte(`{"version":"","terms":null}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := keywords.Parse(data)
		if err != nil {
			return
		}
		// A parsed dict is valid, sorted and round-trips through Encode.
		if err := d.Validate(); err != nil {
			t.Fatalf("Parse accepted an invalid dict: %v", err)
		}
		for _, term := range d.Terms {
			if got, ok := d.Term(term.ID); !ok || got.ID != term.ID {
				t.Fatalf("Term(%q) not found after Parse", term.ID)
			}
		}
		b, err := Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := keywords.Parse(b); err != nil {
			t.Fatalf("Parse(Encode(d)): %v", err)
		}
	})
}
