package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/google/go-cmp/cmp"
)

func TestExitCode(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"nil", nil, ExitOK},
		{"below min", &belowMinError{score: 40, min: 70}, ExitBelowMin},
		{"usage", usagef("missing --job"), ExitUsage},
		{"wrapped usage", &jsonError{usagef("x")}, ExitUsage},
		{"file error", &extract.FileError{Name: "cv.pdf", Err: extract.ErrEncrypted}, ExitInput},
		{"wrapped file error", fmt.Errorf("resume: %w", &extract.FileError{Name: "cv.pdf", Err: extract.ErrEmpty}), ExitInput},
		{"strict", &lowConfidenceError{file: "cv.pdf", confidence: 0.2}, ExitInput},
		{"anything else", errors.New("boom"), ExitInput},
		{"interrupted", interrupted(context.Canceled), ExitInterrupted},
		{"interrupted wins over below min", interrupted(&belowMinError{score: 40, min: 70}), ExitInterrupted},
		{"interrupted wins over a file error", interrupted(&extract.FileError{Name: "cv.pdf", Err: extract.ErrTimeout}), ExitInterrupted},
		{"validate invalid", &validateFailedError{invalid: 1, total: 1}, ExitBelowMin},
		{"validate unreadable", &validateFailedError{unreadable: 1, total: 1}, ExitInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exitCode(tt.err); got != tt.want {
				t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
			}
		})
	}
}

func TestPrintError(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want []string // stderr lines
	}{
		{
			name: "no text layer",
			err:  fmt.Errorf("resume: %w", &extract.FileError{Name: "scan.pdf", Err: extract.ErrNoTextLayer}),
			want: []string{
				"atsmatch: error: scan.pdf: no text layer (scanned image?)",
				"atsmatch: hint: the PDF looks scanned; export it with selectable text or run OCR",
			},
		},
		{
			name: "encrypted wrapped in a detail",
			err:  &extract.FileError{Name: "cv.pdf", Err: fmt.Errorf("%w: AES-256", extract.ErrEncrypted)},
			want: []string{
				"atsmatch: error: cv.pdf: document is encrypted: AES-256",
				"atsmatch: hint: remove the password and save a copy without protection",
			},
		},
		{
			name: "usage",
			err:  &usageError{err: errors.New("missing --job JOB"), hint: "usage: atsmatch match --job JOB RESUME"},
			want: []string{"atsmatch: error: missing --job JOB", "atsmatch: hint: usage: atsmatch match --job JOB RESUME"},
		},
		{
			name: "below min score",
			err:  &belowMinError{score: 42.04, min: 70},
			want: []string{"atsmatch: score 42.0 is below --min-score 70"},
		},
		{
			name: "rank below min score: the files, counted",
			err:  &belowMinError{score: 12, min: 70, files: []string{"a.pdf", "b\x1b[2J.md"}, of: 12},
			want: []string{`atsmatch: 2 of 12 resumes below --min-score 70: a.pdf, b\x1b[2J.md`},
		},
		{
			name: "rank below min score: at most ten named",
			err:  &belowMinError{score: 12, min: 70, files: strings.Split("a b c d e f g h i j k l", " "), of: 12},
			want: []string{"atsmatch: 12 of 12 resumes below --min-score 70: a, b, c, d, e, f, g, h, i, j and 2 more"},
		},
		{
			name: "validate summary",
			err:  &validateFailedError{invalid: 1, total: 2},
			want: []string{"atsmatch: 1 of 2 overlay files is invalid (problems listed above)"},
		},
		{
			name: "interrupted, whatever it wraps",
			err:  interrupted(&validateFailedError{invalid: 1, total: 2}),
			want: []string{"atsmatch: interrupted"},
		},
		{
			name: "interrupted below min",
			err:  interrupted(&belowMinError{score: 42.04, min: 70}),
			want: []string{"atsmatch: interrupted"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			printError(&b, tt.err, false)
			got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("printError(%v) mismatch (-want +got):\n%s", tt.err, diff)
			}
		})
	}
}
