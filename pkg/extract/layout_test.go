package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLayoutDOCX: the lines from headers, footers and text boxes are
// regions of the text; pictures and tables are counted (a nested table
// and the VML copy of a picture in mc:Fallback are not).
func TestLayoutDOCX(t *testing.T) {
	data := makeDOCX(t,
		wP("Jane Doe")+
			`<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>`+wP("jane@example.com")+wP("555 0100")+`</w:txbxContent></w:drawing></mc:Choice>`+
			`<mc:Fallback><w:pict><w:txbxContent>`+wP("jane@example.com")+`</w:txbxContent><v:imagedata/></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`+
			`<w:tbl><w:tr><w:tc>`+wP("Skills")+`</w:tc><w:tc><w:tbl><w:tr><w:tc>`+wP("Go")+`</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`+
			`<w:p><w:r><w:drawing><pic:pic>photo</pic:pic></w:drawing></w:r></w:p>`+
			wP("Experience"),
		"word/header1.xml", `<w:hdr `+wNS+`>`+wP("Jane Doe · Résumé")+`</w:hdr>`,
		"word/header2.xml", `<w:hdr `+wNS+`>`+wP("Jane Doe · Résumé")+`</w:hdr>`, // the same header again: dropped
		"word/footer1.xml", `<w:ftr `+wNS+`>`+wP("Page 1")+wP("of 2")+`</w:ftr>`,
	)
	doc, err := Extract(context.Background(), Source{Name: "cv.docx", Data: data}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(doc.Text, "\n")
	want := Layout{Images: 1, Tables: 1, Regions: []Region{
		{RegionHeader, 1, 1}, {RegionTextBox, 3, 4}, {RegionFooter, 9, 10},
	}}
	if diff := cmp.Diff(want, doc.Layout); diff != "" {
		t.Errorf("layout (-want +got):\n%s\ntext:\n%s", diff, doc.Text)
	}
	for _, r := range doc.Layout.Regions {
		if r.To > len(lines) {
			t.Fatalf("region %v past the %d lines", r, len(lines))
		}
	}
	if lines[0] != "Jane Doe · Résumé" || lines[2] != "jane@example.com" || lines[8] != "Page 1" {
		t.Errorf("lines: %q", lines)
	}
}

// TestLayoutLinesWithNewlines: a region's lines count the newlines inside
// a paragraph.
func TestLayoutLinesWithNewlines(t *testing.T) {
	d := &docxReader{lines: []string{"a\nb", "c", "d"}, boxLines: []int{1}, regions: []lineRun{{RegionHeader, 0, 0}}}
	got := d.layout()
	want := Layout{Regions: []Region{{RegionHeader, 1, 2}, {RegionTextBox, 3, 3}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLayoutHTML(t *testing.T) {
	html := `<html><body><p>Jane</p><img src="me.png"><table><tr><td>a<table><tr><td>b</td></tr></table></td></tr></table><table><tr><td>c</td></tr></table></body></html>`
	doc, err := Extract(context.Background(), Source{Name: "cv.html", Data: []byte(html)}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if want := (Layout{Images: 1, Tables: 2}); !cmp.Equal(want, doc.Layout) {
		t.Errorf("layout %+v, want %+v", doc.Layout, want)
	}
}

func TestLayoutText(t *testing.T) {
	doc, err := Extract(context.Background(), Source{Name: "cv.txt", Data: []byte("Jane Doe\n| a | b |\n")}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(Layout{}, doc.Layout) {
		t.Errorf("a text file has a layout: %+v", doc.Layout)
	}
}

// TestLayoutCut: a text cut at its line cap keeps only the regions, or
// the parts of them, that are still in it.
func TestLayoutCut(t *testing.T) {
	data := makeDOCX(t, wP("Jane Doe")+wP("Experience")+wP("Developer"),
		"word/header1.xml", `<w:hdr `+wNS+`>`+wP("jane@example.com")+wP("555 0100")+`</w:hdr>`,
		"word/footer1.xml", `<w:ftr `+wNS+`>`+wP("Page 1")+`</w:ftr>`,
	)
	lim := DefaultLimits()
	lim.MaxLines = 2
	doc, err := Extract(context.Background(), Source{Name: "cv.docx", Data: data}, lim)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(doc.Text, "\n")); n != 2 {
		t.Fatalf("%d lines: %q", n, doc.Text)
	}
	if want := []Region{{RegionHeader, 1, 2}}; !cmp.Equal(want, doc.Layout.Regions) {
		t.Errorf("regions %+v, want %+v", doc.Layout.Regions, want)
	}
	l := Layout{Regions: []Region{{RegionHeader, 1, 3}, {RegionFooter, 9, 9}}}
	l.clip(2)
	if want := []Region{{RegionHeader, 1, 2}}; !cmp.Equal(want, l.Regions) {
		t.Errorf("clip: %+v", l.Regions)
	}
}
