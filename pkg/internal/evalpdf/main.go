// Command evalpdf compares atsmatch's PDF text extraction with poppler's
// pdftotext; it is a dev-time evaluation harness, not a pipeline stage.
// For every PDF under <shared>/data/pdf and <shared>/data/docs it runs
// `atsmatch text FILE` and `pdftotext FILE -` as separate processes (so both
// pay process start-up and their times compare), then prints per corpus
// (the directory under data/pdf or data/docs) the failures, bag-of-words
// precision/recall/F1 of atsmatch's words against pdftotext's, the total time
// of each tool and their ratio, and the slowest and lowest-F1 files. It ends
// with the in-process throughput of extract.Extract over the same PDFs,
// which is what batch mode pays per file.
//
// Run it with `make eval-pdf`. Without the shared data it prints one
// "skipped" line and exits 0.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract"
)

func main() {
	shared := flag.String("shared", "", "root of the shared data (data/pdf, data/docs)")
	bin := flag.String("bin", "bin/atsmatch", "atsmatch binary to evaluate")
	pdftotext := flag.String("pdftotext", "pdftotext", "poppler pdftotext binary (the reference)")
	flag.Parse()
	if *shared == "" {
		fmt.Fprintln(os.Stderr, "usage: -shared DIR is required (make passes it)")
		os.Exit(2)
	}
	if _, err := os.Stat(*shared); err != nil {
		fmt.Printf("skipped: %s not found\n", *shared)
		return
	}
	if err := run(*shared, *bin, *pdftotext, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "evalpdf:", err)
		os.Exit(1)
	}
}

// run evaluates every PDF under shared and writes the report to w.
func run(shared, bin, pdftotext string, w io.Writer) error {
	for _, tool := range []string{bin, pdftotext} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s: %w", tool, err)
		}
	}
	data := filepath.Join(shared, "data")
	files, err := findPDFs(data)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no PDF under %s/pdf or %s/docs", data, data)
	}
	results := make([]result, 0, len(files))
	for _, rel := range files {
		path := filepath.Join(data, rel)
		r := result{Name: rel, Group: groupOf(rel)}
		var ours, ref string
		ours, r.OursTime, r.OursErr = runTool(bin, "text", path)
		ref, r.RefTime, r.RefErr = runTool(pdftotext, path, "-")
		if r.OursErr == "" && r.RefErr == "" {
			r.Score = compare(bag(ours), bag(ref))
		}
		results = append(results, r)
	}
	report(w, results)

	// Most of a short PDF's process time can be start-up; show the floor so
	// the ratio above reads right.
	floor, err := startupFloor(bin)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\natsmatch start-up floor (text on a one-line .txt, best of 5): %.0f ms/process, %.0f ms over %d files\n",
		float64(floor)/float64(time.Millisecond), float64(floor)*float64(len(files))/float64(time.Millisecond), len(files))

	n, elapsed, err := inProcess(data, files)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nin-process extract.Extract: %d PDFs in %s = %.0f files/s\n",
		n, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds())
	return nil
}

// findPDFs lists the PDFs under data/pdf and data/docs, relative to data
// and sorted so the report is deterministic.
func findPDFs(data string) ([]string, error) {
	var files []string
	for _, dir := range []string{"pdf", "docs"} {
		root := filepath.Join(data, dir)
		if _, err := os.Stat(root); err != nil {
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && strings.EqualFold(filepath.Ext(path), ".pdf") {
				rel, err := filepath.Rel(data, path)
				if err != nil {
					return err
				}
				files = append(files, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(files)
	return files, nil
}

// groupOf names the corpus a file belongs to: the first two path elements
// ("pdf/templates/a.pdf" → "pdf/templates"). Files directly under pdf/ or
// docs/ form their own group named after that directory.
func groupOf(rel string) string {
	parts := strings.Split(rel, "/")
	if len(parts) <= 2 {
		return parts[0]
	}
	return parts[0] + "/" + parts[1]
}

// runTool runs one process and returns its stdout, wall time and, on
// failure, the first line of its stderr (or the exec error).
func runTool(name string, args ...string) (string, time.Duration, string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if err != nil {
		line, _, _ := strings.Cut(strings.TrimSpace(errOut.String()), "\n")
		if line == "" {
			line = err.Error()
		}
		return "", elapsed, line
	}
	return out.String(), elapsed, ""
}

// startupFloor is the best of five `atsmatch text` runs on a one-line file:
// what every process pays before reading any PDF.
func startupFloor(bin string) (time.Duration, error) {
	dir, err := os.MkdirTemp("", "evalpdf")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "one.txt")
	if err := os.WriteFile(path, []byte("Go engineer\n"), 0o600); err != nil {
		return 0, err
	}
	best := time.Duration(-1)
	for range 5 {
		_, d, msg := runTool(bin, "text", path)
		if msg != "" {
			return 0, fmt.Errorf("%s text %s: %s", bin, path, msg)
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best, nil
}

// inProcess times extract.Extract over every file in one process, the way
// batch mode reads resumes. Files are loaded first so disk reads don't count.
func inProcess(data string, files []string) (int, time.Duration, error) {
	lim := extract.DefaultLimits()
	srcs := make([]extract.Source, 0, len(files))
	for _, rel := range files {
		src, err := extract.ReadFile(filepath.Join(data, rel), lim.MaxBytes)
		if err != nil {
			return 0, 0, err
		}
		srcs = append(srcs, src)
	}
	start := time.Now()
	for _, src := range srcs {
		// Errors are expected for some files (scans, encrypted); they were
		// reported above, here only the time matters.
		if _, err := extract.Extract(context.Background(), src, lim); err != nil {
			var fe *extract.FileError
			if !errors.As(err, &fe) {
				return 0, 0, err
			}
		}
	}
	return len(srcs), time.Since(start), nil
}
