package ats

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// errorKindNames are the kinds a failed batch row may carry.
var errorKindNames = []string{"not-found", "empty", "unsupported", "encrypted", "no-text", "too-large", "malformed", "timeout", "io"}

// utf16LE is s as UTF-16 little-endian with a byte-order mark, the way
// Windows tools save "Unicode" text.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// fuzzJob is the fixed job the fuzz targets score against (the
// dotnet-strong pair's posting), prepared once, and its resume as a seed.
func fuzzJob(f *testing.F) (*Analyzer, *Job, extract.Source) {
	f.Helper()
	a := newAnalyzer(f)
	job, resume := pair(f, "dotnet-strong")
	j, err := a.PrepareJob(context.Background(), job)
	if err != nil {
		f.Fatal(err)
	}
	return a, j, resume
}

// FuzzRank feeds random bytes as one or two resumes through Rank against a
// fixed job: Rank never panics (a recovered panic would show as an
// "internal error" row), returns nil, and emits exactly one row per resume,
// each either scored in [0,100] or failed with a known error kind.
func FuzzRank(f *testing.F) {
	a, j, resume := fuzzJob(f)
	f.Add(resume.Data, []byte{}, false)
	f.Add([]byte("Skills: C#, .NET, Node.js, CI/CD, Go\nI excel at go to market\n"), resume.Data, true)
	f.Add([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R"), []byte{}, true) // truncated PDF
	f.Add([]byte{}, []byte("R&D, swift delivery, express interest"), true)                                // an empty file
	f.Add(utf16LE("Skills: C#, SQL Server, Docker\r\n"), []byte("\xfe\xff\x00C\x00#"), true)              // UTF-16 LE and BE
	f.Add([]byte("PK\x03\x04\x14\x00\x00\x00"), []byte("<html><li>Go</li></html>"), true)
	f.Fuzz(func(t *testing.T, first, second []byte, two bool) {
		// The first resume is in memory; the second is loaded in a worker,
		// as rank does for files, so both input paths are exercised.
		inputs := []Input{{Name: "first", Source: extract.Source{Name: "first", Data: first}}}
		if two {
			inputs = append(inputs, Input{Name: "second", Load: func(context.Context) (extract.Source, error) {
				return extract.Source{Name: "second", Data: second}, nil
			}})
		}
		in := make(chan Input, len(inputs))
		for _, i := range inputs {
			in <- i
		}
		close(in)
		var rows []report.BatchRow
		if err := a.Rank(context.Background(), []*Job{j}, in, RankOptions{Workers: 2}, func(rs []report.BatchRow) {
			if len(rs) != 1 {
				t.Errorf("Rank emitted %d rows for one resume and one job", len(rs))
			}
			rows = append(rows, rs...)
		}); err != nil {
			t.Fatalf("Rank: %v", err)
		}
		if len(rows) != len(inputs) {
			t.Fatalf("Rank emitted %d rows for %d resumes", len(rows), len(inputs))
		}
		slices.SortFunc(rows, func(x, y report.BatchRow) int { return x.Index - y.Index })
		for i, r := range rows {
			if r.Index != i || r.Resume != inputs[i].Name || r.Job != j.Name() {
				t.Errorf("row %d: index %d, resume %q, job %q; want %d, %q, %q", i, r.Index, r.Resume, r.Job, i, inputs[i].Name, j.Name())
			}
			if r.Error != nil {
				if !slices.Contains(errorKindNames, r.Error.Kind) || r.Error.Message == "" || strings.Contains(r.Error.Message, "internal error") {
					t.Errorf("row %q failed with kind %q, message %q; want a known kind and no internal error", r.Resume, r.Error.Kind, r.Error.Message)
				}
				if r.Score != 0 {
					t.Errorf("failed row %q has score %v", r.Resume, r.Score)
				}
				continue
			}
			for _, v := range []float64{r.Score, r.Subscores.Hard, r.Subscores.Soft} {
				if v < 0 || v > 100 {
					t.Errorf("row %q: score %v, subscores %+v; want each in [0,100]", r.Resume, r.Score, r.Subscores)
				}
			}
			c := r.Coverage
			if c.HardMatched > c.HardTotal || c.SoftMatched > c.SoftTotal || len(r.TopMissing) > DefaultTopMissing {
				t.Errorf("row %q: coverage %+v, %d top missing", r.Resume, c, len(r.TopMissing))
			}
		}
	})
}

// FuzzIgnoredMatches: whatever the resume, its ignored ambiguous words are
// well formed: first line first, distinct ascending lines inside the
// document, a count covering them, the snippet of the first line, a rule
// that does not count (its id, reason and words), one entry per term and
// rule, ordered by line.
func FuzzIgnoredMatches(f *testing.F) {
	a, j, resume := fuzzJob(f)
	f.Add(resume.Data)
	f.Add([]byte("I excel at go-karts\nLed teams. Led more teams.\nswift delivery, R&D, express interest\ngo go go\n"))
	f.Add([]byte("Go\nGo to market\n\ngo the extra mile\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := a.MatchJob(context.Background(), j, extract.Source{Name: "cv", Data: data})
		if err != nil {
			return // FuzzMatch covers which errors are allowed
		}
		lines := res.ResumeLines
		type key struct{ id, rule string }
		seen := map[key]bool{}
		for i, im := range res.Resume.IgnoredMatches {
			k := key{im.TermID, im.Rule}
			if seen[k] {
				t.Errorf("two entries for %+v", k)
			}
			seen[k] = true
			if len(im.Lines) == 0 || im.Lines[0] != im.Line || im.Count < len(im.Lines) || im.Term == "" || im.Surface == "" {
				t.Errorf("entry %+v: want Lines[0] == Line, Count >= len(Lines), a term and a surface", im)
			}
			n := slices.IndexFunc(match.RuleIDs, func(id match.RuleID) bool { return id.String() == im.RuleID })
			if n < 0 || match.RuleIDs[n].Counts() || im.Rule != (&match.Rule{ID: match.RuleIDs[n], Reason: im.Reason}).String() {
				t.Errorf("entry %+v: want a known rule that does not count, with its reason and words", im)
			}
			for n, l := range im.Lines {
				if l < 1 || l > len(lines) || (n > 0 && l <= im.Lines[n-1]) {
					t.Fatalf("entry %+v: lines not distinct, ascending and in 1..%d", im, len(lines))
				}
			}
			if want := strings.TrimSpace(lines[im.Line-1]); im.Text != want {
				t.Errorf("entry %+v: text %q, want line %d %q", im, im.Text, im.Line, want)
			}
			if i > 0 && res.Resume.IgnoredMatches[i-1].Line > im.Line {
				t.Errorf("entries out of line order at %d: %+v", i, res.Resume.IgnoredMatches)
			}
		}
	})
}
