package render

import (
	"io"
	"slices"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

// TestFormatsOf pins each document's formats (the --format help of every
// command is built from them) and checks the table is what Write does:
// every registered format prints a document exactly when it is listed.
func TestFormatsOf(t *testing.T) {
	dictList := &report.DictList{Terms: []report.DictRow{{ID: "go", Name: "Go", Kind: "hard"}}}
	docs := []struct {
		name    string
		v       any
		formats []Format
		want    []Format
	}{
		{"match", richMatch(), FormatsOf[*report.MatchResult](), []Format{Text, JSON, Markdown, HTML}},
		{"keywords", keywordsResult(), FormatsOf[*report.KeywordsResult](), []Format{Text, JSON, Markdown}},
		{"text", textResult(), FormatsOf[*report.TextResult](), []Format{Text, JSON}},
		{"error", fileError(), FormatsOf[*report.FileError](), []Format{Text, JSON, Markdown}},
		{"dict list", dictList, FormatsOf[*report.DictList](), []Format{Text, JSON, CSV}},
		{"dict show", &report.DictShow{Query: "go"}, FormatsOf[*report.DictShow](), []Format{Text, JSON}},
		{"dict stats", &report.DictStats{}, FormatsOf[*report.DictStats](), []Format{Text, JSON}},
		{"dict validate", &report.DictValidate{}, FormatsOf[*report.DictValidate](), []Format{Text, JSON}},
	}
	registered := make([]Format, 0, len(printers))
	for f := range printers {
		registered = append(registered, f)
	}
	slices.Sort(registered)
	for _, d := range docs {
		if diff := cmp.Diff(d.want, d.formats); diff != "" {
			t.Errorf("FormatsOf(%s) mismatch (-want +got):\n%s", d.name, diff)
		}
		for _, f := range registered {
			err := Write(io.Discard, f, d.v, Options{})
			if listed := slices.Contains(d.formats, f); listed != (err == nil) {
				t.Errorf("Write(%s, %s) = %v, but FormatsOf lists it: %v", f, d.name, err, listed)
			}
		}
	}
	m := FormatsOf[*report.MatchResult]()
	m[0] = "mutated"
	if FormatsOf[*report.MatchResult]()[0] != Text || Formats()[0] != Text {
		t.Error("FormatsOf returns the package's own slice")
	}
}
