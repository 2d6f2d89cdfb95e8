package main

import (
	"sort"
	"strings"
)

// scores accumulates span-level agreement between predicted and gold spans.
type scores struct {
	Pred, Gold             int
	PredLoose, GoldLoose   int // overlap with any span of the other side
	PredStrict, GoldStrict int // exact same span
	FalseHits, MissedSpans map[string]int
}

func newScores() *scores {
	return &scores{FalseHits: map[string]int{}, MissedSpans: map[string]int{}}
}

// add compares one document's predicted and gold spans; text names the
// false hits and missed spans (lower-cased) for the frequency lists.
func (s *scores) add(text string, pred, gold []span) {
	s.Pred += len(pred)
	s.Gold += len(gold)
	for _, p := range pred {
		loose, strict := covered(p, gold)
		if loose {
			s.PredLoose++
		} else {
			s.FalseHits[strings.ToLower(text[p.Start:p.End])]++
		}
		if strict {
			s.PredStrict++
		}
	}
	for _, g := range gold {
		loose, strict := covered(g, pred)
		if loose {
			s.GoldLoose++
		} else {
			s.MissedSpans[strings.ToLower(text[g.Start:g.End])]++
		}
		if strict {
			s.GoldStrict++
		}
	}
}

// prf is precision, recall and F1 from hit counts; 0 when undefined.
func prf(predHit, pred, goldHit, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(predHit) / float64(pred)
	}
	if gold > 0 {
		r = float64(goldHit) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

type countedWord struct {
	Word  string
	Count int
}

// top returns the n most frequent keys, ties by key, so output is stable.
func top(m map[string]int, n int) []countedWord {
	out := make([]countedWord, 0, len(m))
	for k, v := range m {
		out = append(out, countedWord{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// covered says whether x overlaps any of others (loose) and equals one
// (strict); overlap is symmetric, so it serves hits and gold spans alike.
func covered(x span, others []span) (loose, strict bool) {
	for _, o := range others {
		loose = loose || x.overlaps(o)
		strict = strict || x == o
	}
	return loose, strict
}
