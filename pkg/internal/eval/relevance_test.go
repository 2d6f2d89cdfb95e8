package main

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/report"
)

func TestPrecisionAtTop(t *testing.T) {
	family := map[string]string{"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B"}
	row := func(resume string, score float64) report.BatchRow {
		return report.BatchRow{Resume: resume, Score: score}
	}
	tests := []struct {
		name       string
		byJob      map[string][]report.BatchRow
		k          int
		wantP      float64
		wantRandom float64
	}{
		{
			name:  "own family first",
			byJob: map[string][]report.BatchRow{"a1": {row("b1", 10), row("a2", 50), row("a3", 40), row("b2", 5)}},
			k:     2, wantP: 1, wantRandom: 2.0 / 4,
		},
		{
			name:  "other family first",
			byJob: map[string][]report.BatchRow{"b1": {row("a1", 90), row("a2", 80), row("b2", 10), row("a3", 5)}},
			k:     2, wantP: 0, wantRandom: 1.0 / 4,
		},
		{
			// Equal scores: resume name decides, so the result is stable.
			name:  "ties by name",
			byJob: map[string][]report.BatchRow{"a1": {row("b1", 20), row("a2", 20), row("a3", 1), row("b2", 1)}},
			k:     1, wantP: 1, wantRandom: 2.0 / 4,
		},
		{
			name: "averaged over jobs",
			byJob: map[string][]report.BatchRow{
				"a1": {row("a2", 9), row("b1", 1)},
				"b1": {row("a1", 9), row("b2", 1)},
			},
			k: 1, wantP: 0.5, wantRandom: (2.0/2 + 1.0/2) / 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, random := precisionAtTop(tt.byJob, family, tt.k)
			if p != tt.wantP || random != tt.wantRandom {
				t.Errorf("precisionAtTop = %v, %v; want %v, %v", p, random, tt.wantP, tt.wantRandom)
			}
		})
	}
}
