package tokenize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAppendTokens(t *testing.T) {
	tests := []struct {
		name      string
		dst, text string
	}{
		{"empty dst", "", "Go and C# at R&D"},
		{"after folded tokens", "Node.JS, ÉCOLE", "Kubernetes CI/CD\nPython"},
		{"after lower-case tokens", "go rust", "AWS"},
		{"no upper case", "Java", "x@y.com 3.12 ( )"},
		{"empty text", "Go", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := Tokenize(tt.dst)
			want := append(append([]Token{}, dst...), Tokenize(tt.text)...)
			got := AppendTokens(dst[:len(dst):len(dst)], tt.text)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("AppendTokens(Tokenize(%q), %q) mismatch (-want +got):\n%s", tt.dst, tt.text, diff)
			}
			// With spare capacity the tokens land in dst's array.
			buf := append(make([]Token, 0, len(dst)+64), dst...)
			if diff := cmp.Diff(want, AppendTokens(buf, tt.text)); diff != "" {
				t.Errorf("AppendTokens with capacity mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
