package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestKeywordsFormsWidth: a keyword's forms that do not fit beside the term
// wrap below it, and no line of the wrapped block (continuation lines are
// indented deeper than the first) passes the width.
func TestKeywordsFormsWidth(t *testing.T) {
	r := keywordsResult()
	var forms []string
	for i := range 60 {
		forms = append(forms, fmt.Sprintf("pg%02d", i)) // short forms fill each line to the last column
	}
	r.Keywords[1].Forms = forms
	for width := 60; width <= 100; width++ {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, Text, r, Options{Width: width}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.Contains(out, "\n      forms: pg00,") {
				t.Errorf("forms did not wrap below the term:\n%s", out)
			}
			for _, line := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(line); n > width {
					t.Errorf("line of %d runes at width %d: %q", n, width, line)
				}
			}
		})
	}
}
