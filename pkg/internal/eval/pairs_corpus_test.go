//go:build corpus

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestPairsShared runs the whole pairs evaluation and checks what no
// change to the product can move: the pairs read, the denominators, that
// every ask gets one state each way, and that a second run prints the same.
func TestPairsShared(t *testing.T) {
	dir := pairsDir(t)
	ps, err := loadPairs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 16 {
		t.Fatalf("%d pairs, want 16", len(ps))
	}
	a, err := newPairsAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	rs, err := evalPairs(a, dir, ps)
	if err != nil {
		t.Fatal(err)
	}
	for j := range judgements {
		judged, all := pairsTotals(rs, j)
		got := [4]int{all.Expected, all.Lacking, judged.Expected, judged.Lacking}
		if got != [4]int{283, 91, 267, 88} {
			t.Errorf("%s: denominators %v, want 283 and 91, 267 and 88 without the years asks", j, got)
		}
	}
	for _, r := range rs {
		if r.Out.Score < 0 || r.Out.Score > 100 {
			t.Errorf("%s: score %g", r.Exp.Name, r.Out.Score)
		}
		for j := range judgements {
			if len(r.By[j].Judged) != len(r.Exp.Exps) {
				t.Errorf("%s %s: %d states for %d asks", r.Exp.Name, j, len(r.By[j].Judged), len(r.Exp.Exps))
			}
		}
	}
	printed := func() string {
		var b strings.Builder
		if err := runPairs(filepath.Join(dir, "..", ".."), true, &b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	out := printed()
	var want [judgements]string
	if out != printed() {
		t.Error("two runs printed different reports")
	}
	for j := range judgements {
		tot, _ := pairsTotals(rs, j)
		want[j] = fmt.Sprintf("\ntotal, %-16s present %d/%d (", j.String()+":", tot.Present, tot.Expected)
	}
	for _, want := range []string{want[nameOrSurface], want[namesOnly], "\n== recruiter pairs (16): ", "the 19 years-of-experience asks are judged by the experience status", "\nyears asks by the experience status: present ", "\nterms only (title, education and experience left out of the score): in band ", "\n16-elementary-school-teacher ",
		"\ntotal, name or surface: present ", "/267 (", "\ntotal, names only:      present ", "with the 19 years asks: ",
		"/283 (", "/91 (", "\nscore in band: ", "/16, mean distance ", "Spearman of the scores with the band midpoints: ",
		"\n-- 01-backend-java-spring: score ", "\n16 years-ok matched "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}
