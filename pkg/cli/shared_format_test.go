package cli

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/spf13/cobra"
)

// TestSharedFormat: a format set for another command in the config file or
// ATSMATCH_FORMAT (rank's csv, jsonl, table, github; match's html) gives
// the command its text output; the same name given as --format is a usage
// error, and a name no command knows is one wherever it comes from.
func TestSharedFormat(t *testing.T) {
	tests := []struct {
		name     string
		cmd      string // match, keywords, text, dict list, dict show
		flag     string // explicit --format, "" for none
		env      string // ATSMATCH_FORMAT
		file     string // config.yaml
		want     render.Format
		wantExit int
	}{
		{"match, config csv", "match", "", "", "format: csv\n", render.Text, ExitOK},
		{"match, config jsonl", "match", "", "", "format: jsonl\n", render.Text, ExitOK},
		{"match, env table", "match", "", "table", "", render.Text, ExitOK},
		{"match, env github", "match", "", "GitHub", "", render.Text, ExitOK},
		{"match, config html kept", "match", "", "", "format: html\n", render.HTML, ExitOK},
		{"match, config markdown kept", "match", "", "", "format: markdown\n", render.Markdown, ExitOK},
		{"match, flag csv", "match", "csv", "", "", "", ExitUsage},
		{"match, flag jsonl over config json", "match", "jsonl", "", "format: json\n", "", ExitUsage},
		{"match, config unknown", "match", "", "", "format: yaml\n", "", ExitUsage},
		{"keywords, config csv", "keywords", "", "", "format: csv\n", render.Text, ExitOK},
		{"keywords, env github", "keywords", "", "github", "", render.Text, ExitOK},
		{"keywords, flag table", "keywords", "table", "", "", "", ExitUsage},
		{"text, config jsonl", "text", "", "", "format: jsonl\n", render.Text, ExitOK},
		{"text, flag github", "text", "github", "", "", "", ExitUsage},
		{"dict list, config csv kept", "dict list", "", "", "format: csv\n", render.CSV, ExitOK},
		{"dict list, config table", "dict list", "", "", "format: table\n", render.Text, ExitOK},
		{"dict show, config csv", "dict show", "", "", "format: csv\n", render.Text, ExitOK},
		{"dict show, env jsonl", "dict show", "", "jsonl", "", render.Text, ExitOK},
		{"dict show, flag csv", "dict show", "csv", "", "", "", ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			writeUserConfig(t, dir, tt.file)
			if tt.env != "" {
				t.Setenv("ATSMATCH_FORMAT", tt.env)
			}
			s, _, _ := TestStreams("")
			var got render.Format
			var c func(*globals) *cobra.Command
			args := []string{"cv.txt"}
			switch tt.cmd {
			case "match":
				c = func(g *globals) *cobra.Command {
					return newMatchCmd(g, func(o *MatchOptions) error { got = o.Format; return nil })
				}
				args = []string{"--job", "job.txt", "cv.txt"}
			case "keywords":
				c = func(g *globals) *cobra.Command {
					return newKeywordsCmd(g, func(o *KeywordsOptions) error { got = o.Format; return nil })
				}
			case "text":
				c = func(g *globals) *cobra.Command {
					return newTextCmd(g, func(o *TextOptions) error { got = o.Format; return nil })
				}
			case "dict list":
				c = func(g *globals) *cobra.Command {
					return newDictCmd(g, &dictRunners{list: func(o *DictListOptions) error { got = o.Format; return nil }})
				}
				args = []string{"list"}
			case "dict show":
				c = func(g *globals) *cobra.Command {
					return newDictCmd(g, &dictRunners{show: func(o *DictShowOptions) error { got = o.Format; return nil }})
				}
				args = []string{"show", "go"}
			default:
				t.Fatalf("unknown command %q", tt.cmd)
			}
			if tt.flag != "" {
				args = append(args, "--format", tt.flag)
			}
			err := executeForTest(s, c, args)
			if code := exitCode(err); code != tt.wantExit || got != tt.want {
				t.Errorf("%s %q (env %q, config %q): format %q, exit %d (%v); want %q, exit %d",
					tt.cmd, args, tt.env, tt.file, got, code, err, tt.want, tt.wantExit)
			}
		})
	}
}
