package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		want    string // output file, when err is ""
		wantErr string
	}{
		{
			name: "generates sorted compact json",
			files: map[string]string{
				"VERSION":   "9.9.9\n",
				"b.yaml":    "category: x\nkind: hard\nterms:\n  - name: Zig\n",
				"a.yaml":    "category: y\nkind: soft\nterms:\n  - name: Active Listening\n",
				"notes.txt": "ignored",
			},
			want: `{"version":"9.9.9","terms":[` + "\n" +
				`{"id":"active-listening","name":"Active Listening","kind":"soft","category":"y","source":"curated"},` + "\n" +
				`{"id":"zig","name":"Zig","kind":"hard","category":"x","source":"curated"}` + "\n]}\n",
		},
		{
			name:    "missing VERSION",
			files:   map[string]string{"a.yaml": "terms: []\n"},
			wantErr: "VERSION",
		},
		{
			name: "invalid source keeps the old output",
			files: map[string]string{
				"VERSION": "1\n",
				"a.yaml":  "category: x\nkind: hard\nterms:\n  - name: Work\n",
			},
			wantErr: `a.yaml:4: work: name "Work" is too vague`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, out := t.TempDir(), filepath.Join(t.TempDir(), "keywords.json")
			for n, d := range tt.files {
				write(t, src, n, d)
			}
			write(t, filepath.Dir(out), "keywords.json", "old")
			err := run(src, out, false)
			got, _ := os.ReadFile(out)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("run error = %v, want %q", err, tt.wantErr)
				}
				if string(got) != "old" {
					t.Errorf("failed run rewrote the output: %q", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("run output mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
