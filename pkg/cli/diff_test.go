package cli

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

func TestDiffFlags(t *testing.T) {
	checkFlagCases(t, "diff", newDiffCmd, []flagCase[DiffOptions]{
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
	})
}

func TestDiffUsageErrors(t *testing.T) {
	checkUsageErrors(t, "diff", newDiffCmd, []usageCase{
		{name: "missing job", args: []string{"old.md", "new.md"}, want: "missing --job JOB"},
		{name: "one job, one resume", args: []string{"--job", "j", "cv.md"}, want: "diff with one --job needs the OLD and NEW resume files (got 1 arguments)"},
		{name: "one job, three resumes", args: []string{"--job", "j", "a", "b", "c"}, want: "(got 3 arguments)"},
		{name: "two jobs, two resumes", args: []string{"--job", "a", "--job", "b", "x", "y"}, want: "diff with two --job flags needs one RESUME file (got 2 arguments)"},
		{name: "three jobs", args: []string{"--job", "a", "--job", "b", "--job", "c", "x"}, want: "--job given 3 times"},
		{name: "two stdins", args: []string{"--job", "-", "-", "new.md"}, want: "only one input can come from stdin"},
		{name: "html", args: []string{"--job", "j", "-f", "html", "a", "b"}, want: "--format html: diff prints only text, json or markdown"},
		{name: "min score above 100", args: []string{"--job", "j", "--min-score", "101", "a", "b"}, want: "--min-score: 101 is not a number from 0 to 100"},
	})
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
