package cli

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/spf13/cobra"

	"github.com/atsmatch/atsmatch/pkg/market"
	"github.com/atsmatch/atsmatch/pkg/render"
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
		{"stdin posting", []string{"a.txt", "-"}, "only --resume can be - (stdin)"},
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
