package cli

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run atsmatch in-process as a command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"atsmatch": func() { os.Exit(Main(os.Args[1:], System())) },
	})
}

// TestScript runs testdata/script/*.txtar end to end over Main; set
// ATSMATCH_UPDATE=1 to rewrite the expected files in the scripts.
func TestScript(t *testing.T) {
	bin := plainBinary(t)
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		UpdateScripts:       os.Getenv("ATSMATCH_UPDATE") != "",
		Setup: func(e *testscript.Env) error {
			// Config lookup must never see the developer's own files.
			e.Setenv("HOME", e.WorkDir)
			e.Setenv("XDG_CONFIG_HOME", e.WorkDir)
			if bin != "" {
				e.Setenv("PATH", bin+string(filepath.ListSeparator)+e.Getenv("PATH"))
			}
			return nil
		},
		Cmds: scriptCmds,
	})
}

// plainBinary builds cmd/atsmatch without the race detector into a
// directory for the scripts' PATH, where it shadows the re-executed test
// binary. Under -race every exec of the test binary maps the race runtime's
// shadow memory and compiles the dictionary four times slower: 0.5 s of CPU
// per command, most of make test's minute. The scripts test behaviour;
// races are the in-process tests' job. "" (use the test binary) when the
// tests run without -race or the go tool cannot build.
func plainBinary(t *testing.T) string {
	if !raceEnabled {
		return ""
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "atsmatch"), "github.com/atsmatch/atsmatch/cmd/atsmatch")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Logf("scripts run the race-built test binary: go build: %v\n%s", err, out)
		return ""
	}
	return dir
}

// scriptCmds are the scripts' own commands; script_unix_test.go adds mkfifo.
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"junk":   junk,
	"nopdf":  noTextPDF,
	"status": status,
}

// junk FILE N writes N deterministic pseudo-random bytes to FILE: binary
// input that txtar cannot hold.
func junk(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: junk FILE N")
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		ts.Fatalf("junk: %v", err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b, 0o644))
}

// status CODE CMD ARGS... runs CMD like exec and checks its exact exit
// status, which `! exec` cannot: 1, 2 and 3 mean different things.
func status(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status CODE CMD [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %v", err)
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// noTextPDF FILE writes a valid one-page PDF that draws a grey box and has
// no text at all: what a scanned page looks like to a text extractor.
func noTextPDF(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: nopdf FILE")
	}
	content := "0.5 g 72 600 300 100 re f\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", len(content), content),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
}
