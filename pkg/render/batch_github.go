package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// ghEscape escapes a workflow command's message; ghProp also a property value.
var (
	ghEscape = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProp   = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// writeBatchGitHub annotates each resume file. With several jobs a resume
// is only an ::error when no job reaches the minimum, as for the exit status.
func writeBatchGitHub(w io.Writer, res *report.BatchResult, minScore float64) error {
	bw := bufio.NewWriter(w)
	e := &errWriter{w: bw}
	best := map[string]float64{}
	for _, b := range res.Summary.BestJobs {
		best[b.Resume] = b.Score
	}
	warned := map[string]bool{}
	for _, r := range res.Rows {
		file := ghProp.Replace(TermSafe(r.Resume))
		b, several := best[r.Resume]
		switch {
		case r.Error != nil:
			if warned[r.Resume] {
				continue // one warning per file, not per job
			}
			warned[r.Resume] = true
			e.printf("::warning file=%s::%s\n", file, ghEscape.Replace(TermSafe("could not read ("+r.Error.Kind+"): "+r.Error.Message)))
		case r.DocumentKind != "":
			e.printf("::warning file=%s::%s\n", file, ghEscape.Replace(TermSafe(kindNote(r.DocumentKind)+fmt.Sprintf(" (score %s for %s)", fmt1(r.Score), r.Job))))
		case minScore > 0 && r.Score < minScore && (!several || b < minScore):
			msg := fmt.Sprintf("score %s below %g for %s", fmt1(r.Score), minScore, r.Job)
			if len(r.TopMissing) > 0 {
				msg += " (missing: " + strings.Join(r.TopMissing, ", ") + ")"
			}
			e.printf("::error file=%s::%s\n", file, ghEscape.Replace(TermSafe(msg)))
		default:
			e.printf("::notice file=%s::%s\n", file, ghEscape.Replace(TermSafe(fmt.Sprintf("score %s for %s", fmt1(r.Score), r.Job))))
		}
	}
	if !res.Complete {
		e.printf("::warning::%s\n", ghEscape.Replace(partialNote))
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}
