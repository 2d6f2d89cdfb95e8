package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/google/go-cmp/cmp"
)

// writeTree creates files (path → content) under a temp dir and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, c := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExpandPaths(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"a/one.txt": "x", "a/two.PDF": "x", "a/skip.jpg": "x", "a/.hidden.txt": "x",
		"a/.git/HEAD.txt": "x", "a/sub/three.docx": "x", "b/four.md": "x", "b/five.html": "x",
		"notes.jpg": "x",
	})
	j := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	for link, target := range map[string]string{
		"a/link.md":   j("b/four.md"), // out of a/
		"a/out":       j("b"),         // a directory out of a/
		"a/in.md":     "one.txt",      // inside a/
		"a/sub/up":    "..",           // a loop back to a/
		"a/gone.txt":  j("nowhere.txt"),
		"alink":       "a",            // a symlinked directory argument
		"a/sub/x.jpg": j("b/four.md"), // out of a/, but no document name: no warning
	} {
		if err := os.Symlink(target, j(link)); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(ps []string) []string {
		var out []string
		for _, p := range ps {
			r, err := filepath.Rel(dir, p)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	tests := []struct {
		name   string
		args   []string
		follow bool
		want   []string
		left   []string // links out of the tree, not followed
		skip   []string // same files as the jobs or the report
	}{
		{"directory: recursive, lexical, known extensions, no hidden, links inside followed, a loop walked once",
			[]string{j("a")}, false,
			[]string{"a/gone.txt", "a/in.md", "a/one.txt", "a/sub/three.docx", "a/two.PDF"}, []string{"a/link.md", "a/out"}, nil},
		{"--follow: links out of the tree too", []string{j("a")}, true,
			[]string{"a/gone.txt", "a/in.md", "a/link.md", "a/one.txt", "a/out/five.html", "a/out/four.md", "a/sub/three.docx", "a/two.PDF"}, nil, nil},
		{"a symlinked directory argument is walked, under its own name", []string{j("alink")}, false,
			[]string{"alink/gone.txt", "alink/in.md", "alink/one.txt", "alink/sub/three.docx", "alink/two.PDF"}, []string{"alink/link.md", "alink/out"}, nil},
		{"a named file is read whatever its extension", []string{j("notes.jpg")}, false, []string{"notes.jpg"}, nil, nil},
		{"missing file kept, to become an error row", []string{j("nope.pdf")}, false, []string{"nope.pdf"}, nil, nil},
		{"glob the shell left alone", []string{j("b/*.md"), j("b/*.htm*")}, false, []string{"b/four.md", "b/five.html"}, nil, nil},
		{"glob that matches nothing is kept literally", []string{j("c/*.txt")}, false, []string{"c/*.txt"}, nil, nil},
		{"duplicates listed once, argument order kept", []string{j("b/four.md"), j("a/one.txt"), j("b")}, false, []string{"b/four.md", "a/one.txt", "b/five.html"}, nil, nil},
		{"walk and glob leave out a skipped file by identity, a link to it too", []string{j("a"), j("b/*.md")}, true,
			[]string{"a/gone.txt", "a/in.md", "a/one.txt", "a/out/five.html", "a/sub/three.docx", "a/two.PDF"}, nil, []string{j("b/four.md")}},
		{"a skipped file named on the command line is kept", []string{j("b/four.md")}, false, []string{"b/four.md"}, nil, []string{j("b/four.md")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var skip []fs.FileInfo
			for _, p := range tt.skip {
				st, err := os.Stat(p)
				if err != nil {
					t.Fatal(err)
				}
				skip = append(skip, st)
			}
			paths, left := expandPaths(tt.args, skip, tt.follow)
			var got []string
			for _, p := range paths {
				if p.err != nil {
					t.Errorf("%s: unexpected error %v", p.path, p.err)
				}
				got = append(got, p.path)
			}
			if diff := cmp.Diff(tt.want, rel(got)); diff != "" {
				t.Errorf("expandPaths(%q) mismatch (-want +got):\n%s", tt.args, diff)
			}
			if diff := cmp.Diff(tt.left, rel(left)); diff != "" {
				t.Errorf("links left out (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadPathList(t *testing.T) {
	s, _, _ := TestStreams("a.pdf\r\n\n  # comment\n  b dir/c.md  \n")
	got, err := readPathList(s, "-")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.pdf", "b dir/c.md"}, got); diff != "" {
		t.Errorf("readPathList mismatch (-want +got):\n%s", diff)
	}
	if _, err := readPathList(s, filepath.Join(t.TempDir(), "missing")); exitCode(err) != ExitUsage {
		t.Errorf("readPathList(missing) = %v, want a usage error", err)
	}
}

func TestRankFlags(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		want     *RankOptions
		wantCode int
	}{
		{
			name: "defaults",
			args: []string{"--job", "j.txt", "cv/"},
			want: &RankOptions{Jobs: []string{"j.txt"}, Paths: []string{"cv/"}, Format: render.BatchTable, Sort: "score", Dicts: []string{}},
		},
		{
			name: "every flag",
			args: []string{"--job", "a.txt", "--job", "b.txt", "--files-from", "-", "-f", "CSV", "--top", "5", "--sort", "name",
				"-o", "out.csv", "--min-score", "60", "--keep-going", "--only-failing", "-q", "--workers", "3", "--dict", "d.yaml"},
			want: &RankOptions{Jobs: []string{"a.txt", "b.txt"}, Paths: []string{}, FilesFrom: "-", Format: render.BatchCSV, Top: 5,
				Sort: "name", Output: "out.csv", MinScore: 60, KeepGoing: true, OnlyFailing: true, Quiet: true, Workers: 3, Dicts: []string{"d.yaml"}},
		},
		{
			name: "a shared config's text format means table",
			args: []string{"--job", "j.txt", "r.md"},
			env:  map[string]string{"ATSMATCH_FORMAT": "text"},
			want: &RankOptions{Jobs: []string{"j.txt"}, Paths: []string{"r.md"}, Format: render.BatchTable, Sort: "score", Dicts: []string{}},
		},
		{name: "no job", args: []string{"r.md"}, wantCode: ExitUsage},
		{name: "no paths", args: []string{"--job", "j.txt"}, wantCode: ExitUsage},
		{name: "two stdin readers", args: []string{"--job", "-", "--files-from", "-"}, wantCode: ExitUsage},
		{name: "dash as a resume", args: []string{"--job", "j.txt", "-"}, wantCode: ExitUsage},
		{name: "bad format", args: []string{"--job", "j.txt", "-f", "xml", "r.md"}, wantCode: ExitUsage},
		{name: "bad sort", args: []string{"--job", "j.txt", "--sort", "size", "r.md"}, wantCode: ExitUsage},
		{name: "negative top", args: []string{"--job", "j.txt", "--top", "-1", "r.md"}, wantCode: ExitUsage},
		{name: "min score out of range", args: []string{"--job", "j.txt", "--min-score", "101", "r.md"}, wantCode: ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := parseOptions(t, newRankCmd, tt.args...)
			if code := exitCode(err); code != tt.wantCode {
				t.Fatalf("rank %q: exit %d (%v), want %d", tt.args, code, err, tt.wantCode)
			}
			if tt.want == nil {
				return
			}
			if got.Paths == nil {
				got.Paths = []string{}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rank %q options mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestRankErrorsAndExitCodes(t *testing.T) {
	isolate(t)
	dir := writeTree(t, map[string]string{
		"job.txt":     "Backend Developer\n\nRequirements\n- C# and .NET\n- Docker\n",
		"cv/good.md":  "# Ann\n\n## Skills\nC#, .NET, Docker\n",
		"cv/weak.txt": "Bob\nSkills: knitting\n",
		"cv/empty.md": "",
	})
	j := func(p string) string { return filepath.Join(dir, p) }
	tests := []struct {
		name     string
		args     []string
		wantCode int
		stderr   string
	}{
		{"unreadable file fails the run", []string{"--job", j("job.txt"), j("cv")}, ExitInput, "1 of 3 resumes could not be read"},
		{"keep going", []string{"--job", j("job.txt"), "--keep-going", j("cv")}, ExitOK, "empty.md: file is empty (skipped)"},
		{"below min score", []string{"--job", j("job.txt"), "--min-score", "50", j("cv/good.md"), j("cv/weak.txt")}, ExitBelowMin, "below --min-score 50"},
		{"missing job", []string{"--job", j("nope.txt"), j("cv")}, ExitInput, "nope.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, errOut := TestStreams("")
			code := Main(append([]string{"rank", "-q"}, tt.args...), s)
			if code != tt.wantCode || !strings.Contains(errOut.String(), tt.stderr) {
				t.Errorf("rank %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, errOut.String(), tt.wantCode, tt.stderr)
			}
		})
	}
	var fe *extract.FileError
	if errors.As(&rankFailedError{1, 2}, &fe) {
		t.Error("rankFailedError must not pose as one file's error")
	}
}

func TestRankProgress(t *testing.T) {
	isolate(t)
	dir := writeTree(t, map[string]string{
		"job.txt": "Backend Developer\n\nRequirements\n- C# and Docker\n",
		"a.md":    "# A\nC#, Docker\n", "b.md": "# B\nDocker\n",
	})
	tests := []struct {
		name  string
		tty   bool
		quiet bool
		want  bool
	}{
		{"terminal", true, false, true},
		{"terminal, --quiet", true, true, false},
		{"not a terminal", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, out, errOut := TestStreams("")
			s.ErrTTY = tt.tty
			args := []string{"rank", "--job", filepath.Join(dir, "job.txt"), filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")}
			if tt.quiet {
				args = append(args, "--quiet")
			}
			if code := Main(args, s); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			got := strings.Contains(errOut.String(), "\ratsmatch: 2/2 resumes, ")
			if got != tt.want {
				t.Errorf("progress shown = %v, want %v; stderr %q", got, tt.want, errOut.String())
			}
			if strings.Contains(out.String(), "\r") {
				t.Errorf("progress leaked into stdout: %q", out.String())
			}
		})
	}
}

// TestRankTerminal: on a terminal the table keeps to its width (a long
// name cut in the middle) and colours scores by band; with -o FILE, or
// --no-color, neither.
func TestRankTerminal(t *testing.T) {
	isolate(t)
	long := "a-resume-with-a-file-name-far-too-long-for-any-column-of-a-terminal-table.md"
	dir := writeTree(t, map[string]string{
		"job.txt": "Backend Developer\n\nRequirements\n- C# and Docker\n- Kubernetes and Terraform\n",
		long:      "# A\nC#, Docker\n",
	})
	run := func(extra ...string) string {
		t.Helper()
		s, out, errOut := TestStreams("")
		s.OutTTY, s.Width = true, 60
		args := append([]string{"rank", "--job", filepath.Join(dir, "job.txt"), filepath.Join(dir, long)}, extra...)
		if code := Main(args, s); code != ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		return out.String()
	}
	out := run()
	if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "…") || strings.Contains(out, long) {
		t.Errorf("terminal: want colour and a name cut in the middle:\n%s", out)
	}
	if first := strings.SplitN(out, "\n", 3)[1]; len([]rune(stripANSI(first))) > 60 {
		t.Errorf("terminal: row wider than 60: %q", first)
	}
	if out := run("--no-color"); strings.Contains(out, "\x1b[") {
		t.Errorf("--no-color: escapes written:\n%s", out)
	}
	report := filepath.Join(dir, "out.txt")
	run("-o", report)
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); strings.Contains(got, "\x1b[") || !strings.Contains(got, long) {
		t.Errorf("-o FILE: want the whole name and no colour:\n%s", got)
	}
}

func stripANSI(s string) string { return regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(s, "") }

// TestRankHelpExtensions: the file names rank's help says a directory walk
// takes are ones the walk takes (extract.Extensions owns the list; the
// help names one spelling per format, so .markdown is left out).
func TestRankHelpExtensions(t *testing.T) {
	s, _, _ := TestStreams("")
	long := newRankCmd(&globals{streams: s}, nil).Long
	named := regexp.MustCompile(`(?:^|\s)(\.[a-z]+)\b`).FindAllStringSubmatch(long, -1)
	if len(named) < 5 {
		t.Fatalf("rank's help names %d extensions: %q", len(named), named)
	}
	for _, m := range named {
		if !slices.Contains(extract.Extensions(), m[1]) {
			t.Errorf("rank's help names %s, which a directory walk does not take (extract.Extensions: %v)", m[1], extract.Extensions())
		}
	}
}
