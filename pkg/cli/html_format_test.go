package cli

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/spf13/cobra"
)

// TestHTMLFormat: match renders an HTML page; keywords and text have no
// HTML form, so asking for it is a usage error (2), not a failed run (3).
func TestHTMLFormat(t *testing.T) {
	isolate(t)
	got, err := parseOptions(t, newMatchCmd, "--job", "j.txt", "-f", "HTML", "r.md")
	if err != nil || got == nil || got.Format != render.HTML {
		t.Fatalf("match -f HTML = %+v, %v; want format html", got, err)
	}
	s, _, _ := TestStreams("")
	tests := []struct {
		name string
		run  func() error
	}{
		{"keywords", func() error {
			return executeForTest(s, func(g *globals) *cobra.Command {
				return newKeywordsCmd(g, func(*KeywordsOptions) error { t.Error("keywords ran"); return nil })
			}, []string{"-f", "html", "job.txt"})
		}},
		{"text", func() error {
			return executeForTest(s, func(g *globals) *cobra.Command {
				return newTextCmd(g, func(*TextOptions) error { t.Error("text ran"); return nil })
			}, []string{"-f", "html", "cv.pdf"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); exitCode(err) != ExitUsage {
				t.Errorf("%s -f html: exit %d (%v), want %d", tt.name, exitCode(err), err, ExitUsage)
			}
		})
	}
}
