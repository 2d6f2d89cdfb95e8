package pdftext

import (
	"errors"
	"testing"
)

func TestNormaliseErrors(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"no header", "hello", "malformed pdf: no %PDF- header"},
		{"truncated", "%PDF-1.7\n1 0 obj", "malformed pdf: no %%EOF (truncated?)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := normalise([]byte(tt.in))
			if err == nil || !errors.Is(err, ErrMalformed) || err.Error() != tt.wantErr {
				t.Errorf("normalise(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
		})
	}
}
