package cli

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMainUsage runs Main in-process on invocations that fail before any
// document is read.
func TestMainUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string // first stderr line
	}{
		{"no arguments prints help", nil, ExitOK, ""},
		{"unknown command", []string{"macth"}, ExitUsage, `atsmatch: error: unknown command "macth" for atsmatch`},
		{"unknown flag", []string{"match", "--nope"}, ExitUsage, "atsmatch: error: unknown flag: --nope"},
		{"missing job", []string{"match", "cv.pdf"}, ExitUsage, "atsmatch: error: missing --job JOB"},
		{"bad min score", []string{"match", "--job", "j", "--min-score", "x", "cv"}, ExitUsage,
			`atsmatch: error: invalid argument "x" for "--min-score" flag: strconv.ParseFloat: parsing "x": invalid syntax`},
		{"version takes no arguments", []string{"version", "now"}, ExitUsage, "atsmatch: error: version needs no arguments (got 1 arguments)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			s, out, errOut := TestStreams("")
			code := Main(tt.args, s)
			first, _, _ := strings.Cut(errOut.String(), "\n")
			if diff := cmp.Diff(tt.wantErr, first); diff != "" {
				t.Errorf("Main(%q) stderr mismatch (-want +got):\n%s", tt.args, diff)
			}
			if code != tt.wantCode {
				t.Errorf("Main(%q) = %d, want %d", tt.args, code, tt.wantCode)
			}
			if tt.wantCode == ExitOK && !strings.Contains(out.String(), "Usage:") {
				t.Errorf("Main(%q) stdout = %q, want help", tt.args, out.String())
			}
		})
	}
}

// TestMainRecoversPanics: a bug must not crash with a stack trace.
func TestMainRecoversPanics(t *testing.T) {
	isolate(t)
	s, _, errOut := TestStreams("")
	s.Out = panicWriter{}
	code := Main([]string{"--help"}, s)
	if code != ExitInput || !strings.HasPrefix(errOut.String(), "atsmatch: error: internal error: ") {
		t.Errorf("Main with a panicking stdout = %d, stderr %q; want %d and an internal error line", code, errOut.String(), ExitInput)
	}
}

type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("boom") }
