package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// makePDF writes a one-font PDF with one page per entry of pages; each page
// shows its lines top to bottom. Offsets in the xref table are computed, so
// the file is valid.
func makePDF(pages ...[]string) []byte {
	var b strings.Builder
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	b.WriteString("%PDF-1.4\n")
	n := len(pages)
	kids := make([]string, n)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", 4+2*i)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	for i, lines := range pages {
		var cs strings.Builder
		for j, l := range lines {
			fmt.Fprintf(&cs, "BT /F1 12 Tf 72 %d Td (%s) Tj ET\n", 720-20*j, l)
		}
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", cs.Len(), cs.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return []byte(b.String())
}

func TestExtractPDF(t *testing.T) {
	type out struct {
		Format Format
		Text   string
		Pages  int
		Err    error
	}
	twoPages := makePDF([]string{"Jane Doe", "Senior Go engineer"}, []string{"Skills: C#, .NET, CI/CD"})
	tests := []struct {
		name string
		src  Source
		want out
	}{
		{"two pages", Source{"cv.pdf", twoPages}, out{Format: FormatPDF, Text: "Jane Doe\nSenior Go engineer\nSkills: C#, .NET, CI/CD", Pages: 2}},
		{"pdf named .txt", Source{"cv.txt", twoPages}, out{Format: FormatPDF, Text: "Jane Doe\nSenior Go engineer\nSkills: C#, .NET, CI/CD", Pages: 2}},
		{"no text layer", Source{"scan.pdf", makePDF([]string{})}, out{Err: ErrNoTextLayer}},
		{"truncated", Source{"cut.pdf", twoPages[:len(twoPages)/3]}, out{Err: ErrMalformed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.src, DefaultLimits())
			var g out
			if err != nil {
				g.Err = classOf(err)
			} else {
				g = out{Format: doc.Format, Text: strings.TrimSpace(doc.Text), Pages: doc.Pages}
			}
			if diff := cmp.Diff(tt.want, g, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s\nerror: %v", tt.src.Name, diff, err)
			}
		})
	}
}

// buildPDF writes objs as objects 1, 2, ... (object 1 the catalog) with a
// valid xref table.
func buildPDF(objs ...string) string {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.String()
}

// onePage is a one-page PDF whose content stream (object 4) has the
// dictionary entries dict and the data content; more objects follow the
// font (object 5).
func onePage(dict, content string, more ...string) string {
	return buildPDF(append([]string{"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		"<< " + dict + " >>\nstream\n" + content + "\nendstream",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}, more...)...)
}

// TestPDFMessages: what a damaged or oversized PDF says names its class
// once and the cause ("too large: too large" before), a count declared
// beyond what the file can hold is damage and not size, a /Length that is
// no number (a reference loop) is read to "endstream" as poppler reads it,
// and a file whose content would not decode is damaged, not scanned (no
// OCR hint).
func TestPDFMessages(t *testing.T) {
	const text = "BT /F1 12 Tf 72 700 Td (Senior Go engineer, Kubernetes) Tj ET"
	bogusCount := strings.Replace(onePage(fmt.Sprintf("/Length %d", len(text)), text), "xref\n0 6", "xref\n0 2000000000", 1)
	size := len(bogusCount) - len("\n") // the reader stops at %%EOF
	damaged := "open and re-save the file, or export it to PDF again"
	tests := []struct {
		name, data string
		want       string // the error, or the text
		hint       string
	}{
		{"xref count beyond the file", bogusCount,
			fmt.Sprintf("bogus.pdf: file is damaged: xref subsection 0 2000000000: more objects than the file has bytes (%d)", size), damaged},
		{"a /Length reference loop", onePage("/Length 4 0 R", text), "Senior Go engineer, Kubernetes", ""},
		{"a /Length loop through two objects", onePage("/Length 6 0 R", text, "4 0 R"), "Senior Go engineer, Kubernetes", ""},
		{"a /Length to no object", onePage("/Length 9 0 R", text), "Senior Go engineer, Kubernetes", ""},
		{"content that does not decode", onePage("/Filter /FlateDecode", "xx"+text),
			"bogus.pdf: file is damaged: no text could be read (1 content stream(s) or page(s) damaged)", damaged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), Source{"bogus.pdf", []byte(tt.data)}, DefaultLimits())
			got, hint := "", ""
			if err != nil {
				got, hint = err.Error(), Hint(err)
			} else {
				got = strings.TrimSpace(doc.Text)
			}
			if got != tt.want || hint != tt.hint {
				t.Errorf("got %q, hint %q; want %q, hint %q", got, hint, tt.want, tt.hint)
			}
		})
	}
}
