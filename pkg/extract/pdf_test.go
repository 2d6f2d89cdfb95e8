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
