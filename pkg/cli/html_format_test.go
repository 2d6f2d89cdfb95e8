package cli

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
)

// TestHTMLFormat: match renders an HTML page; keywords and text have no
// HTML form, so asking for it is a usage error (2), not a failed run (3).
func TestHTMLFormat(t *testing.T) {
	isolate(t)
	got, err := runMatchCmd(t, "--job", "j.txt", "-f", "HTML", "r.md")
	if err != nil || got == nil || got.Format != render.HTML {
		t.Fatalf("match -f HTML = %+v, %v; want format html", got, err)
	}
	s, _, _ := TestStreams("")
	tests := []struct {
		name string
		run  func() error
	}{
		{"keywords", func() error {
			cmd := newKeywordsCmd(s, func(*KeywordsOptions) error { t.Error("keywords ran"); return nil })
			cmd.SetArgs([]string{"-f", "html", "job.txt"})
			cmd.SilenceErrors, cmd.SilenceUsage = true, true
			return cmd.Execute()
		}},
		{"text", func() error {
			cmd := newTextCmd(s, func(*TextOptions) error { t.Error("text ran"); return nil })
			cmd.SetArgs([]string{"-f", "html", "cv.pdf"})
			cmd.SilenceErrors, cmd.SilenceUsage = true, true
			return cmd.Execute()
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
