package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/spf13/cobra"
)

// dictSeen records the options each dict subcommand resolved.
type dictSeen struct {
	list     *DictListOptions
	show     *DictShowOptions
	validate *DictValidateOptions
	stats    *DictStatsOptions
}

func runDictCmd(t *testing.T, args ...string) (dictSeen, error) {
	t.Helper()
	s, _, _ := TestStreams("")
	var seen dictSeen
	runners := &dictRunners{
		list:     func(o *DictListOptions) error { seen.list = o; return nil },
		show:     func(o *DictShowOptions) error { seen.show = o; return nil },
		validate: func(o *DictValidateOptions) error { seen.validate = o; return nil },
		stats:    func(o *DictStatsOptions) error { seen.stats = o; return nil },
	}
	err := executeForTest(s, func(g *globals) *cobra.Command { return newDictCmd(g, runners) }, args)
	if c := commonOf(seen); c != nil {
		c.Streams = nil // not part of the comparison
	}
	return seen, err
}

func commonOf(s dictSeen) *DictCommon {
	switch {
	case s.list != nil:
		return &s.list.DictCommon
	case s.show != nil:
		return &s.show.DictCommon
	case s.validate != nil:
		return &s.validate.DictCommon
	case s.stats != nil:
		return &s.stats.DictCommon
	}
	return nil
}

func TestDictFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		file string // config.yaml under XDG_CONFIG_HOME/atsmatch
		want dictSeen
	}{
		{"list defaults", []string{"list"}, nil, "",
			dictSeen{list: &DictListOptions{DictCommon: DictCommon{Format: render.Text}}}},
		{"list every flag", []string{"list", "--kind", "SOFT", "--category", "cloud", "--source", "esco", "-f", "csv", "--dict", "a.yaml", "--dict", "b.yaml"}, nil, "",
			dictSeen{list: &DictListOptions{DictCommon: DictCommon{Format: render.CSV, Dicts: []string{"a.yaml", "b.yaml"}}, Kind: "soft", Category: "cloud", Source: "esco"}}},
		{"config dict: and kind apply, as for match", []string{"list"}, nil, "dict: [team.yaml]\nkind: hard\nformat: json\n",
			dictSeen{list: &DictListOptions{DictCommon: DictCommon{Format: render.JSON, Dicts: []string{"team.yaml"}}, Kind: "hard"}}},
		{"a report format from the config file falls back to text", []string{"stats"}, nil, "format: markdown\n",
			dictSeen{stats: &DictStatsOptions{DictCommon: DictCommon{Format: render.Text}, Top: 10}}},
		{"and from the environment", []string{"list"}, map[string]string{"ATSMATCH_FORMAT": "html"}, "",
			dictSeen{list: &DictListOptions{DictCommon: DictCommon{Format: render.Text}}}},
		{"env", []string{"show", "k8s"}, map[string]string{"ATSMATCH_FORMAT": "json", "ATSMATCH_DICT": "env.yaml"}, "",
			dictSeen{show: &DictShowOptions{DictCommon: DictCommon{Format: render.JSON, Dicts: []string{"env.yaml"}}, Term: "k8s"}}},
		{"validate files", []string{"validate", "a.yaml", "b.yaml", "--dict", "base.yaml"}, nil, "",
			dictSeen{validate: &DictValidateOptions{DictCommon: DictCommon{Format: render.Text, Dicts: []string{"base.yaml"}}, Files: []string{"a.yaml", "b.yaml"}}}},
		{"stats defaults", []string{"stats"}, nil, "",
			dictSeen{stats: &DictStatsOptions{DictCommon: DictCommon{Format: render.Text}, Top: 10}}},
		{"stats --top 0 is every category", []string{"stats", "--top", "0"}, nil, "",
			dictSeen{stats: &DictStatsOptions{DictCommon: DictCommon{Format: render.Text}}}},
		{"stats --all", []string{"stats", "--all", "--top", "3"}, nil, "",
			dictSeen{stats: &DictStatsOptions{DictCommon: DictCommon{Format: render.Text}, All: true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			writeUserConfig(t, dir, tt.file)
			got, err := runDictCmd(t, tt.args...)
			if err != nil {
				t.Fatalf("dict %q: %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(dictSeen{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("dict %q mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestDictUsageErrors(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
		env     map[string]string
	}{
		{"bad kind", []string{"list", "--kind", "medium"}, `--kind "medium": want hard or soft`, nil},
		{"list csv only", []string{"stats", "-f", "csv"}, "--format csv: dict stats prints only text or json", nil},
		{"an explicit --format is held to the list", []string{"list", "--format", "markdown"}, "--format markdown: dict list prints only text, json or csv", nil},
		{"show needs a term", []string{"show"}, "show needs one TERM (an id, name, alias, acronym or form) (got 0 arguments)", nil},
		{"validate needs a file", []string{"validate"}, "validate needs at least one overlay FILE", nil},
		{"negative top", []string{"stats", "--top", "-2"}, "--top -2: want 0 (every category, like --all) or more", nil},
		{name: "a format no command knows is an error wherever it comes from", args: []string{"list"},
			env: map[string]string{"ATSMATCH_FORMAT": "yaml"}, wantErr: `--format: unknown format "yaml" (dict list prints only text, json or csv)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			_, err := runDictCmd(t, tt.args...)
			if err == nil || err.Error() != tt.wantErr || exitCode(err) != ExitUsage {
				t.Errorf("dict %q error = %v (exit %d), want %q (exit %d)", tt.args, err, exitCode(err), tt.wantErr, ExitUsage)
			}
		})
	}
}

// TestProblems: dict validate lists a file's problems from their data, in
// line order with those of the whole file last (ties keep the order
// found), and at most maxProblems.
func TestProblems(t *testing.T) {
	at := func(line int, msg string) diag.Problem { return diag.Problem{File: "my.yaml", Line: line, Msg: msg} }
	got, more := problems(diag.List{at(0, "whole file"), at(9, "nine"), at(3, "three"), at(9, "nine again"), at(1, "one")})
	want := []report.DictProblem{{Line: 1, Message: "one"}, {Line: 3, Message: "three"}, {Line: 9, Message: "nine"},
		{Line: 9, Message: "nine again"}, {Message: "whole file"}}
	if diff := cmp.Diff(want, got); diff != "" || more != 0 {
		t.Errorf("problems mismatch (more %d; -want +got):\n%s", more, diff)
	}
	var many diag.List
	for i := range maxProblems + 7 {
		many.Add(at(maxProblems+7-i, "p"))
	}
	got, more = problems(many)
	if len(got) != maxProblems || more != 7 || got[0].Line != 1 {
		t.Errorf("problems of %d = %d listed (first at line %d), %d more; want %d, line 1, 7 more", len(many), len(got), got[0].Line, more, maxProblems)
	}
}

func TestValidateFailedError(t *testing.T) {
	tests := []struct {
		name     string
		err      validateFailedError
		wantMsg  string
		wantCode int
	}{
		{"one invalid", validateFailedError{invalid: 1, total: 1}, "1 of 1 overlay file is invalid (problems listed above)", ExitBelowMin},
		{"several invalid", validateFailedError{invalid: 2, total: 3}, "2 of 3 overlay files are invalid (problems listed above)", ExitBelowMin},
		{"unreadable", validateFailedError{unreadable: 1, total: 2}, "1 of 2 overlay files could not be read", ExitInput},
		{"unreadable wins", validateFailedError{invalid: 1, unreadable: 1, total: 2}, "1 of 2 overlay files is invalid and 1 could not be read (problems listed above)", ExitInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := &tt.err
			if got := err.Error(); got != tt.wantMsg {
				t.Errorf("%+v.Error() = %q, want %q", tt.err, got, tt.wantMsg)
			}
			if got := exitCode(&jsonError{err}); got != tt.wantCode {
				t.Errorf("exitCode(%+v) = %d, want %d", tt.err, got, tt.wantCode)
			}
		})
	}
}

// TestDictShowWidth: dict show wraps long lists to the terminal width.
func TestDictShowWidth(t *testing.T) {
	x, err := loadDictionary(nil)
	if err != nil {
		t.Fatal(err)
	}
	hits := x.Lookup("excel")
	if len(hits) == 0 {
		t.Skip("no Excel term in this dictionary")
	}
	for _, width := range []int{60, 100, 160} {
		var b strings.Builder
		if err := render.Write(&b, render.Text, x.showReport("excel", hits), render.Options{Width: width}); err != nil {
			t.Fatal(err)
		}
		longest := 0
		for _, line := range strings.Split(b.String(), "\n") {
			longest = max(longest, len([]rune(line)))
		}
		if longest > width || longest < width-30 {
			t.Errorf("width %d: longest line is %d runes, want close to but not over the width:\n%s", width, longest, b.String())
		}
	}
}

// TestReadOverlay: an overlay is read whole up to the cap; past it, or when
// it is not a readable file, the error is an *os.PathError naming the file
// (dict validate prints its cause, --dict the whole error).
func TestReadOverlay(t *testing.T) {
	defer func(n int64) { maxOverlayBytes = n }(maxOverlayBytes)
	maxOverlayBytes = 16
	dir := t.TempDir()
	small, big := filepath.Join(dir, "small.yaml"), filepath.Join(dir, "big.yaml")
	for p, data := range map[string]string{small: "terms: []\n", big: strings.Repeat("#", 17)} {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, path, want, wantErr string
	}{
		{"fits", small, "terms: []\n", ""},
		{"one byte over the cap", big, "", "read " + big + ": over 16 bytes, too large for a dictionary overlay"},
		{"missing", filepath.Join(dir, "absent.yaml"), "", "open " + filepath.Join(dir, "absent.yaml") + ": no such file or directory"},
		{"directory", dir, "", "read " + dir + ": is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readOverlay(tt.path)
			var pe *os.PathError
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || err.Error() != tt.wantErr || !errors.As(err, &pe)) {
				t.Fatalf("readOverlay(%q) error = %v, want %q (an *os.PathError)", tt.path, err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("readOverlay(%q) mismatch (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

// TestValidateProblemCap: dict validate lists up to maxProblems problems of
// a file, then counts the rest, in text and JSON.
func TestValidateProblemCap(t *testing.T) {
	dir := isolate(t)
	var b strings.Builder
	b.WriteString("terms:\n")
	const n = maxProblems + 7
	for i := range n {
		fmt.Fprintf(&b, "  - name: Clash Term %d\n    aliases: [k8s]\n", i)
	}
	file := filepath.Join(dir, "many.yaml")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format string
		want   []string // lines of stdout that must appear
	}{
		{"text", []string{
			file + `:3: alias "k8s" already belongs to kubernetes`,
			fmt.Sprintf(`%s:%d: alias "k8s" already belongs to kubernetes`, file, 1+2*maxProblems),
			file + ": … 7 more problems (fix these and validate again)",
		}},
		{"json", []string{`      "more_problems": 7`}},
	}
	for _, tt := range tests {
		s, out, errOut := TestStreams("")
		if code := Main([]string{"dict", "validate", "-f", tt.format, file}, s); code != ExitBelowMin {
			t.Fatalf("dict validate -f %s: exit %d, want %d: %s", tt.format, code, ExitBelowMin, errOut.String())
		}
		lines := strings.Split(out.String(), "\n")
		for _, w := range tt.want {
			if !slices.Contains(lines, w) {
				t.Errorf("dict validate -f %s: no line %q in:\n%s", tt.format, w, out.String())
			}
		}
		if got := strings.Count(out.String(), "already belongs to"); got != maxProblems {
			t.Errorf("dict validate -f %s: %d problems listed, want %d", tt.format, got, maxProblems)
		}
	}
}
