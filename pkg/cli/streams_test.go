package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTermWidth(t *testing.T) {
	size := func(w int, err error) func() (int, error) { return func() (int, error) { return w, err } }
	noSize := errors.New("not a terminal")
	tests := []struct {
		name    string
		tty     bool
		size    func() (int, error)
		columns string
		want    int
	}{
		{"not a terminal keeps the default", false, size(120, nil), "90", 0},
		{"terminal size", true, size(120, nil), "90", 120},
		{"narrow terminal clamped", true, size(40, nil), "", minWidth},
		{"wide terminal clamped", true, size(300, nil), "", maxWidth},
		{"COLUMNS when the size is unknown", true, size(0, noSize), " 90 ", 90},
		{"COLUMNS clamped too", true, size(0, noSize), "20", minWidth},
		{"zero size falls back to COLUMNS", true, size(0, nil), "130", 130},
		{"bad COLUMNS", true, size(0, noSize), "wide", 0},
		{"nothing known", true, size(0, noSize), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := termWidth(tt.tty, tt.size, tt.columns); got != tt.want {
				t.Errorf("termWidth(%v, _, %q) = %d, want %d", tt.tty, tt.columns, got, tt.want)
			}
		})
	}
}

// TestTextViewWidth: the width in Streams reaches the text renderer (match
// and keywords wrap to it); 0 keeps the renderer's default.
func TestTextViewWidth(t *testing.T) {
	isolate(t)
	job := filepath.Join("..", "..", "testdata", "examples", "job-backend.txt")
	resume := filepath.Join("..", "..", "testdata", "examples", "resume-backend.md")
	longest := func(width int, args ...string) (int, string) {
		s, out, errOut := TestStreams("")
		s.Width = width
		if code := Main(args, s); code != ExitOK {
			t.Fatalf("Main(%q) = %d: %s", args, code, errOut.String())
		}
		n := 0
		for _, line := range strings.Split(out.String(), "\n") {
			if strings.HasPrefix(line, "ATS match: ") || strings.HasPrefix(line, "Keywords in ") {
				continue // titles name the files whatever the width
			}
			n = max(n, utf8.RuneCountInString(line))
		}
		return n, out.String()
	}
	for _, args := range [][]string{{"match", "--job", job, resume}, {"keywords", job}} {
		narrow, out := longest(60, args...)
		wide, _ := longest(160, args...)
		def, _ := longest(0, args...)
		if narrow > 60 {
			t.Errorf("%s at width 60: a line of %d runes:\n%s", args[0], narrow, out)
		}
		if narrow >= def || wide < def {
			t.Errorf("%s longest lines: width 60 → %d, default → %d, 160 → %d; want narrower at 60, no narrower at 160", args[0], narrow, def, wide)
		}
	}
}

// TestIgnoredWordsWidth: the verbose heading of an ignored word names its
// term, and an overlay's term name may be long: it is shortened to the
// width like the other lines.
func TestIgnoredWordsWidth(t *testing.T) {
	dir := isolate(t)
	files := map[string]string{
		"long.yaml": "terms:\n  - name: Extraordinarily Long Named Framework For Testing The Width Of Report Headings\n" +
			"    aliases: [Zorbl]\n    ambiguous: [Zorbl]\n    context: [programming]\n",
		"job.txt": "Backend Developer\n\nRequirements\n- Go programming in production\n- SQL\n",
		"cv.md":   "# Sam\n\n## Experience\n- I zorbl the numbers every week\n- SQL reporting\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir) // short names: verbose prints them in lines that do not wrap
	tests := []struct {
		width int
		want  string // the heading line
	}{
		{60, "  resume line 4: 'zorbl' (Extraordinarily Long Named…)"}, // cut between words
		{0, "  resume line 4: 'zorbl' (Extraordinarily Long Named Framework For Testing The Width Of Report…)"},
		{160, "  resume line 4: 'zorbl' (Extraordinarily Long Named Framework For Testing The Width Of Report Headings)"},
	}
	for _, tt := range tests {
		s, out, errOut := TestStreams("")
		s.Width = tt.width
		args := []string{"match", "--verbose", "--dict", "long.yaml", "--job", "job.txt", "cv.md"}
		if code := Main(args, s); code != ExitOK {
			t.Fatalf("Main(%q) = %d: %s", args, code, errOut.String())
		}
		width := tt.width
		if width == 0 {
			width = 100 // render.DefaultWidth
		}
		var heading string
		for _, line := range strings.Split(out.String(), "\n") {
			if strings.HasPrefix(line, "ATS match: ") {
				continue // the title names the files whatever the width
			}
			if n := utf8.RuneCountInString(line); n > width {
				t.Errorf("width %d: a line of %d runes: %q", tt.width, n, line)
			}
			if strings.HasPrefix(line, "  resume line 4: ") {
				heading = line
			}
		}
		if heading != tt.want {
			t.Errorf("width %d: ignored-word heading\n got %q\nwant %q", tt.width, heading, tt.want)
		}
	}
}
