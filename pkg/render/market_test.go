package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func ptr[T any](v T) *T { return &v }

// marketResume is a market read against a resume: a term shown, one met
// through an alternative (no gap), gaps, a posting skipped.
func marketResume() *report.MarketResult {
	return &report.MarketResult{
		SchemaVersion: report.SchemaVersion, Jobs: 5, Resume: "cv.md", TotalTerms: 9, MatchingTerms: 9, Complete: true,
		Failed: []report.FileError{{File: "postings/broken.pdf", Kind: "malformed", Error: "not a PDF file"}},
		Terms: []report.MarketTerm{
			{Term: "Python", Kind: "hard", Category: "languages", Postings: 4, Share: 0.8, Required: 3,
				Wordings: []string{"Python", "Python 3"}, Resume: ptr(true), Unmet: ptr(0)},
			{Term: "Apache Kafka", Kind: "hard", Category: "messaging", Postings: 3, Share: 0.6, Required: 1, Alternative: 2,
				Alternatives: []string{"RabbitMQ"}, Wordings: []string{"Kafka"}, Resume: ptr(false), Unmet: ptr(1)},
			{Term: "Advanced Cardiac Life Support", Kind: "hard", Category: "certifications", Postings: 2, Share: 0.4, Required: 2,
				Wordings: []string{"ACLS"}, Resume: ptr(false), Unmet: ptr(2)},
			{Term: "RabbitMQ", Kind: "hard", Category: "messaging", Postings: 2, Share: 0.4, Alternative: 2,
				Alternatives: []string{"Apache Kafka"}, Wordings: []string{"RabbitMQ"}, Resume: ptr(false), Unmet: ptr(0)},
			{Term: "Communication", Kind: "soft", Category: "interpersonal", Postings: 1, Share: 0.2,
				Wordings: []string{"communication skills"}, Resume: ptr(false), Unmet: ptr(1)},
		},
		Gaps: []report.MarketTerm{
			{Term: "Advanced Cardiac Life Support", Kind: "hard", Category: "certifications", Postings: 2, Share: 0.4, Required: 2,
				Wordings: []string{"ACLS"}, Resume: ptr(false), Unmet: ptr(2)},
			{Term: "Apache Kafka", Kind: "hard", Category: "messaging", Postings: 3, Share: 0.6, Required: 1, Alternative: 2,
				Alternatives: []string{"RabbitMQ"}, Wordings: []string{"Kafka"}, Resume: ptr(false), Unmet: ptr(1)},
			{Term: "Communication", Kind: "soft", Category: "interpersonal", Postings: 1, Share: 0.2,
				Wordings: []string{"communication skills"}, Resume: ptr(false), Unmet: ptr(1)},
		},
		DictionaryVersion: "2026.12.1", AlgorithmVersion: "3",
	}
}

// marketBare is a market without a resume, filtered, cut short, with
// hostile names: a formula, Markdown and HTML, a terminal escape.
func marketBare() *report.MarketResult {
	return &report.MarketResult{
		SchemaVersion: report.SchemaVersion, Jobs: 3, Kind: "hard", MinShare: 0.25, TotalTerms: 4, MatchingTerms: 3,
		Terms: []report.MarketTerm{
			{Term: "C++", Kind: "hard", Category: "languages", Postings: 3, Share: 1, Required: 3, Wordings: []string{"C++", "=cmd|' /C calc'!A0"}},
			{Term: "R&D <b>|x|</b>", Kind: "hard", Category: "x", Postings: 1, Share: 0.333, Wordings: []string{"[R&D](http://e.x)"}},
		},
		Failed:            []report.FileError{{File: "bad\x1b]0;t\x07.txt", Kind: "empty", Error: "file is empty"}},
		DictionaryVersion: "2026.12.1", AlgorithmVersion: "3",
	}
}

func marketGoldenPath(f Format, name string) string {
	if f == CSV {
		return strings.Replace(goldenPath(Markdown, name), "markdown", "csv", 1)
	}
	return goldenPath(f, name)
}

func TestMarketGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    *report.MarketResult
		o    Options
	}{
		{"market", marketResume(), Options{}},
		{"market-bare", marketBare(), Options{Verbose: true}},
	} {
		for _, f := range MarketFormats() {
			t.Run(string(f)+"/"+tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteMarket(&buf, f, tc.r, tc.o); err != nil {
					t.Fatal(err)
				}
				if i := bytes.IndexByte(buf.Bytes(), 0x1b); i >= 0 {
					t.Errorf("ESC at byte %d", i)
				}
				checkGolden(t, marketGoldenPath(f, tc.name), buf.Bytes())
			})
		}
	}
}

// TestMarketJSON: the JSON is the report, lists never null, resume and
// unmet only with a resume.
func TestMarketJSON(t *testing.T) {
	for _, r := range []*report.MarketResult{marketResume(), marketBare(), {}} {
		var buf bytes.Buffer
		if err := WriteMarket(&buf, JSON, r, Options{}); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(buf.Bytes(), []byte("null")) {
			t.Errorf("null in JSON:\n%s", buf.Bytes())
		}
		var back report.MarketResult
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
			t.Fatal(err)
		}
		want := normalize(reflect.ValueOf(r)).Interface().(*report.MarketResult)
		if diff := cmp.Diff(want, &back); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
		if r.Resume == "" && bytes.Contains(buf.Bytes(), []byte(`"resume"`)) {
			t.Errorf("resume field without a resume:\n%s", buf.Bytes())
		}
	}
}

// TestMarketCSV: one record per term and gap under the header, every
// record as wide as the header, formulas neutralised.
func TestMarketCSV(t *testing.T) {
	for _, r := range []*report.MarketResult{marketResume(), marketBare()} {
		var buf bytes.Buffer
		if err := WriteMarket(&buf, CSV, r, Options{}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(recs[0], ","); got != MarketCSVHeader {
			t.Errorf("header %q", got)
		}
		if len(recs) != 1+len(r.Terms)+len(r.Gaps) {
			t.Errorf("%d records for %d terms and %d gaps", len(recs), len(r.Terms), len(r.Gaps))
		}
		for _, rec := range recs[1:] {
			for _, c := range rec {
				if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
					t.Errorf("formula cell %q", c)
				}
			}
		}
	}
}

func TestMarketUnsupported(t *testing.T) {
	if err := WriteMarket(&bytes.Buffer{}, Format("jsonl"), marketBare(), Options{}); err == nil {
		t.Error("jsonl: no error")
	}
	if err := WriteMarket(&bytes.Buffer{}, Text, nil, Options{}); err == nil {
		t.Error("nil: no error")
	}
}
