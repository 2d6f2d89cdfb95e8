package ats

// Per-document bounds of the analysis. The caps count work (characters and
// lines in extract, matches here), so the same file always gives the same
// result; the deadline only backs them up.

import (
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/match"
)

// DefaultMaxMatches is how many dictionary hits (counted or ignored) a
// document keeps: a real resume has a few hundred, and every later stage
// (scoring, evidence, the report) costs per hit.
const DefaultMaxMatches = 1 << 15

// capMatches keeps the first max hits of res in text order, counted and
// ignored together, and returns the warning that says so, or "".
func capMatches(res match.Result, max int) (match.Result, string) {
	if len(res.Matches)+len(res.Rejected) <= max {
		return res, ""
	}
	// Walk both lists in text order; whatever starts after the max-th hit goes.
	i, j := 0, 0
	for i+j < max {
		if j == len(res.Rejected) || (i < len(res.Matches) && res.Matches[i].Start <= res.Rejected[j].Start) {
			i++
		} else {
			j++
		}
	}
	res.Matches, res.Rejected = slices.Clip(res.Matches[:i]), slices.Clip(res.Rejected[:j])
	return res, fmt.Sprintf("truncated at %d matches (the limit)", max)
}

// addWarning appends w unless it is empty or already there (extract and
// the cap after normalising may say the same).
func addWarning(ws []string, w string) []string {
	if w == "" || slices.Contains(ws, w) {
		return ws
	}
	return append(ws, w)
}

// underDeadline runs f under lim.Timeout, the per-document backstop that
// covers the whole analysis (reading, normalising, matching, scoring), and
// returns at the deadline or when ctx is done even if f does not: f keeps
// running to its end, which the caps bound, and its result is dropped.
//
// With slots, f first waits for one of them (each is a CPU: an analysis
// is CPU work, and 16 workers on 2 cores would otherwise each take 8 times
// as long by the clock); the wait is not charged to the deadline, so a
// document's result does not depend on how many others run beside it, and
// only len(slots) analyses hold their memory at once. f keeps its slot
// until it returns or its deadline passes, whichever is first: a runaway
// analysis left behind must not hold a slot for ever and stall the rest.
func underDeadline[T any](ctx context.Context, lim extract.Limits, slots chan struct{}, name string, f func(context.Context) (T, error)) (T, error) {
	var zero T
	release := func() {}
	if slots != nil {
		select {
		case slots <- struct{}{}:
			release = sync.OnceFunc(func() { <-slots })
		case <-ctx.Done():
			return zero, ctx.Err()
		}
	}
	defer release()
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1) // buffered: f finishing late does not block
	go func() {
		var r result
		defer func() { ch <- r }()
		defer release()
		defer recoverInto(&r.err, name)
		r.v, r.err = f(ctx)
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-ctx.Done():
		if err := ctx.Err(); err != context.DeadlineExceeded {
			return zero, err // the caller's cancel, not our deadline
		}
		return zero, &extract.FileError{Name: name, Err: fmt.Errorf("%w (the %v limit for one document)", extract.ErrTimeout, lim.Timeout)}
	}
}
