package keywords

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLoadDefault: the fast decoder reads the embedded data in full and
// agrees with encoding/json term for term.
func TestLoadDefault(t *testing.T) {
	if _, ok := decodeCanonical(embedded); !ok {
		t.Fatal("data/keywords.json is not in the canonical form LoadDefault decodes fast")
	}
	got, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	want, err := decodeJSON([]byte(embedded))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LoadDefault mismatch (-encoding/json +fast):\n%s", diff)
	}
	if err := got.Validate(); err != nil {
		t.Errorf("embedded dictionary: %v", err)
	}
	if !termsSorted(got.Terms) {
		t.Error("embedded terms are not sorted by unique ID")
	}
	// Lists share one backing array: appending to one must not touch another.
	fresh, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for i := range fresh.Terms {
		x := &fresh.Terms[i]
		for _, l := range [][]string{x.Aliases, x.Acronyms, x.Forms, x.Ambiguous, x.Context, x.NotBefore, x.NotAfter, x.Related} {
			_ = append(l, "appended")
		}
	}
	if diff := cmp.Diff(want, fresh); diff != "" {
		t.Errorf("appending to term lists changed other lists (-want +got):\n%s", diff)
	}
}

func TestDecodeCanonical(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool // decodeCanonical accepts it (else the caller falls back)
	}{
		{"empty", "{\"version\":\"1\",\"terms\":[\n]}\n", true},
		{"full term", "{\"version\":\"1\",\"terms\":[\n" +
			`{"id":"go","name":"Go","kind":"hard","category":"language","aliases":["Golang","go lang"],"acronyms":["GO"],"forms":["gos"],"ambiguous":["Go"],"context":["programming","gopher"],"related":["c"],"weight":1.5,"source":"curated"}` +
			"\n]}\n", true},
		{"not_before and not_after", "{\"version\":\"1\",\"terms\":[\n" +
			`{"id":"phd","name":"PhD","kind":"hard","category":"degree","not_before":["student","research fellow"],"not_after":["honorary"],"source":"curated"}` +
			"\n]}\n", true},
		{"not_after before not_before", "{\"version\":\"1\",\"terms\":[\n" + `{"id":"a","name":"A","kind":"hard","category":"x","not_after":["b"],"not_before":["c"]}` + "\n]}\n", false},
		{"escapes", "{\"version\":\"1\\u0026\\\"2\",\"terms\":[\n" + `{"id":"r-d","name":"R\u0026D \"x\" \\ é","kind":"hard","category":"x"}` + "\n]}\n", true},
		{"weights", "{\"version\":\"1\",\"terms\":[\n" + `{"id":"a","name":"A","kind":"hard","category":"x","weight":-0.5e+2},` + "\n" + `{"id":"b","name":"B","kind":"hard","category":"x","weight":0}` + "\n]}\n", true},
		{"invalid utf8", "{\"version\":\"\xff\",\"terms\":[\n]}\n", true},
		{"indented", "{\n  \"version\": \"1\",\n  \"terms\": []\n}\n", false},
		{"null terms", `{"version":"1","terms":null}`, false},
		{"empty list", "{\"version\":\"1\",\"terms\":[\n" + `{"id":"a","name":"A","kind":"hard","category":"x","aliases":[]}` + "\n]}\n", false},
		{"key order", "{\"version\":\"1\",\"terms\":[\n" + `{"name":"A","id":"a","kind":"hard","category":"x"}` + "\n]}\n", false},
		{"unknown key", "{\"version\":\"1\",\"terms\":[\n" + `{"id":"a","name":"A","kind":"hard","category":"x","colour":"red"}` + "\n]}\n", false},
		{"bad number", "{\"version\":\"1\",\"terms\":[\n" + `{"id":"a","name":"A","kind":"hard","category":"x","weight":01}` + "\n]}\n", false},
		{"hex number", "{\"version\":\"1\",\"terms\":[\n" + `{"id":"a","name":"A","kind":"hard","category":"x","weight":0x1p3}` + "\n]}\n", false},
		{"trailing data", "{\"version\":\"1\",\"terms\":[\n]}\nx", false},
		{"control byte", "{\"version\":\"1\t\",\"terms\":[\n]}\n", false},
		{"unterminated", `{"version":"1`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodeCanonical(tt.in)
			if ok != tt.ok {
				t.Fatalf("decodeCanonical(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if !ok {
				return
			}
			want, err := decodeJSON([]byte(tt.in))
			if err != nil {
				t.Fatalf("encoding/json rejects what decodeCanonical accepted: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("decodeCanonical(%q) mismatch (-encoding/json +fast):\n%s", tt.in, diff)
			}
		})
	}
}

// FuzzDecodeCanonical: whatever the fast decoder accepts, encoding/json
// decodes to the same Dict.
func FuzzDecodeCanonical(f *testing.F) {
	f.Add("{\"version\":\"1\",\"terms\":[\n]}\n")
	f.Add("{\"version\":\"1\",\"terms\":[\n" + `{"id":"go","name":"Go","kind":"hard","category":"language","aliases":["Golang"],"ambiguous":["Go"],"context":["programming"],"weight":2,"source":"curated"},` + "\n" + `{"id":"r-d","name":"R\u0026D","kind":"soft","category":"x"}` + "\n]}\n")
	f.Add(embedded[:strings.LastIndex(embedded[:2000], ",\n")] + "\n]}\n")
	f.Add("{\"version\":\"1\",\"terms\":[\n" + `{"id":"phd","name":"PhD","kind":"hard","category":"degree","not_before":["student"],"not_after":["honorary"]}` + "\n]}\n")
	f.Fuzz(func(t *testing.T, in string) {
		got, ok := decodeCanonical(in)
		if !ok {
			return
		}
		want, err := decodeJSON([]byte(in))
		if err != nil {
			t.Fatalf("encoding/json rejects what decodeCanonical accepted: %v", err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("mismatch (-encoding/json +fast):\n%s", diff)
		}
	})
}
