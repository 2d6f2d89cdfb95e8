package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBIOSpans(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []span
	}{
		{"none", []string{"O", "O"}, nil},
		{"one and two tokens", []string{"B", "O", "B", "I"}, []span{{0, 1}, {2, 4}}},
		{"adjacent B B", []string{"B", "B", "I", "O"}, []span{{0, 1}, {1, 3}}},
		{"stray I starts a span", []string{"O", "I", "I"}, []span{{1, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, bioSpans(tt.tags)); diff != "" {
				t.Errorf("bioSpans(%q) mismatch (-want +got):\n%s", tt.tags, diff)
			}
		})
	}
}

func TestReadPostings(t *testing.T) {
	in := `{"idx": 1, "tokens": ["Know", "Go", "well"], "tags_skill": ["O", "O", "O"], "tags_knowledge": ["O", "B", "O"], "source": "tech"}
{"idx": 2, "tokens": ["Other"], "tags_skill": ["B"], "tags_knowledge": ["O"], "source": "tech"}
{"idx": 1, "tokens": ["Use", "AWS", "Lambda"], "tags_skill": ["B", "O", "O"], "tags_knowledge": ["O", "B", "I"], "source": "tech"}
{"idx": 1, "tokens": ["x"], "tags_skill": ["O"], "tags_knowledge": ["O"], "source": "house"}
`
	got, err := readPostings(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []*posting{
		{Source: "tech", Idx: 1, Text: "Know Go well\nUse AWS Lambda", Knowledge: []span{{5, 7}, {17, 27}}, Skill: []span{{13, 16}},
			Lines: []span{{0, 12}, {13, 27}}, Tagged: []bool{true, true}},
		{Source: "tech", Idx: 2, Text: "Other", Skill: []span{{0, 5}}, Lines: []span{{0, 5}}, Tagged: []bool{true}},
		{Source: "house", Idx: 1, Text: "x", Lines: []span{{0, 1}}, Tagged: []bool{false}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("readPostings mismatch (-want +got):\n%s", diff)
	}
	for pos, line := range map[int]int{0: 0, 12: 0, 13: 1, 27: 1} {
		if l := got[0].lineOf(pos); l != line {
			t.Errorf("lineOf(%d) = %d, want %d", pos, l, line)
		}
	}
	if _, err := readPostings(strings.NewReader(`{"idx":1,"tokens":["a"],"tags_skill":[],"tags_knowledge":["O"]}`)); err == nil {
		t.Error("readPostings accepted a line with missing tags")
	}
}

func TestScores(t *testing.T) {
	text := "Python and AWS Lambda and Go"
	s := newScores()
	//        Python       AWS (part)   "and" (false)
	pred := []span{{0, 6}, {11, 14}, {7, 10}}
	gold := []span{{0, 6}, {11, 21}, {26, 28}}
	s.add(text, pred, gold)
	want := &scores{Pred: 3, Gold: 3, PredLoose: 2, GoldLoose: 2, PredStrict: 1, GoldStrict: 1,
		FalseHits: map[string]int{"and": 1}, MissedSpans: map[string]int{"go": 1}}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("scores.add mismatch (-want +got):\n%s", diff)
	}
	p, r, f := prf(s.PredLoose, s.Pred, s.GoldLoose, s.Gold)
	if diff := cmp.Diff([]float64{2.0 / 3, 2.0 / 3, 2.0 / 3}, []float64{p, r, f}); diff != "" {
		t.Errorf("prf mismatch (-want +got):\n%s", diff)
	}
	if p, r, f := prf(0, 0, 0, 0); p != 0 || r != 0 || f != 0 {
		t.Errorf("prf(0,0,0,0) = %v %v %v, want zeros", p, r, f)
	}
}

func TestTop(t *testing.T) {
	got := top(map[string]int{"b": 2, "a": 2, "c": 5, "d": 1}, 3)
	want := []countedWord{{"c", 5}, {"a", 2}, {"b", 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("top mismatch (-want +got):\n%s", diff)
	}
}
