package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// family is what the dictionary finds in one job family's resumes.
type family struct {
	Name     string
	Resumes  int
	Failed   int
	Distinct []int          // distinct hard terms per resume read
	Terms    map[string]int // hard term id → resumes naming it
	Texts    []familyText   // the resumes read, for evalRelevance
}

// evalFamilies measures breadth: for each job-family folder of resumes
// (kaggle-sample has one per family, from accountant to teacher) how many
// distinct hard skills a resume yields and which terms are most common.
// A family the dictionary does not cover shows up as a low median.
func evalFamilies(e *extractor, dir string, w io.Writer) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var fams []*family
	for _, ent := range entries {
		if !ent.IsDir() {
			continue
		}
		f, err := readFamily(e, filepath.Join(dir, ent.Name()))
		if err != nil {
			return err
		}
		fams = append(fams, f)
	}
	fmt.Fprintf(w, "\n== job families (%s): distinct hard skills per resume\n", filepath.Base(dir))
	fmt.Fprintf(w, "%-22s %7s %4s %6s %4s | %s\n", "family", "resumes", "min", "median", "max", "most common hard skills (resumes naming it)")
	covered := 0
	for _, f := range fams {
		if len(f.Distinct) == 0 {
			fmt.Fprintf(w, "%-22s %7d (no resume could be read)\n", f.Name, f.Resumes)
			continue
		}
		slices.Sort(f.Distinct)
		med := f.Distinct[len(f.Distinct)/2]
		if med >= familyFloor {
			covered++
		}
		var common []string
		for _, c := range top(f.Terms, 5) {
			common = append(common, fmt.Sprintf("%s (%d)", c.Word, c.Count))
		}
		fmt.Fprintf(w, "%-22s %7d %4d %6d %4d | %s\n", f.Name, f.Resumes-f.Failed, f.Distinct[0], med, f.Distinct[len(f.Distinct)-1], strings.Join(common, ", "))
	}
	fmt.Fprintf(w, "families whose median resume names at least %d distinct hard skills: %d/%d\n", familyFloor, covered, len(fams))
	var texts []familyText
	for _, f := range fams {
		texts = append(texts, f.Texts...)
	}
	return evalRelevance(texts, w)
}

// familyFloor is the median below which a family counts as poorly
// covered: a real resume of any trade names more than a handful of skills.
const familyFloor = 5

func readFamily(e *extractor, dir string) (*family, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if err != nil {
		return nil, err
	}
	f := &family{Name: filepath.Base(dir), Terms: map[string]int{}}
	for _, p := range paths {
		f.Resumes++
		src, err := extract.ReadFile(p, 0)
		if err != nil {
			f.Failed++
			continue
		}
		doc, err := extract.Extract(context.Background(), src, extract.DefaultLimits())
		if err != nil {
			f.Failed++
			continue
		}
		seen := map[string]bool{}
		for _, mt := range e.extractDoc(doc.Text) {
			if e.kind(mt.TermID) == keywords.Hard && !seen[mt.TermID] {
				seen[mt.TermID] = true
				f.Terms[mt.TermID]++
			}
		}
		f.Distinct = append(f.Distinct, len(seen))
		f.Texts = append(f.Texts, familyText{f.Name, strings.TrimSuffix(filepath.Base(p), ".pdf"), doc.Text})
	}
	return f, nil
}
