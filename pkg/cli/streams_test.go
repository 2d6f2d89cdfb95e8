package cli

import (
	"errors"
	"testing"
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
