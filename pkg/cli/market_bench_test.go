package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
)

// marketPostings writes n postings into dir, made from the bundled example
// jobs: each one of them, its title numbered, with three list items of the
// others appended, so that the postings differ as a role's do.
func marketPostings(b *testing.B, dir string, n int) {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pairs", "*", "job.txt"))
	paths = append(paths, filepath.Join("..", "..", "testdata", "examples", "job-backend.txt"))
	var bases []string
	var items []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		bases = append(bases, string(data))
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "- ") {
				items = append(items, l)
			}
		}
	}
	if len(bases) < 2 || len(items) == 0 {
		b.Fatalf("%d example jobs, %d list items", len(bases), len(items))
	}
	for i := range n {
		var sb strings.Builder
		base := bases[i%len(bases)]
		title, rest, _ := strings.Cut(base, "\n")
		fmt.Fprintf(&sb, "%s (%d)\n%s\n\nAlso required\n", title, i, rest)
		for k := range 3 {
			sb.WriteString(items[(i*7+k*13)%len(items)] + "\n")
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("job-%04d.txt", i)), []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarket is `atsmatch market --resume RESUME DIR` over 1,000
// postings, end to end (the dictionary loaded, the directory walked, every
// posting read and analysed, the report rendered): the target is under 2 s
// an op on 2 cores (issue 15).
func BenchmarkMarket(b *testing.B) {
	dir := b.TempDir()
	marketPostings(b, dir, 1000)
	opts := &MarketOptions{
		Streams: &Streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard},
		Paths:   []string{dir}, Resume: filepath.Join("..", "..", "testdata", "examples", "resume-backend.md"),
		Format: render.Text, Top: 30, Quiet: true,
	}
	b.ResetTimer()
	for b.Loop() {
		if err := runMarket(context.Background(), opts); err != nil {
			b.Fatal(err)
		}
	}
}
