package ats

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/internal/hostile"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// The three inputs of the reliability issue, at the sizes it measured:
// a 63 MB text of one repeated skill, a DOCX whose one paragraph
// inflates to 63 MB, and a PDF of 12 nested forms each drawing the next
// 10 times. Built once: the text alone is 63 MB.
var hostileInputs = sync.OnceValue(func() []extract.Source {
	return []extract.Source{
		{Name: "skill.txt", Data: hostile.Text(63<<20, "Kubernetes")},
		{Name: "inflate.docx", Data: hostile.DOCX(63<<20, "Kubernetes")},
		{Name: "forms.pdf", Data: hostile.NestedForms(12, 10, "Kubernetes")},
	}
})

// BenchmarkHostile is the time and memory of one analysis of each input
// (the targets: under 10 s and 1 GiB each; the binary's peak RSS
// is measured with /usr/bin/time -v on the files cmd hostilegen writes).
func BenchmarkHostile(b *testing.B) {
	a := newAnalyzer(b)
	job, _ := pair(b, "dotnet-strong")
	j, err := a.PrepareJob(context.Background(), job)
	if err != nil {
		b.Fatal(err)
	}
	for _, src := range hostileInputs() {
		b.Run(src.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := a.MatchJob(context.Background(), j, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHostileRank16 ranks the three inputs with 16 workers, the
// issue's batch (18 GB before the caps), and reports the memory the
// runtime took from the system (MB-sys: the peak's upper bound).
func BenchmarkHostileRank16(b *testing.B) {
	a := newAnalyzer(b)
	job, _ := pair(b, "dotnet-strong")
	j, err := a.PrepareJob(context.Background(), job)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		in := make(chan Input, 3)
		for _, src := range hostileInputs() {
			in <- Input{Name: src.Name, Source: src}
		}
		close(in)
		err := a.Rank(context.Background(), []*Job{j}, in, RankOptions{Workers: 16}, func(rows []report.BatchRow) {
			if rows[0].Error != nil {
				b.Errorf("%s: %s", rows[0].Resume, rows[0].Error.Message)
			}
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MB-sys")
}
