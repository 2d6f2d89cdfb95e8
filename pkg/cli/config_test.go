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

// TestConfigKeysAndValues: a config key that is no setting is a problem
// naming it and the close setting; a min-score that is not a number from 0
// to 100 (NaN switched the gate off) is one, naming its source.
func TestConfigKeysAndValues(t *testing.T) {
	tests := []struct {
		name, config string
		flag, env    string
		want         diag.List
	}{
		{name: "typos", config: "minscore: 99\nformt: json\nnested:\n  a: 1\ndictionaries: [a.yaml]\n", want: diag.List{
			{File: "FILE", Field: "formt", Msg: `unknown key "formt" (did you mean format?)`},
			{File: "FILE", Field: "minscore", Msg: `unknown key "minscore" (did you mean min-score?)`},
			{File: "FILE", Field: "nested", Msg: `unknown key "nested"`},
		}},
		{name: "NaN in the file", config: "min-score: .nan\n", want: diag.List{{File: "FILE", Field: "min-score", Msg: "min-score: NaN is not a number from 0 to 100"}}},
		{name: "NaN in a variable", config: "min-score: 5\n", env: "NaN", want: diag.List{{Field: "min-score", Msg: "ATSMATCH_MIN_SCORE: NaN is not a number from 0 to 100"}}},
		{name: "NaN as a flag", config: "min-score: 5\n", flag: "NaN", want: diag.List{{Field: "min-score", Msg: "--min-score: NaN is not a number from 0 to 100"}}},
		{name: "over 100 as a flag", flag: "101", want: diag.List{{Field: "min-score", Msg: "--min-score: 101 is not a number from 0 to 100"}}},
		{name: "an unknown key and a bad type", config: "minscore: 1\nmin-score: x\n", want: diag.List{
			{File: "FILE", Field: "minscore", Msg: `unknown key "minscore" (did you mean min-score?)`},
			{File: "FILE", Field: "min-score", Msg: `min-score: "x" is not a number`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			if tt.env != "" {
				t.Setenv("ATSMATCH_MIN_SCORE", tt.env)
			}
			file := filepath.Join(dir, "c.yaml")
			if err := os.WriteFile(file, []byte(tt.config), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := &cobra.Command{Use: "x"}
			cmd.Flags().Float64("min-score", 0, "")
			if tt.flag != "" {
				if err := cmd.Flags().Set("min-score", tt.flag); err != nil {
					t.Fatal(err)
				}
			}
			_, err := resolve(cmd, file)
			var got diag.List
			if !errors.As(err, &got) || exitCode(err) != ExitUsage {
				t.Fatalf("resolve error %v: want a problem list, exit %d", err, ExitUsage)
			}
			for i := range tt.want {
				if tt.want[i].File == "FILE" {
					tt.want[i].File = file
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDefaultConfigUnreadable: a default config file that cannot be read
// is skipped like a missing one; a --config that cannot be read is an
// error. (A directory stands for a file without read permission, which
// root could read; that case runs only for other users.)
func TestDefaultConfigUnreadable(t *testing.T) {
	dir := isolate(t)
	path := filepath.Join(dir, "atsmatch", "config.yaml")
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := &cobra.Command{Use: "x"}
	if _, err := resolve(cmd, ""); err != nil {
		t.Errorf("default config is a directory: %v, want it skipped", err)
	}
	if _, err := resolve(cmd, path); err == nil || exitCode(err) != ExitUsage {
		t.Errorf("--config a directory: %v, want a usage error", err)
	}
	// A default file that reads but does not parse is still an error.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("format: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := resolve(cmd, ""); err == nil {
		t.Error("default config that does not parse: no error")
	}
	if os.Geteuid() == 0 {
		return
	}
	if err := os.Chmod(path, 0o000); err != nil {
		t.Fatal(err)
	}
	if _, err := resolve(cmd, ""); err != nil {
		t.Errorf("default config without read permission: %v, want it skipped", err)
	}
}
