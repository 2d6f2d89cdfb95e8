package report

import (
	"cmp"
	"fmt"
	"slices"
)

// Sort keys for [SortRows].
const (
	SortScore = "score" // best score first
	SortName  = "name"  // resume name, then job name
	SortHard  = "hard"  // best hard-skill subscore first
	SortSoft  = "soft"  // best soft-skill subscore first
)

// SortKeys lists the keys [SortRows] accepts.
func SortKeys() []string { return []string{SortScore, SortName, SortHard, SortSoft} }

// SortRows puts rows in their final order by key ("" is [SortScore]);
// ties, and rows of equal value, keep input order (Index, then job order
// as given), so the output does not depend on which worker finished
// first. Rows of a document that is no resume (DocumentKind) come after
// the resumes, and failed rows last.
func SortRows(rows []BatchRow, key string, jobOrder []string) error {
	jobPos := make(map[string]int, len(jobOrder))
	for i, j := range jobOrder {
		if _, ok := jobPos[j]; !ok {
			jobPos[j] = i
		}
	}
	var by func(x, y BatchRow) int
	switch key {
	case SortScore, "":
		by = func(x, y BatchRow) int { return cmp.Compare(y.Score, x.Score) }
	case SortHard:
		by = func(x, y BatchRow) int { return cmp.Compare(y.Subscores.Hard, x.Subscores.Hard) }
	case SortSoft:
		by = func(x, y BatchRow) int { return cmp.Compare(y.Subscores.Soft, x.Subscores.Soft) }
	case SortName:
		by = func(x, y BatchRow) int {
			return cmp.Or(cmp.Compare(x.Resume, y.Resume), cmp.Compare(x.Job, y.Job))
		}
	default:
		return fmt.Errorf("unknown sort key %q (want score, name, hard, soft)", key)
	}
	slices.SortStableFunc(rows, func(x, y BatchRow) int {
		if c := cmp.Compare(failedRank(x), failedRank(y)); c != 0 {
			return c
		}
		if x.Error == nil || key == SortName {
			if c := by(x, y); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(x.Index, y.Index), cmp.Compare(jobPos[x.Job], jobPos[y.Job]))
	})
	return nil
}

func failedRank(r BatchRow) int {
	switch {
	case r.Error != nil:
		return 2
	case r.DocumentKind != "":
		return 1
	}
	return 0
}
