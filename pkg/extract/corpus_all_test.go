//go:build corpus

package extract

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// raceScale multiplies time limits; race_on_test.go raises it under -race.
var raceScale time.Duration = 1

const (
	perFileLimit = 2 * time.Second
	maxHeap      = 512 << 20
)

// TestCorpusAll reads every file of the shared data (CSV, JSON, text, PDF,
// DOCX, whatever is there) the way the CLI does, ReadFile then Extract
// under DefaultLimits: nothing may panic, take over 2 s, fail with an error
// outside the known classes, or push the heap past 512 MiB. It is the
// robustness net over real, messy input; TestCorpus checks text quality.
func TestCorpusAll(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-corpus run skipped in -short mode")
	}
	root := filepath.Join("..", "..", "..", "shared", "data")
	if _, err := os.Stat(root); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	var paths []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("shared data is empty")
	}

	type slow struct {
		path string
		took time.Duration
	}
	var (
		slowFiles []slow
		counts    = map[string]int{}
		maxSeen   uint64
		total     time.Duration
		ms        runtime.MemStats
	)
	limit := perFileLimit * raceScale
	lim := DefaultLimits()
	for _, path := range paths {
		start := time.Now()
		doc, err := readOne(path, lim)
		took := time.Since(start)
		total += took
		if took > limit {
			slowFiles = append(slowFiles, slow{path, took})
		}
		switch {
		case err == nil:
			counts["ok "+string(doc.Format)]++
		default:
			var fe *FileError
			class := classOf(err)
			if !errors.As(err, &fe) || class == err {
				t.Errorf("%s: error outside the known classes (or not a *FileError): %v", path, err)
				continue
			}
			counts["error "+class.Error()]++
		}
		runtime.ReadMemStats(&ms)
		maxSeen = max(maxSeen, ms.HeapAlloc)
		if ms.HeapAlloc > maxHeap {
			t.Fatalf("%s: heap %d MiB after reading, limit %d MiB", path, ms.HeapAlloc>>20, maxHeap>>20)
		}
	}
	if len(slowFiles) > 0 {
		slices.SortFunc(slowFiles, func(a, b slow) int { return cmp.Compare(b.took, a.took) })
		var b strings.Builder
		for _, s := range slowFiles {
			fmt.Fprintf(&b, "\n  %s: %s", s.path, s.took.Round(time.Millisecond))
		}
		t.Errorf("%d files took over %s:%s", len(slowFiles), limit, b.String())
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		t.Logf("%-45s %d", k, counts[k])
	}
	t.Logf("%d files in %s, max heap %d MiB", len(paths), total.Round(time.Millisecond), maxSeen>>20)
}

// readOne is ReadFile + Extract with a panic turned into an error, so one
// bad file names itself instead of killing the whole run.
func readOne(path string, lim Limits) (doc *Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	src, err := ReadFile(path, lim.MaxBytes)
	if err != nil {
		return nil, err
	}
	return Extract(context.Background(), src, lim)
}
