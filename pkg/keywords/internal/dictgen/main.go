// Command dictgen is the dictionary generator: it compiles
// pkg/keywords/data/src/*.yaml into pkg/keywords/data/keywords.json, the
// file the keywords package embeds. Run it with `go generate ./pkg/keywords`.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords/internal/build"
)

func main() {
	src := flag.String("src", "data/src", "directory of source YAML files and VERSION")
	out := flag.String("out", "data/keywords.json", "generated JSON file")
	verbose := flag.Bool("v", false, "print every warning, not only counts")
	flag.Parse()
	if err := run(*src, *out, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "dictgen:", err)
		os.Exit(1)
	}
}

func run(src, out string, verbose bool) error {
	version, err := os.ReadFile(filepath.Join(src, "VERSION"))
	if err != nil {
		return err
	}
	files, err := build.ReadSources(os.DirFS(src))
	if err != nil {
		return err
	}
	d, st, err := build.Build(string(version), files)
	if err != nil {
		return problemsErr(err)
	}
	b, err := build.Encode(d)
	if err != nil {
		return err
	}
	if verbose {
		for _, w := range st.Warnings {
			fmt.Fprintln(os.Stderr, w.Error())
		}
	}
	fmt.Fprintf(os.Stderr, "dictgen: %d terms (%d curated, %d imported); dropped from imports: %d terms, %d surfaces, %d related; %d redundant surfaces\n",
		d.Len(), st.Curated, st.Imported, st.DroppedTerms, st.DroppedSurfaces, st.DroppedRelated, st.RedundantSurfaces)
	counts := map[string]int{}
	for _, t := range d.Terms {
		counts[string(t.Kind)+"/"+t.Category]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if verbose {
		for _, k := range keys {
			fmt.Fprintf(os.Stderr, "  %-32s %d\n", k, counts[k])
		}
	}
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

// problemsErr spells out every problem of a build, one a line: a data
// author fixes them all in one pass.
func problemsErr(err error) error {
	var ps diag.List
	if !errors.As(err, &ps) {
		return err
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return errors.New(strings.Join(lines, "\n"))
}
