package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/google/go-cmp/cmp"
	"github.com/spf13/cobra"
)

// TestSettingProblems: a bad setting is one problem per key, in the order
// of the settings struct, naming the config file or the ATSMATCH_*
// variable it came from, one line each.
func TestSettingProblems(t *testing.T) {
	tests := []struct {
		name, config string
		env          map[string]string
		want         diag.List
	}{
		{
			name:   "every bad key of the file",
			config: "min-score: abc\nverbose: maybe\nkind: [a]\ndict:\n  - {a: 1}\nformat: json\n",
			want: diag.List{
				{File: "FILE", Field: "min-score", Msg: `min-score: "abc" is not a number`},
				{File: "FILE", Field: "verbose", Msg: `verbose: "maybe" is not true or false`},
				{File: "FILE", Field: "kind", Msg: "kind: want a string, not a list"},
				{File: "FILE", Field: "dict", Msg: "dict: want a string, not a mapping"},
			},
		},
		{
			name:   "a variable wins over the file and is named",
			config: "min-score: 5\n",
			env:    map[string]string{"ATSMATCH_MIN_SCORE": "high"},
			want:   diag.List{{Field: "min-score", Msg: `ATSMATCH_MIN_SCORE: "high" is not a number`}},
		},
		{name: "good values", config: "min-score: 70\nverbose: true\nkind: soft\ndict: [a.yaml]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			file := filepath.Join(dir, "c.yaml")
			if err := os.WriteFile(file, []byte(tt.config), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := &cobra.Command{Use: "x"}
			cmd.Flags().Float64("min-score", 0, "")
			_, err := resolve(cmd, file)
			var got diag.List
			if err != nil && !errors.As(err, &got) {
				t.Fatalf("resolve error %v is not a problem list", err)
			}
			for i := range tt.want {
				if tt.want[i].File == "FILE" {
					tt.want[i].File = file
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("resolve problems mismatch (-want +got):\n%s", diff)
			}
			if err != nil && exitCode(err) != ExitUsage {
				t.Errorf("exit %d, want %d", exitCode(err), ExitUsage)
			}
		})
	}
}

// TestPrintErrorProblems: several problems print one error line each,
// then the hint once.
func TestPrintErrorProblems(t *testing.T) {
	err := &usageError{err: diag.List{{File: "c.yaml", Msg: "a: bad"}, {File: "c.yaml", Msg: "b: bad"}}, hint: "see --help"}
	var b bytes.Buffer
	printError(&b, err, false)
	want := "atsmatch: error: c.yaml: a: bad\natsmatch: error: c.yaml: b: bad\natsmatch: hint: see --help\n"
	if b.String() != want {
		t.Errorf("printError = %q, want %q", b.String(), want)
	}
}
