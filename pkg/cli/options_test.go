package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/spf13/cobra"
)

// executeForTest runs the command build makes under the real root command
// (its persistent flags, output to s, no usage dump, flag errors as usage
// errors), with args after the command's name. The commands' own tests
// share it so they all parse the way Main does.
func executeForTest(s *Streams, build func(*globals) *cobra.Command, args []string) error {
	root, g := newBareRoot(s)
	cmd := build(g)
	root.AddCommand(cmd)
	root.SetArgs(append([]string{cmd.Name()}, args...))
	return root.Execute()
}

// isolate points config lookup and env at an empty temp dir.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("HOME", dir)
	for _, k := range []string{"ATSMATCH_FORMAT", "ATSMATCH_MIN_SCORE", "ATSMATCH_NO_COLOR", "ATSMATCH_VERBOSE", "ATSMATCH_STRICT", "ATSMATCH_KIND", "ATSMATCH_DICT", "NO_COLOR"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	return dir
}

// writeUserConfig writes content as the config file isolate's dir holds
// ($XDG_CONFIG_HOME/atsmatch/config.yaml); nothing when content is empty.
func writeUserConfig(t *testing.T, dir, content string) {
	t.Helper()
	if content == "" {
		return
	}
	if err := os.MkdirAll(filepath.Join(dir, "atsmatch"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "atsmatch", "config.yaml"), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestMatchFlags(t *testing.T) {
	checkFlagCases(t, "match", newMatchCmd, []flagCase[MatchOptions]{
		{
			name: "defaults",
			args: []string{"--job", "j.txt", "r.md"},
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Text},
		},
		{
			name: "every flag",
			args: []string{"--job", "j.txt", "-f", "json", "--min-score", "70", "--no-color", "-v", "--strict", "--dict", "a.yaml", "--dict", "b.yaml", "-"},
			want: &MatchOptions{Job: "j.txt", Resume: "-", Format: render.JSON, MinScore: 70, Verbose: true, Strict: true, Dicts: []string{"a.yaml", "b.yaml"}},
		},
		{
			name: "watch",
			args: []string{"--job", "j.txt", "--watch", "-f", "markdown", "r.md"},
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Markdown, Watch: true},
		},
		{
			// A shared html setting is for match without --watch.
			name: "watch with html from the config file prints text",
			args: []string{"--job", "j.txt", "--watch", "r.md"},
			file: "format: html\n",
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Text, Watch: true},
		},
		{
			name: "env sets format and min score",
			args: []string{"--job", "j.txt", "r.md"},
			env:  map[string]string{"ATSMATCH_FORMAT": "markdown", "ATSMATCH_MIN_SCORE": "55.5", "ATSMATCH_VERBOSE": "true"},
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Markdown, MinScore: 55.5, Verbose: true},
		},
		{
			name: "flag wins over env",
			args: []string{"--job", "j.txt", "--format", "text", "r.md"},
			env:  map[string]string{"ATSMATCH_FORMAT": "json"},
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Text},
		},
		{
			name: "config file",
			args: []string{"--job", "j.txt", "r.md"},
			file: "format: json\nmin-score: 60\nstrict: true\n",
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.JSON, MinScore: 60, Strict: true},
		},
		{
			name: "env wins over config file",
			args: []string{"--job", "j.txt", "r.md"},
			env:  map[string]string{"ATSMATCH_FORMAT": "markdown"},
			file: "format: json\n",
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Markdown},
		},
		{
			name: "flag wins over config file",
			args: []string{"--job", "j.txt", "--min-score", "10", "r.md"},
			file: "min-score: 90\n",
			want: &MatchOptions{Job: "j.txt", Resume: "r.md", Format: render.Text, MinScore: 10},
		},
	})
}

