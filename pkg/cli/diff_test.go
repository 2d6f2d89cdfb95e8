package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/spf13/cobra"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// runDiffCmd parses args with newDiffCmd and returns the options runF saw.
func runDiffCmd(t *testing.T, args ...string) (*DiffOptions, error) {
	t.Helper()
	s, _, _ := TestStreams("")
	var got *DiffOptions
	err := executeForTest(s, func(g *globals) *cobra.Command {
		return newDiffCmd(g, func(o *DiffOptions) error { got = o; return nil })
	}, args)
	if got != nil {
		got.Streams = nil
	}
	return got, err
}

func TestDiffFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		env  map[string]string
		file string
		want *DiffOptions
	}{
		{
			name: "two resumes",
			args: []string{"--job", "j.txt", "old.md", "new.md"},
			want: &DiffOptions{Jobs: []string{"j.txt"}, Resumes: []string{"old.md", "new.md"}, Format: render.Text},
		},
		{
			name: "two jobs",
			args: []string{"--job", "a.txt", "--job", "b.txt", "cv.md"},
			want: &DiffOptions{Jobs: []string{"a.txt", "b.txt"}, Resumes: []string{"cv.md"}, Format: render.Text},
		},
		{
			name: "every flag",
			args: []string{"--job", "j.txt", "-f", "json", "--min-score", "70", "--no-color", "-v", "--strict", "--dict", "a.yaml", "-", "new.md"},
			want: &DiffOptions{Jobs: []string{"j.txt"}, Resumes: []string{"-", "new.md"}, Format: render.JSON, MinScore: 70, Verbose: true, Strict: true, Dicts: []string{"a.yaml"}},
		},
		{
			name: "env and config as for match",
			args: []string{"--job", "j.txt", "old.md", "new.md"},
			env:  map[string]string{"ATSMATCH_MIN_SCORE": "55"},
			file: "format: markdown\n",
			want: &DiffOptions{Jobs: []string{"j.txt"}, Resumes: []string{"old.md", "new.md"}, Format: render.Markdown, MinScore: 55},
		},
		{
			// A shared html setting is match's; diff prints text.
			name: "html from the config file",
			args: []string{"--job", "j.txt", "old.md", "new.md"},
			file: "format: html\n",
			want: &DiffOptions{Jobs: []string{"j.txt"}, Resumes: []string{"old.md", "new.md"}, Format: render.Text},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			writeUserConfig(t, dir, tt.file)
			got, err := runDiffCmd(t, tt.args...)
			if err != nil {
				t.Fatalf("diff %q: %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("diff %q mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestDiffUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing job", []string{"old.md", "new.md"}, "missing --job JOB"},
		{"one job, one resume", []string{"--job", "j", "cv.md"}, "diff with one --job needs the OLD and NEW resume files (got 1 arguments)"},
		{"one job, three resumes", []string{"--job", "j", "a", "b", "c"}, "(got 3 arguments)"},
		{"two jobs, two resumes", []string{"--job", "a", "--job", "b", "x", "y"}, "diff with two --job flags needs one RESUME file (got 2 arguments)"},
		{"three jobs", []string{"--job", "a", "--job", "b", "--job", "c", "x"}, "--job given 3 times"},
		{"two stdins", []string{"--job", "-", "-", "new.md"}, "only one input can come from stdin"},
		{"html", []string{"--job", "j", "-f", "html", "a", "b"}, "--format html: diff prints only text, json or markdown"},
		{"min score above 100", []string{"--job", "j", "--min-score", "101", "a", "b"}, "--min-score: 101 is not a number from 0 to 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			got, err := runDiffCmd(t, tt.args...)
			if got != nil {
				t.Errorf("runF was called with %+v; want a usage error first", got)
			}
			if code := exitCode(err); code != ExitUsage || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("diff %q: exit %d (%v), want %d and %q", tt.args, code, err, ExitUsage, tt.want)
			}
		})
	}
}

// TestRunDiffReadsStdinOnce: the one "-" input is read once, whichever
// side it is, and the report says what Compare found.
func TestRunDiffStdin(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	job, cv := filepath.Join(dir, "job.txt"), filepath.Join(dir, "cv.md")
	writeFile(t, job, watchJob)
	writeFile(t, cv, cvNew)
	s, out, errOut := TestStreams(cvOld)
	code := MainContext(t.Context(), []string{"diff", "--job", job, "-f", "json", "-", cv}, s)
	if code != ExitOK {
		t.Fatalf("diff = %d, stderr %s", code, errOut.String())
	}
	var d report.DiffResult
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Before.Resume.Name != "<stdin>" || d.After.Resume.Name != cv || len(d.Gained) != 1 || d.Gained[0].Term != "Kubernetes" || d.Delta <= 0 {
		t.Errorf("diff - %s: before %q, after %q, gained %+v, delta %v", cv, d.Before.Resume.Name, d.After.Resume.Name, d.Gained, d.Delta)
	}

	// Two jobs, the resume on stdin, used for both.
	s, out, errOut = TestStreams(cvNew)
	job2 := filepath.Join(dir, "job2.txt")
	writeFile(t, job2, "Data Engineer\n\nRequirements\n- Python and SQL\n- Kubernetes\n")
	if code := MainContext(t.Context(), []string{"diff", "--job", job, "--job", job2, "-f", "json", "-"}, s); code != ExitOK {
		t.Fatalf("diff two jobs = %d, stderr %s", code, errOut.String())
	}
	d = report.DiffResult{}
	if err := json.Unmarshal(out.Bytes(), &d); err != nil {
		t.Fatal(err)
	}
	if d.Compare != report.CompareJobs || d.Before.Job.Name != job || d.After.Job.Name != job2 || len(d.NewMissing) == 0 {
		t.Errorf("diff two jobs: %+v", d)
	}
}
