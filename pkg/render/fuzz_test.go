package render

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// FuzzWrite feeds arbitrary document text, terms and widths through every
// format: no panic, JSON always decodes, text, Markdown and HTML never carry
// a raw control character or invalid UTF-8 to the terminal.
func FuzzWrite(f *testing.F) {
	f.Add("Experience with Kubernetes and Helm", "Kubernetes", "Kubernetes", 100, true)
	f.Add("C# | .NET `8`", "C#", "c#", 10, false)
	f.Add("\x1b[2J\x9b31m\r\n\t", "\x1b", "", 0, true)
	f.Add("İİİİİİİİ x ßßßß", "x", "X", 3, false)
	f.Add("", "", "", -5, true)
	f.Fuzz(func(t *testing.T, text, term, surface string, width int, verbose bool) {
		r := richMatch()
		r.Missing[0].Term = term
		r.Missing[0].JobEvidence[0].Text = text
		r.Missing[0].JobEvidence[0].Surface = surface
		r.Matched[0].ResumeEvidence[0].Text = text
		r.Matched[0].ResumeEvidence[0].Surface = surface
		r.Suggestions[0].Text = text
		// The resume's ignored word is for the missing term, so the note is written too.
		r.Resume.IgnoredMatches[0] = report.IgnoredMatch{Term: term, Surface: surface, Text: text, Rule: text, Reason: text, Line: 1, Lines: []int{1}, Count: 2}
		k := keywordsResult()
		k.Keywords[0].Term = term
		k.Keywords[0].Forms = []string{surface, text}
		k.Keywords[0].Evidence[0] = report.Evidence{Line: 1, Text: text, Surface: surface}
		o := Options{Width: width, Verbose: verbose}
		for _, f := range Formats() {
			for _, v := range []any{r, k} {
				if _, isKw := v.(*report.KeywordsResult); isKw && f == HTML {
					continue // HTML renders only a MatchResult
				}
				var buf bytes.Buffer
				if err := Write(&buf, f, v, o); err != nil {
					t.Fatalf("Write(%s, %T): %v", f, v, err)
				}
				if f == JSON {
					if err := json.Unmarshal(buf.Bytes(), new(map[string]any)); err != nil {
						t.Fatalf("JSON does not decode: %v", err)
					}
					continue
				}
				if !utf8.Valid(buf.Bytes()) {
					t.Fatalf("%s output is not UTF-8", f)
				}
				for _, c := range buf.String() {
					if isControl(c) && c != '\n' {
						t.Fatalf("%s output has control rune %U", f, c)
					}
				}
			}
		}
	})
}

func BenchmarkWrite(b *testing.B) {
	r := richMatch()
	for _, f := range Formats() {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, f, r, Options{Color: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
