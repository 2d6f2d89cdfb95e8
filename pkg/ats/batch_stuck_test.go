package ats

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// stuckInput is a resume whose Load blocks, ignoring its context, until
// release is closed: a read stuck in the kernel (a FIFO, a stalled mount).
func stuckInput(name string, release <-chan struct{}) Input {
	return Input{Name: name, Load: func(context.Context) (extract.Source, error) {
		<-release
		return extract.Source{}, errors.New("released")
	}}
}

// hangGuard fails the test if done does not deliver: a hang is the defect
// these tests are about, and it must not stall the whole test binary.
func hangGuard(t *testing.T, done <-chan error, what string) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(30 * time.Second):
		t.Fatalf("%s did not return", what)
		return nil
	}
}

// Cancelled while a worker is stuck in Load, Rank returns at once with the
// rows already emitted, and emits nothing more.
func TestRankCancelWithStuckWorker(t *testing.T) {
	a := newAnalyzer(t)
	jobs := prepare(t, a, batchJob)
	release := make(chan struct{})
	defer close(release)
	in := make(chan Input, 4)
	in <- stuckInput("stuck.txt", release) // first, so a worker holds it before the others
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		in <- Input{Name: n, Source: extract.Source{Name: n, Data: []byte("Skills: C#, .NET, Docker")}}
	}
	close(in)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var rows []report.BatchRow
	done := make(chan error, 1)
	go func() {
		done <- a.Rank(ctx, jobs, in, RankOptions{Workers: 2}, func(rs []report.BatchRow) {
			rows = append(rows, rs...)
			if len(rows) == 3 {
				cancel() // every resume but the stuck one is done
			}
		})
	}()
	err := hangGuard(t, done, "Rank with a stuck worker, after cancel,")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Rank = %v, want context.Canceled", err)
	}
	if len(rows) != 3 {
		t.Errorf("Rank emitted %d rows, want the 3 finished ones", len(rows))
	}
	for _, r := range rows {
		if r.Resume == "stuck.txt" || r.Error != nil {
			t.Errorf("unexpected row %+v", r)
		}
	}
}

// A Load that never returns costs its resume a timeout row once the
// per-document deadline passes; the run ends without a cancel.
func TestRankStuckLoadTimesOut(t *testing.T) {
	lim := extract.DefaultLimits()
	lim.Timeout = time.Millisecond
	a, err := New(Options{Limits: lim})
	if err != nil {
		t.Fatal(err)
	}
	jobs := prepare(t, newAnalyzer(t), batchJob)
	release := make(chan struct{})
	defer close(release)
	in := make(chan Input, 1)
	in <- stuckInput("stuck.txt", release)
	close(in)
	var rows []report.BatchRow
	done := make(chan error, 1)
	go func() {
		done <- a.Rank(context.Background(), jobs, in, RankOptions{Workers: 1}, func(rs []report.BatchRow) { rows = append(rows, rs...) })
	}()
	if err := hangGuard(t, done, "Rank with a stuck Load"); err != nil {
		t.Fatalf("Rank: %v", err)
	}
	if len(rows) != 1 || rows[0].Error == nil || rows[0].Error.Kind != "timeout" {
		t.Fatalf("rows = %+v, want one timeout row", rows)
	}
}
