package pdftext

import (
	"context"
	"fmt"
	"testing"
)

// TestImages: an image XObject drawn counts once however many pages draw
// it; a form XObject is no image.
func TestImages(t *testing.T) {
	var b builder
	pages := b.add("")
	img := b.add(stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00"))
	img2 := b.add(stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x80"))
	form := b.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 9 9]", "BT ET"))
	var kids string
	for _, content := range []string{
		"q 10 0 0 10 0 0 cm /Im1 Do Q BT /F1 11 Tf 72 700 Td (Logo and text) Tj ET /Fm Do",
		"q 10 0 0 10 0 0 cm /Im1 Do /Im2 Do Q BT /F1 11 Tf 72 700 Td (Page two) Tj ET",
	} {
		cs := b.add(stream("", content))
		p := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %s >> /XObject << /Im1 %d 0 R /Im2 %d 0 R /Fm %d 0 R >> >> >>",
			pages, cs, helvFont, img, img2, form))
		kids += fmt.Sprintf("%d 0 R ", p)
	}
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count 2 >>", kids))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	res, err := Extract(context.Background(), b.bytes(root), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Images != 2 {
		t.Errorf("Images = %d, want 2 (Im1 on both pages counts once, Im2 once, the form none)", res.Images)
	}
	res, err = Extract(context.Background(), doc("<< /F1 "+helvFont+" >>", "BT /F1 11 Tf 72 700 Td (No pictures here) Tj ET"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Images != 0 {
		t.Errorf("Images = %d for a page of text", res.Images)
	}
}
