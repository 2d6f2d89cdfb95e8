package check

// With a job: the keyword coverage of the match, as one finding.

import (
	"fmt"
	"strings"
)

// Keyword score bands, as the match report colours them.
const (
	goodScore = 70
	fairScore = 40
)

// Match is the keyword match of the resume against a job.
type Match struct {
	Job                    string
	Score                  float64 // 0..100
	HardMatched, HardTotal int
	SoftMatched, SoftTotal int
	TopMissing             []string // most important first
}

// KeywordsFinding is job.keywords: pass at a score of 70 or more, warn
// from 40, fail below, with the missing terms to add.
func KeywordsFinding(m Match) Finding {
	const id = "job.keywords"
	if m.HardTotal+m.SoftTotal == 0 {
		return Finding{ID: id, Status: Warn, Message: fmt.Sprintf("%s names no skill the dictionary knows: nothing to match", m.Job),
			Fix: "check that the job file is the posting's text"}
	}
	msg := fmt.Sprintf("keyword score %.1f against %s: %d of %d hard and %d of %d soft skills", m.Score, m.Job,
		m.HardMatched, m.HardTotal, m.SoftMatched, m.SoftTotal)
	f := Finding{ID: id, Status: Pass, Message: msg}
	switch {
	case m.Score < fairScore:
		f.Status = Fail
	case m.Score < goodScore:
		f.Status = Warn
	}
	if len(m.TopMissing) > 0 {
		if f.Status == Pass {
			f.Message += "; missing " + strings.Join(m.TopMissing, ", ")
		} else {
			f.Fix = "name the skills you have among those missing, in your own bullets: " + strings.Join(m.TopMissing, ", ")
		}
	}
	return f
}
