package pdftext

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func mustExtract(t *testing.T, data []byte) *Result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	res, err := Extract(ctx, data, Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return res
}

// toUnicodeCMap maps codes 1..n (1 byte or 2 bytes) to the runes of s.
func toUnicodeCMap(s string, twoByte bool) string {
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n")
	if twoByte {
		b.WriteString("1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	} else {
		b.WriteString("1 begincodespacerange <00> <FF> endcodespacerange\n")
	}
	rs := []rune(s)
	fmt.Fprintf(&b, "%d beginbfchar\n", len(rs))
	for i, r := range rs {
		if twoByte {
			fmt.Fprintf(&b, "<%04X> <%04X>\n", i+1, r)
		} else {
			fmt.Fprintf(&b, "<%02X> <%04X>\n", i+1, r)
		}
	}
	b.WriteString("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n")
	return b.String()
}

// encode turns text into codes 1..n of the alphabet (hex string body).
func encode(alphabet, text string, twoByte bool) string {
	var b strings.Builder
	rs := []rune(alphabet)
	for _, r := range text {
		for i, a := range rs {
			if a == r {
				if twoByte {
					fmt.Fprintf(&b, "%04X", i+1)
				} else {
					fmt.Fprintf(&b, "%02X", i+1)
				}
			}
		}
	}
	return b.String()
}

func TestExtractText(t *testing.T) {
	helv := "<< /F1 " + helvFont + " >>"
	helvW := "<< /F1 << /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths " + helvWidths() + " /Encoding /WinAnsiEncoding >> >>"
	const alpha = "SeniorGgal ,Ct"
	diffFont := func() []byte {
		var b builder
		cm := b.add(stream("", toUnicodeCMap(alpha, false)))
		// /Differences names junk glyphs: ToUnicode must win
		f := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Canva /FirstChar 1 /LastChar 14 /Widths [600 600 600 600 600 600 600 600 600 600 250 600 600 600] /Encoding << /Differences [1 /g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8 /g9 /g10 /g11 /g12 /g13 /g14] >> /ToUnicode %d 0 R >>", cm))
		cs := b.add(stream("", "BT /F1 12 Tf 72 700 Td <"+encode(alpha, "Senior Go Catalan", false)+"> Tj ET"))
		p := b.add(fmt.Sprintf("<< /Type /Page /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", cs, f))
		pages := b.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", p))
		return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages)))
	}
	const cidAlpha = "Kubernts\u00e9 "
	cidFont := func() []byte {
		var b builder
		cm := b.add(stream("", toUnicodeCMap(cidAlpha, true)))
		desc := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Noto /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [1 [600 550 550 550 550 550 300 550 550 250]] >>")
		f := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Noto /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", desc, cm))
		cs := b.add(stream("", "BT /F1 10 Tf 50 600 Td <"+encode(cidAlpha, "Kubernetes", true)+"> Tj 60 0 Td <"+encode(cidAlpha, "né", true)+"> Tj ET"))
		p := b.add(fmt.Sprintf("<< /Type /Page /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", cs, f))
		pages := b.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", p))
		return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages)))
	}
	formDoc := func() []byte {
		var b builder
		form := b.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Resources << /Font << /F9 "+helvFont+" >> >>", "BT /F9 11 Tf 10 10 Td (Inside the form) Tj ET"))
		cs := b.add(stream("", "BT /F1 11 Tf 72 700 Td (Before) Tj ET q 1 0 0 1 72 500 cm /Fm1 Do Q"))
		p := b.add(fmt.Sprintf("<< /Type /Page /Contents %d 0 R /Resources << /Font << /F1 %s >> /XObject << /Fm1 %d 0 R >> >> >>", cs, helvFont, form))
		pages := b.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", p))
		return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages)))
	}
	// Two pages name different fonts /F1: page 2's must be used on page 2.
	perPageFonts := func() []byte {
		var b builder
		f1 := b.add(helvFont)
		cm := b.add(stream("", toUnicodeCMap("Python", false)))
		f2 := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FirstChar 1 /LastChar 6 /Widths [600 600 600 600 600 600] /ToUnicode %d 0 R >>", cm))
		c1 := b.add(stream("", "BT /F1 12 Tf 72 700 Td (Golang) Tj ET"))
		c2 := b.add(stream("", "BT /F1 12 Tf 72 700 Td <"+encode("Python", "Python", false)+"> Tj ET"))
		pages := b.add("")
		p1 := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", pages, c1, f1))
		p2 := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", pages, c2, f2))
		b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 2 >>", p1, p2))
		return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages)))
	}
	ligatures := doc("<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /CMR10 /FirstChar 1 /LastChar 4 /Widths [550 550 500 500] /Encoding << /Differences [1 /f_i /uni00660069 /zero.lnum /one.osf] >> >> >>",
		"BT /F1 10 Tf 72 700 Td (\\001nance ef\\002cient 2\\003\\004\\003) Tj ET")
	tests := []struct {
		name string
		data []byte
		want []string
	}{
		{"Td moves per word", doc(helv, "BT /F1 12 Tf 72 700 Td (Senior) Tj 45 0 Td (Go) Tj 20 0 Td (engineer) Tj ET"),
			[]string{"Senior Go engineer"}},
		{"lines in one BT", doc(helv, "BT /F1 12 Tf 14 TL 72 700 Td (line one) Tj T* (line two) Tj 0 -14 Td (C# and C++) Tj ET"),
			[]string{"line one\nline two\nC# and C++"}},
		{"TJ kerning is a word space", doc(helvW, "BT /F1 10 Tf 72 700 Td [(Senior)-333(Go)-20(pher)-400(CI/CD)] TJ ET"),
			[]string{"Senior Gopher CI/CD"}},
		{"letters drawn one by one", doc(helvW, "BT /F1 10 Tf 1 0 0 1 72 700 Tm (N) Tj 1 0 0 1 79.22 700 Tm (o) Tj 1 0 0 1 84.78 700 Tm (de) Tj 1 0 0 1 99 700 Tm (.js) Tj ET"),
			[]string{"Node .js"}},
		{"letter-spaced heading (Tc)", doc(helvW, "BT /F1 10 Tf 3 Tc 72 700 Td (SKILLS) Tj 64 0 Td (AND) Tj 35 0 Td (TOOLS) Tj ET"),
			[]string{"SKILLS AND TOOLS"}},
		{"letter-spaced heading (glyph by glyph)", doc(helvW, letterSpaced("SKILLS AND TOOLS")), []string{"SKILLS AND TOOLS"}},
		{"ToUnicode beats Differences", diffFont(), []string{"Senior Go Catalan"}},
		{"CID font with W widths", cidFont(), []string{"Kubernetes né"}},
		{"Form XObject", formDoc(), []string{"Before\nInside the form"}},
		{"fonts per page", perPageFonts(), []string{"Golang", "Python"}},
		{"ligature glyph names", ligatures, []string{"finance efficient 2010"}},
		{"two columns interleaved", doc(helv, twoColumnContent()),
			[]string{"Left 0\nLeft 1\nLeft 2\nLeft 3\nLeft 4\nRight column text line 0\nRight column text line 1\nRight column text line 2\nRight column text line 3\nRight column text line 4"}},
		{"columns in stream order kept", doc(helv, "BT /F1 10 Tf 72 700 Td (Skills) Tj 0 -12 Td (Go) Tj ET BT /F1 10 Tf 350 700 Td (Experience) Tj 0 -12 Td (Acme) Tj ET"),
			[]string{"Skills\nGo\nExperience\nAcme"}},
		{"icon font glyphs separate", doc("<< /F1 "+helvFont+" /F2 << /Type /Font /Subtype /Type1 /BaseFont /Icons /Encoding << /Differences [65 /uniF0E0] >> >> >>",
			"BT /F1 10 Tf 72 700 Td (mail) Tj /F2 10 Tf (A) Tj /F1 10 Tf (me@x.io) Tj ET"), []string{"mail me@x.io"}},
		{"scanned page has no text", doc(helv, "q 612 0 0 792 0 0 cm Q"), []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustExtract(t, tc.data)
			if diff := cmp.Diff(tc.want, res.Pages); diff != "" {
				t.Errorf("Extract(%s) mismatch (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

// letterSpaced draws each glyph with its own Tm, 3 pt apart (Canva style);
// spaces are not drawn, they only widen the gap.
func letterSpaced(text string) string {
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf ")
	x := 72.0
	for _, r := range text {
		if r != ' ' {
			fmt.Fprintf(&b, "1 0 0 1 %.2f 700 Tm (%c) Tj ", x, r)
		}
		x += approxWidth(string(r))/100 + 3
	}
	b.WriteString("ET")
	return b.String()
}

func twoColumnContent() string {
	var b strings.Builder
	b.WriteString("BT /F1 10 Tf ")
	for i := 0; i < 5; i++ {
		y := 700 - 14*i
		fmt.Fprintf(&b, "1 0 0 1 72 %d Tm (Left %d) Tj 1 0 0 1 320 %d Tm (Right column text line %d) Tj ", y, i, y, i)
	}
	b.WriteString("ET")
	return b.String()
}

func TestExtractCounts(t *testing.T) {
	res := mustExtract(t, doc("<< /F1 "+helvFont+" >>", "BT /F1 12 Tf 72 700 Td (ab) Tj ET", "BT /F1 12 Tf 72 700 Td (c) Tj ET"))
	got := struct{ NumPages, Glyphs, Unmapped int }{res.NumPages, res.Glyphs, res.Unmapped}
	want := struct{ NumPages, Glyphs, Unmapped int }{2, 3, 0}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts mismatch (-want +got):\n%s", diff)
	}
	res = mustExtract(t, doc("<< /F1 << /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [<< /Subtype /CIDFontType2 >>] >> >>", "BT /F1 12 Tf 72 700 Td <00410042> Tj ET"))
	if res.Unmapped != 2 || res.Glyphs != 2 {
		t.Errorf("CID font without ToUnicode: Glyphs=%d Unmapped=%d, want 2 and 2", res.Glyphs, res.Unmapped)
	}
	if !slicesContains(mustExtract(t, doc("<< /F1 "+helvFont+" >>", twoColumnContent())).Warnings, "two-column layout reordered") {
		t.Errorf("two-column warning missing")
	}
}

func slicesContains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func TestExtractMaxPages(t *testing.T) {
	var pages []string
	for i := 0; i < 5; i++ {
		pages = append(pages, fmt.Sprintf("BT /F1 12 Tf 72 700 Td (p%d) Tj ET", i))
	}
	res, err := Extract(context.Background(), doc("<< /F1 "+helvFont+" >>", pages...), Options{MaxPages: 2})
	if err != nil {
		t.Fatal(err)
	}
	got := struct {
		Pages    []string
		NumPages int
		Warnings []string
	}{res.Pages, res.NumPages, res.Warnings}
	want := struct {
		Pages    []string
		NumPages int
		Warnings []string
	}{[]string{"p0", "p1"}, 5, []string{"stopped after 2 pages"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MaxPages mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, doc("<< /F1 "+helvFont+" >>", "BT (x) Tj ET"), Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Extract(canceled ctx) = %v, want context.Canceled", err)
	}
}
