package cli

import (
	"fmt"
	"io"
	"time"
)

// progress draws "N/M resumes, R/s, ETA" (or another noun) on stderr when it is a terminal,
// at most ten times a second.
type progress struct {
	w       io.Writer
	on      bool
	total   int
	noun    string // what is counted: "resumes", "postings"
	done    int
	start   time.Time
	last    time.Time
	visible bool
}

func newProgress(s *Streams, total int, quiet bool) *progress {
	return &progress{w: s.Err, on: s.ErrTTY && !quiet, total: total, noun: "resumes", start: time.Now()}
}

func (p *progress) step() {
	p.done++
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 100*time.Millisecond && p.done < p.total {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := float64(p.done) / max(el, 1e-9)
	eta := time.Duration(float64(p.total-p.done) / max(rate, 1e-9) * float64(time.Second)).Round(time.Second)
	fmt.Fprintf(p.w, "\ratsmatch: %d/%d %s, %.0f/s, ETA %s\x1b[K", p.done, p.total, p.noun, rate, eta)
	p.visible = true
}

func (p *progress) clear() {
	if p.visible {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.visible = false
	}
}
