package ats

import (
	"context"
	"runtime"
	"sync"
)

// runPool feeds inputs to workers (GOMAXPROCS when workers <= 0), each
// calling work with the input's position in the stream, and calls emit with
// each result as it completes (completion order; never concurrently). It
// returns when inputs is closed and drained, or with ctx's error once
// cancelled: then at once, without waiting for workers still busy (a read
// stuck in the kernel), and no emit follows. Rank and Market share it.
func runPool[T any](ctx context.Context, workers int, inputs <-chan Input, work func(ctx context.Context, idx int, in Input) T, emit func(T)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type item struct {
		idx int
		in  Input
	}
	feed := make(chan item)
	out := make(chan T, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range feed {
				r := work(ctx, it.idx, it.in)
				select {
				case out <- r:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() {
		defer close(feed)
		idx := 0
		for {
			select {
			case <-ctx.Done():
				return
			case in, ok := <-inputs:
				if !ok {
					return
				}
				select {
				case feed <- item{idx, in}:
					idx++
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	for {
		select {
		case r, ok := <-out:
			if !ok {
				return ctx.Err()
			}
			if ctx.Err() != nil {
				return ctx.Err() // workers give up their sends on ctx.Done
			}
			emit(r)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
