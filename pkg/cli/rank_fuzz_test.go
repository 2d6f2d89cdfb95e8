package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/internal/hostile"
)

// FuzzRankDir runs `atsmatch rank` over a directory of generated files:
// the fuzzed bytes as a text, a PDF and a DOCX, a file named by the fuzzer
// (escapes, formula characters), and small instances of the reliability
// issue's hostile shapes (a repeated skill, an inflating paragraph, nested
// forms) sized by the fuzzer; a link out of the directory when asked. The
// run exits 0 or 3, never panics or reports an internal error, writes one
// CSV row per document with each name neutralised, and sends no raw
// escape to stderr. An exec is a whole run (about a second with the
// fuzzer's instrumentation on a loaded machine), so give the fuzzer
// -fuzzminimizetime 3x or it spends a minute minimizing each new input.
func FuzzRankDir(f *testing.F) {
	f.Add([]byte("Skills: C#, .NET, Docker, Kubernetes\n"), "cv", uint8(3), false)
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Length 1 0 R >>\nstream\nBT (x) Tj ET\nendstream"), "=HYPERLINK(1)", uint8(12), true)
	f.Add([]byte("<w:p><w:r><w:t>Go Go Go</w:t></w:r></w:p>"), "evil\x1b]0;x\x07", uint8(7), false)
	f.Add([]byte{}, "-2+3", uint8(0), true)
	f.Fuzz(func(t *testing.T, data []byte, name string, size uint8, link bool) {
		isolate(t)
		root := t.TempDir()
		dir := filepath.Join(root, "cv")
		outside := filepath.Join(root, "outside.txt")
		files := map[string][]byte{
			"fuzz.txt":     data,
			"fuzz.pdf":     data,
			"fuzz.docx":    hostile.DOCX(len(data), string(data)),
			"skill.txt":    hostile.Text(int(size)<<10, "Kubernetes"),
			"inflate.docx": hostile.DOCX(int(size)<<12, "Kubernetes"),
			"forms.pdf":    hostile.NestedForms(int(size%8)+1, int(size%5)+1, "Kubernetes"),
		}
		if n := fileName(name); n != "" {
			files[n+".md"] = data
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for n, d := range files {
			if err := os.WriteFile(filepath.Join(dir, n), d, 0o644); err != nil {
				delete(files, n) // a name this file system refuses
			}
		}
		if err := os.WriteFile(outside, []byte("Skills: Go"), 0o644); err != nil {
			t.Fatal(err)
		}
		if link {
			if err := os.Symlink(outside, filepath.Join(dir, "link.txt")); err != nil {
				t.Fatal(err)
			}
		}
		job := filepath.Join(root, "job.txt")
		if err := os.WriteFile(job, []byte("Backend Developer\n\nRequirements\n- C#, .NET and Kubernetes\n- Docker\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		s, out, errOut := TestStreams("")
		code := Main([]string{"rank", "-q", "--workers", "4", "--format", "csv", "--job", job, dir}, s)
		if code != ExitOK && code != ExitInput {
			t.Fatalf("exit %d, want 0 or 3; stderr:\n%s", code, errOut.String())
		}
		if strings.Contains(errOut.String(), "internal error") || strings.ContainsAny(errOut.String(), "\x1b\x07") {
			t.Fatalf("stderr:\n%q", errOut.String())
		}
		recs, err := csv.NewReader(strings.NewReader(out.String())).ReadAll()
		if err != nil {
			t.Fatalf("CSV: %v\n%s", err, out.String())
		}
		if got, want := len(recs)-1, len(files); got != want {
			t.Fatalf("%d rows for %d files (the link out is skipped):\n%s", got, want, out.String())
		}
		for _, rec := range recs[1:] {
			if c := rec[1]; c != "" && strings.ContainsRune("=+-@", rune(c[0])) || strings.Contains(c, "outside") {
				t.Errorf("resume cell %q: a formula, or the file out of the directory", c)
			}
		}
	})
}

// fileName makes the fuzzer's name a single path element (no separator,
// no NUL, not hidden), or "".
func fileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '/' || r == 0 || r == filepath.Separator {
			return -1
		}
		return r
	}, s)
	s = strings.TrimLeft(s, ".")
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}
