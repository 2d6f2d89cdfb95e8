package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCounted checks the "as scored" rows keep exactly the hits the product
// counts: none on the lines sections.Job ignores, all others.
func TestCounted(t *testing.T) {
	text := "Senior Go Engineer\nRequirements\nGo and Kafka is a plus.\nBenefits\nPython courses\nPosted on: Go\nTech Stack\nGo"
	at := func(word string, nth int) span {
		i := -1
		for range nth {
			i += 1 + strings.Index(text[i+1:], word)
		}
		return span{i, i + len(word)}
	}
	tests := []struct {
		name string
		hits []span
		want []span
	}{
		{"title and requirements count", []span{at("Go", 1), at("Go", 2), at("Kafka", 1)}, []span{at("Go", 1), at("Go", 2), at("Kafka", 1)}},
		{"benefits are left out", []span{at("Python", 1)}, []span{}},
		{"job-board chrome is left out", []span{at("Go", 3)}, []span{}},
		{"the section after benefits counts again", []span{at("Python", 1), at("Go", 4)}, []span{at("Go", 4)}},
		{"a hit at the very start and end", []span{{0, 6}, {len(text) - 2, len(text)}}, []span{{0, 6}, {len(text) - 2, len(text)}}},
	}
	jl := classify(text)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, jl.counted(tt.hits)); diff != "" {
				t.Errorf("counted(%v) mismatch (-want +got):\n%s", tt.hits, diff)
			}
		})
	}
	gold := []span{at("Kafka", 1), at("Python", 1)}
	want := []ignoredGold{{Kind: "knowledge", Text: "Python", Line: "Python courses", Reason: `section "Benefits": benefits are boilerplate`}}
	if diff := cmp.Diff(want, jl.ignoredSpans(text, "knowledge", gold)); diff != "" {
		t.Errorf("ignoredSpans mismatch (-want +got):\n%s", diff)
	}
}
