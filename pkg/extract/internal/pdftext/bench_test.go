package pdftext

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// resumeLike is a 2-page resume-like PDF: flate content, TJ kerning, Td
// moves, two fonts, ~60 lines per page.
func resumeLike() []byte {
	var b builder
	f1 := b.add("<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 126 /Widths " + helvWidths() + " /Encoding /WinAnsiEncoding >>")
	f2 := b.add(helvFont)
	pages := b.add("")
	var kids []string
	for p := 0; p < 2; p++ {
		var c strings.Builder
		c.WriteString("BT /F2 16 Tf 72 740 Td (Jane Doe - Senior Software Engineer) Tj ET\n")
		for i := 0; i < 60; i++ {
			fmt.Fprintf(&c, "BT /F1 10 Tf 72 %d Td [(Built)-333(distributed)-333(services)-333(in)-333(Go,)-333(C++)-333(and)-333(Node.js)-333(with)-333(CI/CD)] TJ 400 0 Td (2019 - 2023) Tj ET\n", 720-11*i)
		}
		cs := b.add(flateStream("", []byte(c.String())))
		kids = append(kids, fmt.Sprintf("%d 0 R", b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Contents %d 0 R /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>", pages, cs, f1, f2))))
	}
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count 2 >>", strings.Join(kids, " ")))
	return b.bytes(b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages)))
}

func BenchmarkExtract(b *testing.B) {
	data := resumeLike()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(context.Background(), data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestResumeLike(t *testing.T) {
	res := mustExtract(t, resumeLike())
	lines := strings.Split(res.Pages[1], "\n")
	want := []string{"Jane Doe - Senior Software Engineer", "Built distributed services in Go, C++ and Node.js with CI/CD", "2019 - 2023"}
	if len(lines) < 3 || strings.Join(lines[:3], "|") != strings.Join(want, "|") {
		t.Errorf("page 2 starts %q, want %q", lines[:min(3, len(lines))], want)
	}
}

// BenchmarkCorpus extracts every shared PDF once per iteration (skips
// without /work/shared); ns/op divided by the file count is the per-file cost.
func BenchmarkCorpus(b *testing.B) {
	var files [][]byte
	for _, f := range corpusFilesB(b) {
		data, err := os.ReadFile(f.path)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			Extract(context.Background(), data, Options{})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files))/1e6, "ms/file")
}
