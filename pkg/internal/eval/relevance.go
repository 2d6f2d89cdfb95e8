package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// relevanceTop is how many of the best-scored resumes are checked for the
// job's family: nine is every other resume of a ten-resume family.
const relevanceTop = 9

// familyText is one readable resume with its job family.
type familyText struct {
	Family, Name, Text string
}

// evalRelevance is a proxy for how well the score orders resumes by
// relevance, measured without human ratings: each resume in turn is the
// job, every other resume is scored against it through the product's own
// batch path (ats.Rank), and the share of the nine best that come from the
// same job family is averaged. Kaggle's families are broad and their
// resumes uneven, so the figure compares scoring choices; it is not an
// accuracy.
func evalRelevance(docs []familyText, w io.Writer) error {
	if len(docs) < 2 {
		return nil
	}
	ctx := context.Background()
	a, err := ats.New(ats.Options{})
	if err != nil {
		return err
	}
	jobs := make([]*ats.Job, len(docs))
	family := map[string]string{}
	inputs := make(chan ats.Input, len(docs))
	for i, d := range docs {
		// One source serves as the job and as a resume.
		src := extract.Source{Name: d.Family + "/" + d.Name + ".txt", Data: []byte(d.Text)}
		if jobs[i], err = a.PrepareJob(ctx, src); err != nil {
			return err
		}
		family[src.Name] = d.Family
		inputs <- ats.Input{Name: src.Name, Source: src}
	}
	close(inputs)
	byJob := map[string][]report.BatchRow{}
	if err := a.Rank(ctx, jobs, inputs, ats.RankOptions{}, func(rows []report.BatchRow) {
		for _, r := range rows {
			if r.Error == nil && r.Resume != r.Job {
				byJob[r.Job] = append(byJob[r.Job], r)
			}
		}
	}); err != nil {
		return err
	}
	p, random := precisionAtTop(byJob, family, relevanceTop)
	fmt.Fprintf(w, "\n== relevance proxy (%d resumes): each resume as the job, the others ranked by score\n", len(docs))
	fmt.Fprintf(w, "share of the top %d from the job's own family: %.3f (random order: %.3f)\n", relevanceTop, p, random)
	return nil
}

// precisionAtTop averages, over jobs, the share of the top k rows (by score,
// ties by resume name) whose resume has the job's family, and what a random
// order would give.
func precisionAtTop(byJob map[string][]report.BatchRow, family map[string]string, k int) (p, random float64) {
	size := map[string]int{}
	for _, f := range family {
		size[f]++
	}
	n := 0
	// Jobs in name order: a float sum in map order may differ in its last
	// digits from run to run.
	for _, job := range slices.Sorted(maps.Keys(byJob)) {
		rows := byJob[job]
		slices.SortFunc(rows, func(a, b report.BatchRow) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Resume, b.Resume))
		})
		top := min(k, len(rows))
		if top == 0 {
			continue
		}
		same := 0
		for _, r := range rows[:top] {
			if family[r.Resume] == family[job] {
				same++
			}
		}
		p += float64(same) / float64(top)
		random += float64(size[family[job]]-1) / float64(len(rows))
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return p / float64(n), random / float64(n)
}
