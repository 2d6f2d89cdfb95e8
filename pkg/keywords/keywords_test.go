package keywords

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d2, _ := Default()
	if d != d2 {
		t.Error("Default returned two different dictionaries")
	}
	if err := d.Validate(); err != nil {
		t.Errorf("embedded dictionary: %v", err)
	}
	if !sort.SliceIsSorted(d.Terms, func(i, j int) bool { return d.Terms[i].ID < d.Terms[j].ID }) {
		t.Error("terms are not sorted by ID")
	}
	counts := map[string]int{}
	kinds := map[Kind]int{}
	for _, term := range d.Terms {
		counts[string(term.Kind)+"/"+term.Category]++
		if term.Source == Curated {
			kinds[term.Kind]++
		}
	}
	t.Logf("version %s: %d terms; curated: %d hard, %d soft", d.Version, d.Len(), kinds[Hard], kinds[Soft])
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("  %-28s %d", k, counts[k])
	}
	if kinds[Hard] < 600 || kinds[Soft] < 80 {
		t.Errorf("curated core too small: %d hard, %d soft (want ≥600, ≥80)", kinds[Hard], kinds[Soft])
	}
}

// TestCoreTerms pins the entries other stages rely on.
func TestCoreTerms(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		Name      string
		Kind      Kind
		Ambiguous []string
	}
	tests := []struct {
		id   string
		want want
	}{
		{"go", want{"Go", Hard, []string{"Go"}}},
		{"r", want{"R", Hard, []string{"R"}}},
		{"cpp", want{"C++", Hard, nil}},
		{"csharp", want{"C#", Hard, nil}},
		{"dotnet", want{".NET", Hard, nil}},
		{"nodejs", want{"Node.js", Hard, []string{"Node"}}},
		{"expressjs", want{"Express", Hard, []string{"Express"}}},
		{"swift", want{"Swift", Hard, []string{"Swift"}}},
		{"ci-cd", want{"CI/CD", Hard, nil}},
		{"microsoft-excel", want{"Microsoft Excel", Hard, []string{"Excel"}}},
		{"collaboration", want{"Collaboration", Soft, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			term, ok := d.Term(tt.id)
			if !ok {
				t.Fatalf("Term(%q) not found", tt.id)
			}
			got := want{term.Name, term.Kind, term.Ambiguous}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Term(%q) mismatch (-want +got):\n%s", tt.id, diff)
			}
		})
	}
	if _, ok := d.Term("no-such-term"); ok {
		t.Error("Term(no-such-term) found")
	}
}

// BenchmarkDefault is the cold load of the embedded dictionary (what
// Default does once per process).
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embedded)))
	for b.Loop() {
		if _, err := LoadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse is Parse of the embedded data: decode plus Validate.
func BenchmarkParse(b *testing.B) {
	data := []byte(embedded)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeJSON is the encoding/json decoder LoadDefault avoids.
func BenchmarkDecodeJSON(b *testing.B) {
	data := []byte(embedded)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := decodeJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// commonWords are ordinary English words that are also skill names. Any
// name, alias or form spelled like one must be listed as ambiguous, so it
// only counts with a context word (acronyms are exempt: they match case-exactly).
var commonWords = []string{
	"go", "r", "c", "d", "swift", "rust", "ruby", "express", "spring", "excel", "word", "outlook",
	"canvas", "lead", "led", "leading", "rest", "next", "node", "unity", "bootstrap", "spark",
	"pandas", "flask", "chef", "puppet", "helm", "slack", "zoom", "notion", "blackboard", "epic",
	"sketch", "illustrator", "maya", "blender", "rails", "gin", "echo", "fiber", "ray", "remix",
	"vault", "consul", "packer", "iceberg", "parquet", "lambda", "logging", "monitoring",
	"networking", "containers", "scheduling", "shipping", "receiving", "sourcing", "buying",
	"inspection", "estimating", "dispatch", "therapy", "counseling", "serving", "cleaning",
	"patrol", "surveillance", "drafting", "inventor", "rhino", "linear", "agile", "lean",
	"waterfall", "solid", "soap", "cache", "caching", "oracle", "sage", "toast", "apex",
	"dart", "julia", "scala", "crystal", "assembly", "pascal", "groovy", "electron", "mocha",
	"jest", "cypress", "playwright", "postman", "maven", "celery", "qt", "hive", "snowflake",
	"english", "german", "french", "spanish", "polish", "turkish", "chinese", "japanese",
	"initiative", "drive", "execution", "research", "pricing", "consulting", "telemetry", "triage",
	"logistics", "manufacturing", "invoicing", "reconciliation", "partnerships", "cooperation",
	"taught", "teach", "coach", "influence", "delegate", "facilitate", "creative", "positive",
	"flexible", "organized", "humble", "patience", "ownership", "presenting", "pairing",
	// Product names that are ordinary words.
	"concur", "gusto", "gherkin", "cucumber", "locust", "rider", "stripe", "recoil", "stitch",
	"relativity", "mercurial", "subversion", "sabre",
}

func TestCommonWordsNeedContext(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	common := map[string]bool{}
	for _, w := range commonWords {
		common[w] = true
	}
	for _, term := range d.Terms {
		if term.Source != Curated {
			continue
		}
		amb := map[string]bool{}
		for _, a := range term.Ambiguous {
			amb[strings.ToLower(a)] = true
		}
		surfaces := append(append([]string{term.Name}, term.Aliases...), term.Forms...)
		for _, s := range surfaces {
			if l := strings.ToLower(s); common[l] && !amb[l] {
				t.Errorf("term %q: %q is an ordinary word; list it in ambiguous with context words", term.ID, s)
			}
		}
	}
}
