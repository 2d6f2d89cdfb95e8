package keywords

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// extendsOverlay is an overlay extending kubernetes n times, each with a
// new alias, context word, not_before word and ambiguous surface.
func extendsOverlay(n int) []byte {
	var b strings.Builder
	b.WriteString("terms:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - extends: kubernetes\n    aliases: [kubey%d]\n    context: [ctx%d]\n    not_before: [nb%d]\n    ambiguous: [kubey%d]\n", i, i, i, i)
	}
	return []byte(b.String())
}

// mergeBytes is the memory Merge allocates to apply o over d.
func mergeBytes(t *testing.T, d *Dict, o *Overlay) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, err := d.Merge(o)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if k, _ := m.Term("kubernetes"); len(k.Aliases) < 2 {
		t.Fatalf("kubernetes aliases = %v, want the overlay's added", k.Aliases)
	}
	return after.TotalAlloc - before.TotalAlloc
}

// TestExtendsLinear: the work of merging n extends of one term grows with
// n, not n²: four times the extends may cost about four times the memory
// allocated, never sixteen (copying or re-checking the grown term for
// each extends, as before extend.go's index, is quadratic and took 30 s
// for 20,000). Allocated bytes are a count, not a time, so the test does
// not depend on the machine.
func TestExtendsLinear(t *testing.T) {
	d := baseDict(t)
	load := func(n int) *Overlay {
		o, err := LoadOverlay("many.yaml", extendsOverlay(n))
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	small, large := load(500), load(2000)
	mergeBytes(t, d, small) // warm up
	a, b := mergeBytes(t, d, small), mergeBytes(t, d, large)
	// Merge also copies and validates the dictionary once, the same for
	// both: compare what the extends add beyond a single one.
	base := mergeBytes(t, d, load(1))
	ratio := float64(b-base) / float64(a-base)
	t.Logf("Merge allocates %d B for 500 extends, %d B for 2,000, %d B for one: ratio %.1f", a, b, base, ratio)
	if ratio > 8 {
		t.Errorf("4x the extends allocate %.1fx the memory (linear: ~4, quadratic: ~16)", ratio)
	}
}

// BenchmarkMergeExtends is 20,000 extends of one term (the case).
func BenchmarkMergeExtends(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	data := extendsOverlay(20000)
	b.ReportAllocs()
	for b.Loop() {
		o, err := LoadOverlay("many.yaml", data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.Merge(o); err != nil {
			b.Fatal(err)
		}
	}
}
