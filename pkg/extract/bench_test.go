package extract

import (
	"context"
	"strings"
	"testing"
)

const resumeLine = "Senior Go engineer: built CI/CD pipelines, C# and .NET services, Node.js APIs on AWS\n"

func BenchmarkExtractText(b *testing.B) {
	src := Source{Name: "cv.txt", Data: []byte(strings.Repeat(resumeLine, 80))}
	b.SetBytes(int64(len(src.Data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), src, DefaultLimits()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractDOCX(b *testing.B) {
	var body strings.Builder
	for range 80 {
		body.WriteString(wP(strings.TrimSpace(resumeLine)))
	}
	src := Source{Name: "cv.docx", Data: makeDOCX(b, body.String())}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), src, DefaultLimits()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractHTML(b *testing.B) {
	src := Source{Name: "jd.html", Data: []byte("<html><body>" + strings.Repeat("<p>"+resumeLine+"</p>", 80) + "</body></html>")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract(context.Background(), src, DefaultLimits()); err != nil {
			b.Fatal(err)
		}
	}
}
