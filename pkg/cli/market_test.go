package cli

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/market"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

func TestMarketFlags(t *testing.T) {
	checkFlagCases(t, "market", newMarketCmd, []flagCase[MarketOptions]{
		{
			name: "defaults",
			args: []string{"postings/"},
			want: &MarketOptions{Paths: []string{"postings/"}, Format: render.Text, Top: market.DefaultTop},
		},
		{
			name: "every flag",
			args: []string{"--resume", "-", "-f", "csv", "--top", "0", "--kind", "hard", "--min-share", "0.25", "-o", "m.csv",
				"--workers", "3", "-q", "-v", "--follow", "--dict", "a.yaml", "a.txt", "b/", "c*.md"},
			want: &MarketOptions{Paths: []string{"a.txt", "b/", "c*.md"}, Resume: "-", Format: render.CSV, Kind: "hard", MinShare: 0.25,
				Output: "m.csv", Workers: 3, Quiet: true, Verbose: true, Follow: true, Dicts: []string{"a.yaml"}},
		},
		{
			name: "kind and format from env and config",
			args: []string{"p"},
			env:  map[string]string{"ATSMATCH_KIND": "soft"},
			file: "format: markdown\n",
			want: &MarketOptions{Paths: []string{"p"}, Format: render.Markdown, Kind: "soft", Top: market.DefaultTop},
		},
		{
			// A shared rank setting market cannot print means text.
			name: "table from the config file",
			args: []string{"p"},
			file: "format: table\n",
			want: &MarketOptions{Paths: []string{"p"}, Format: render.Text, Top: market.DefaultTop},
		},
	})
}

func TestMarketUsageErrors(t *testing.T) {
	checkUsageErrors(t, "market", newMarketCmd, []usageCase{
		{name: "no posting", args: nil, want: "market needs at least one job posting JOB"},
		{name: "stdin posting", args: []string{"a.txt", "-"}, want: "use --files-from - to read their paths from stdin"},
		{name: "stdin twice", args: []string{"--resume", "-", "--files-from", "-"}, want: "only one of --resume and --files-from can read stdin"},
		{name: "bad kind", args: []string{"--kind", "medium", "p"}, want: `--kind "medium": want hard or soft`},
		{name: "negative top", args: []string{"--top", "-1", "p"}, want: "--top -1: want 0 (all) or more"},
		{name: "share above 1", args: []string{"--min-share", "1.5", "p"}, want: "--min-share 1.5: want a share from 0 to 1"},
		{name: "share NaN", args: []string{"--min-share", "NaN", "p"}, want: "--min-share NaN"},
		{name: "jsonl", args: []string{"-f", "jsonl", "p"}, want: "(market prints only text, json, csv, markdown or html"},
		{name: "unknown format", args: []string{"-f", "xml", "p"}, want: `unknown format "xml"`},
	})
}

// TestMarketInterrupted: a run cut short writes the counts so far to
// FILE.partial, marked incomplete, leaves FILE alone and exits 130.
func TestMarketInterrupted(t *testing.T) {
	dir := t.TempDir()
	posting := "Backend Engineer\n\nRequirements\n- Python and SQL\n"
	files := map[string]string{"a-empty.txt": "", "b.txt": posting, "c.txt": posting, "d.txt": posting}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "market.json")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, _, errOut := TestStreams("")
	// Ctrl-C as the first (the empty) posting is reported.
	s.Err = &cancelAfter{w: errOut, marker: "(skipped)", n: 1, cancel: cancel}
	err := runMarket(ctx, &MarketOptions{Streams: s, Paths: []string{dir}, Format: render.JSON, Output: out, Workers: 1, Quiet: true})
	if code := exitCode(err); code != ExitInterrupted || !strings.Contains(err.Error(), "after 1 of 4 postings") {
		t.Fatalf("exit %d (%v), want %d after 1 of 4 postings", code, err, ExitInterrupted)
	}
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("%s written by an interrupted run (%v)", out, err)
	}
	data, err := os.ReadFile(out + partialSuffix)
	if err != nil {
		t.Fatal(err)
	}
	var got report.MarketResult
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Complete || got.Jobs != 0 || len(got.Failed) != 1 {
		t.Errorf("partial report: complete %v, %d jobs, %d failed", got.Complete, got.Jobs, len(got.Failed))
	}
}
