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

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/spf13/cobra"

	"github.com/atsmatch/atsmatch/pkg/market"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// runMarketCmd parses args with newMarketCmd and returns the options runF saw.
func runMarketCmd(t *testing.T, args ...string) (*MarketOptions, error) {
	t.Helper()
	s, _, _ := TestStreams("")
	var got *MarketOptions
	err := executeForTest(s, func(g *globals) *cobra.Command {
		return newMarketCmd(g, func(o *MarketOptions) error { got = o; return nil })
	}, args)
	if got != nil {
		got.Streams = nil
	}
	return got, err
}

func TestMarketFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		file string
		want *MarketOptions
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			writeUserConfig(t, dir, tt.file)
			got, err := runMarketCmd(t, tt.args...)
			if err != nil {
				t.Fatalf("market %q: %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("market %q mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestMarketUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no posting", nil, "market needs at least one job posting JOB"},
		{"stdin posting", []string{"a.txt", "-"}, "use --files-from - to read their paths from stdin"},
		{"stdin twice", []string{"--resume", "-", "--files-from", "-"}, "only one of --resume and --files-from can read stdin"},
		{"bad kind", []string{"--kind", "medium", "p"}, `--kind "medium": want hard or soft`},
		{"negative top", []string{"--top", "-1", "p"}, "--top -1: want 0 (all) or more"},
		{"share above 1", []string{"--min-share", "1.5", "p"}, "--min-share 1.5: want a share from 0 to 1"},
		{"share NaN", []string{"--min-share", "NaN", "p"}, "--min-share NaN"},
		{"jsonl", []string{"-f", "jsonl", "p"}, "(market prints only text, json, csv, markdown or html"},
		{"unknown format", []string{"-f", "xml", "p"}, `unknown format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			got, err := runMarketCmd(t, tt.args...)
			if got != nil {
				t.Errorf("runF was called with %+v; want a usage error first", got)
			}
			if code := exitCode(err); code != ExitUsage || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("market %q: exit %d (%v), want %d and %q", tt.args, code, err, ExitUsage, tt.want)
			}
		})
	}
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
