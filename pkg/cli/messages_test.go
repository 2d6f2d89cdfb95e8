package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStderrEscapesNames: a file name with terminal escape sequences
// reaches stderr escaped, in an error and in rank's warnings and table,
// never raw.
func TestStderrEscapesNames(t *testing.T) {
	isolate(t)
	dir := writeTree(t, map[string]string{"job.txt": "Backend Developer\n\nRequirements\n- C# and .NET\n"})
	evil := filepath.Join(dir, "evil\x1b]0;pwned\x07.txt")
	if err := os.WriteFile(evil, nil, 0o644); err != nil {
		t.Skipf("this file system refuses the name: %v", err)
	}
	for _, args := range [][]string{
		{"match", "--job", filepath.Join(dir, "job.txt"), evil},
		{"rank", "-q", "--job", filepath.Join(dir, "job.txt"), dir},
	} {
		s, out, errOut := TestStreams("")
		Main(args, s)
		for _, w := range []string{out.String(), errOut.String()} {
			if strings.ContainsAny(w, "\x1b\x07") {
				t.Errorf("%s: raw escape in the output: %q", args[0], w)
			}
		}
		if !strings.Contains(errOut.String(), `evil\x1b]0;pwned\x07.txt: file is empty`) {
			t.Errorf("%s: stderr %q, want the name escaped", args[0], errOut.String())
		}
	}
}
