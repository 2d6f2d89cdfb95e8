package check

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/sections"
)

// BenchmarkRun checks the reference resume; BenchmarkClassify reads its
// kind, as rank does for every resume.
func BenchmarkRun(b *testing.B) {
	lines := strings.Split(strings.Repeat(resume+"\n", 4), "\n")
	b.ReportAllocs()
	for b.Loop() {
		Run(Doc{Lines: lines, Layout: Layout{Format: "pdf", Confidence: 1}})
	}
}

// BenchmarkClassify is rank's cost per resume: the sections are known.
func BenchmarkClassify(b *testing.B) {
	text := strings.Repeat(resume+"\n", 4)
	lines, secs := strings.Split(text, "\n"), sections.Resume(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Classify(lines, secs)
	}
}

// BenchmarkKindOf is what rank pays per resume.
func BenchmarkKindOf(b *testing.B) {
	text := strings.Repeat(resume+"\n", 4)
	lines, secs := strings.Split(text, "\n"), sections.Resume(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		KindOf(lines, secs)
	}
}