func TestExplicitConfigFile(t *testing.T) {
	dir := isolate(t)
	cfg := filepath.Join(dir, "mine.yaml")
	if err := os.WriteFile(cfg, []byte("format: markdown\nverbose: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := parseOptions(t, newMatchCmd, "--config", cfg, "--job", "j", "r")
	if err != nil {
		t.Fatal(err)
	}
	want := &MatchOptions{Job: "j", Resume: "r", Format: render.Markdown, Verbose: true}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("--config mismatch (-want +got):\n%s", diff)
	}
	if _, err := parseOptions(t, newMatchCmd, "--config", filepath.Join(dir, "absent.yaml"), "--job", "j", "r"); exitCode(err) != ExitUsage {
		t.Errorf("missing --config file: exit %d (%v), want %d", exitCode(err), err, ExitUsage)
	}
}

func TestMatchUsageErrors(t *testing.T) {
	checkUsageErrors(t, "match", newMatchCmd, []usageCase{
		{name: "missing job", args: []string{"r.md"}},
		{name: "no resume", args: []string{"--job", "j.txt"}},
		{name: "two resumes", args: []string{"--job", "j.txt", "a", "b"}},
		{name: "both stdin", args: []string{"--job", "-", "-"}},
		{name: "bad format", args: []string{"--job", "j", "-f", "yaml", "r"}},
		{name: "bad format from env", args: []string{"--job", "j", "r"}, env: map[string]string{"ATSMATCH_FORMAT": "xml"}},
		{name: "min score not a number", args: []string{"--job", "j", "--min-score", "high", "r"}},
		{name: "min score from env not a number", args: []string{"--job", "j", "r"}, env: map[string]string{"ATSMATCH_MIN_SCORE": "high"}},
		{name: "min score above 100", args: []string{"--job", "j", "--min-score", "101", "r"}},
		{name: "unknown flag", args: []string{"--job", "j", "--colour", "r"}},
		{name: "watch stdin resume", args: []string{"--job", "j", "--watch", "-"}},
		{name: "watch stdin job", args: []string{"--job", "-", "--watch", "r"}},
		{name: "watch html", args: []string{"--job", "j", "--watch", "-f", "html", "r"}},
	})
}

func TestKeywordsAndTextFlags(t *testing.T) {
	isolate(t)
	s, _, _ := TestStreams("")
	var kw *KeywordsOptions
	keywords := func(runF func(*KeywordsOptions) error) func(*globals) *cobra.Command {
		return func(g *globals) *cobra.Command { return newKeywordsCmd(g, runF) }
	}
	text := func(runF func(*TextOptions) error) func(*globals) *cobra.Command {
		return func(g *globals) *cobra.Command { return newTextCmd(g, runF) }
	}
	if err := executeForTest(s, keywords(func(o *KeywordsOptions) error { kw = o; return nil }), []string{"--kind", "soft", "-f", "json", "job.txt"}); err != nil {
		t.Fatal(err)
	}
	kw.Streams = nil
	if diff := cmp.Diff(&KeywordsOptions{File: "job.txt", Format: render.JSON, Kind: "soft"}, kw, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("keywords mismatch (-want +got):\n%s", diff)
	}

	if err := executeForTest(s, keywords(func(o *KeywordsOptions) error { return nil }), []string{"--kind", "medium", "job.txt"}); exitCode(err) != ExitUsage {
		t.Errorf("--kind medium: exit %d (%v), want %d", exitCode(err), err, ExitUsage)
	}

	var tx *TextOptions
	if err := executeForTest(s, text(func(o *TextOptions) error { tx = o; return nil }), []string{"-f", "json", "cv.pdf"}); err != nil {
		t.Fatal(err)
	}
	tx.Streams = nil
	if diff := cmp.Diff(&TextOptions{File: "cv.pdf", Format: render.JSON}, tx); diff != "" {
		t.Errorf("text mismatch (-want +got):\n%s", diff)
	}
	if err := executeForTest(s, text(func(o *TextOptions) error { return nil }), []string{"-f", "markdown", "cv.pdf"}); exitCode(err) != ExitUsage {
		t.Errorf("text -f markdown: exit %d (%v), want %d", exitCode(err), err, ExitUsage)
	}

	// A report format set for match in the config file or the environment
	// does not stop keywords or text: they print text; one they can print
	// is kept, and an unknown name is still an error.
	tests := []struct {
		name, cmd, env, file string
		want                 render.Format
		wantErr              string
	}{
		{"keywords, config html", "keywords", "", "format: html\n", render.Text, ""},
		{"keywords, config markdown kept", "keywords", "", "format: markdown\n", render.Markdown, ""},
		{"text, config markdown", "text", "", "format: markdown\n", render.Text, ""},
		{"text, env json kept", "text", "json", "", render.JSON, ""},
		{"text, env unknown", "text", "yaml", "", "", `--format: unknown format "yaml" (text prints only text or json)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			writeUserConfig(t, dir, tt.file)
			if tt.env != "" {
				t.Setenv("ATSMATCH_FORMAT", tt.env)
			}
			var got render.Format
			c := keywords(func(o *KeywordsOptions) error { got = o.Format; return nil })
			if tt.cmd == "text" {
				c = text(func(o *TextOptions) error { got = o.Format; return nil })
			}
			err := executeForTest(s, c, []string{"cv.txt"})
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("%s error = %v, want %q", tt.cmd, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("%s format = %q, %v; want %q", tt.cmd, got, err, tt.want)
			}
		})
	}
}

func TestColor(t *testing.T) {
	tests := []struct {
		name    string
		tty     bool
		noColor bool
		env     bool // NO_COLOR set (to the empty string: any value counts)
		want    bool
	}{
		{"terminal", true, false, false, true},
		{"pipe", false, false, false, false},
		{"flag", true, true, false, false},
		{"NO_COLOR", true, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			if tt.env {
				t.Setenv("NO_COLOR", "")
			}
			if got := useColor(&Streams{OutTTY: tt.tty}, tt.noColor); got != tt.want {
				t.Errorf("useColor(tty=%v, --no-color=%v, NO_COLOR=%v) = %v, want %v", tt.tty, tt.noColor, tt.env, got, tt.want)
			}
		})
	}
}
