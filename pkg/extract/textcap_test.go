package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/internal/hostile"
	"github.com/google/go-cmp/cmp"
)

func TestTruncate(t *testing.T) {
	lim := Limits{MaxChars: 10, MaxLines: 3}
	tests := []struct {
		name, in, want, warning string
	}{
		{"fits", "Go\nRust", "Go\nRust", ""},
		{"exactly at both caps", "Go\nRust\nC#", "Go\nRust\nC#", ""},
		{"lines over", "a\nb\nc\nd\ne", "a\nb\nc", "truncated at 3 lines (the limit)"},
		{"chars over: the cut word goes", "Go Kubernetes", "Go", "truncated at 10 characters (the limit)"},
		{"chars over at a space: every word stays", "Go and Rust more", "Go and", "truncated at 10 characters (the limit)"},
		{"cut at the end of a word", "Go RustJava x", "Go", "truncated at 10 characters (the limit)"},
		{"next is a space", "Go Rust C# x", "Go Rust C#", "truncated at 10 characters (the limit)"},
		{"a long last line without a space goes whole", "Go\nKubernetesX", "Go", "truncated at 10 characters (the limit)"},
		{"one word over the cap", "Kubernetes!", "", "truncated at 10 characters (the limit)"},
		{"characters, not bytes", "ééééé éééé", "ééééé éééé", ""},
		{"multibyte over", "ééééé éééééé", "ééééé", "truncated at 10 characters (the limit)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warning := Truncate(tt.in, lim)
			if got != tt.want || warning != tt.warning {
				t.Errorf("Truncate(%q) = %q, %q; want %q, %q", tt.in, got, warning, tt.want, tt.warning)
			}
		})
	}
	if got, w := Truncate(strings.Repeat("x ", 1<<19), Limits{}); utf8.RuneCountInString(got) > defaultMaxChars || w == "" {
		t.Errorf("zero Limits: %d characters kept, warning %q; want the default cap", utf8.RuneCountInString(got), w)
	}
}

// capsOf is what the caps left of a document: its size and its warnings.
type capsOf struct {
	Chars, Lines int
	Warnings     []string
}

func capsResult(d *Document) capsOf {
	return capsOf{utf8.RuneCountInString(d.Text), strings.Count(d.Text, "\n") + 1, d.Warnings}
}

// TestExtractCaps: whatever the format, a document keeps at most MaxChars
// characters and MaxLines lines, says so, and gives the same text every
// time; the checks are counts.
func TestExtractCaps(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxChars, lim.MaxLines = 1000, 50
	chars := "truncated at 1000 characters (the limit)"
	lines := "truncated at 50 lines (the limit)"
	manyP := "<html><body>" + strings.Repeat("<p>Kubernetes</p>", 5000) + "</body></html>"
	tests := []struct {
		name string
		src  Source
		want capsOf
	}{
		{"text, one skill a line", Source{"cv.txt", hostile.Text(64<<10, "Kubernetes")}, capsOf{549, 50, []string{lines}}},
		// 1000 characters end at a space: no word is cut.
		{"text, one line", Source{"cv.txt", bytes.Repeat([]byte("Kubernetes "), 20000)}, capsOf{1000, 1, []string{chars}}},
		{"UTF-16 text", Source{"cv.txt", utf16(strings.Repeat("Kubernetes ", 2000), false)}, capsOf{1000, 1, []string{chars}}},
		{"markdown", Source{"cv.md", hostile.Text(64<<10, "# Kubernetes")}, capsOf{549, 50, []string{lines}}},
		{"HTML", Source{"cv.html", []byte(manyP)}, capsOf{549, 50, []string{lines}}},
		{"DOCX, one inflating paragraph", Source{"cv.docx", hostile.DOCX(256<<10, "Kubernetes")}, capsOf{1000, 1, []string{chars}}},
		{"PDF, nested forms", Source{"cv.pdf", hostile.NestedForms(12, 10, "Kubernetes")}, capsOf{549, 50, []string{
			"truncated at 1000 glyphs (the limit)", lines}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var first *Document
			for range 2 {
				doc, err := Extract(context.Background(), tt.src, lim)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, capsResult(doc)); diff != "" {
					t.Errorf("caps (-want +got):\n%s", diff)
				}
				if first != nil && first.Text != doc.Text {
					t.Errorf("a second read differs")
				}
				first = doc
			}
		})
	}
}

// TestDOCXStopsInflating: a paragraph that inflates to megabytes is read
// only as far as the caps keep, so the XML decoder never holds it whole.
func TestDOCXStopsInflating(t *testing.T) {
	data := hostile.DOCX(1<<20, "Kubernetes")
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	d := newDocxReader(context.Background(), Limits{MaxChars: 100})
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			if err := d.part(f); err != nil {
				t.Fatal(err)
			}
		}
	}
	inflated := maxUnzippedBytes - d.budget
	if !d.cut || inflated > int64(d.maxRun)+32<<10 {
		t.Errorf("cut %v after %d bytes inflated; want a cut within %d bytes of the run cap %d", d.cut, inflated, 32<<10, d.maxRun)
	}
}

// TestTextPrefixKeepsUTF8: the prefix decoded of a long file never ends
// inside a character, so UTF-8 stays UTF-8 (not Windows-1252).
func TestTextPrefixKeepsUTF8(t *testing.T) {
	lim := Limits{MaxChars: 100}
	for pad := range 4 {
		data := []byte(strings.Repeat("x", pad) + strings.Repeat("€ ", 400))
		doc, err := Extract(context.Background(), Source{"cv.txt", data}, lim)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], "truncated at 100 characters") {
			t.Errorf("pad %d: warnings %q, want only the cap's", pad, doc.Warnings)
		}
	}
}
