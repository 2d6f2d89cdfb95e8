package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/google/go-cmp/cmp"
)

// pairsDir is the recruiter pairs in the shared data beside the checkout.
func pairsDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "..", "shared", "data", "recruiter-pairs")
	if _, err := os.Stat(filepath.Join(dir, "expectations.json")); err != nil {
		t.Skip("shared recruiter pairs not present")
	}
	return dir
}

// TestPairsPatternsCompile compiles every pattern of expectations.json,
// one subtest each, so a pattern regexp2 reads differently from Python
// (a syntax error here) is named.
func TestPairsPatternsCompile(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(pairsDir(t), "expectations.json"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]rawPair
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	n := 0
	for name, rp := range raw {
		var pats []string
		for _, l := range [][][2]string{rp.Matched, rp.Missing, rp.Alternatives} {
			for _, e := range l {
				pats = append(pats, e[1])
			}
		}
		pats = append(pats, rp.NeverCount...)
		for i, p := range pats {
			n++
			t.Run(fmt.Sprintf("%s/%d", name, i), func(t *testing.T) {
				if _, err := compilePy(p); err != nil {
					t.Error(err)
				}
			})
		}
	}
	if n != 606 {
		t.Errorf("%d patterns, want 606 (426 asks and 180 never_count)", n)
	}
}

// TestPairsYearsAsks lists the asks left out as years of experience. The
// 16 of the first measurement are those of the matched lists; 03 and 05
// add three in their missing lists.
func TestPairsYearsAsks(t *testing.T) {
	ps, err := loadPairs(pairsDir(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		for _, e := range p.Exps {
			if e.Years {
				got = append(got, p.Name[:2]+" "+e.List+": "+e.Display)
			}
		}
	}
	want := []string{
		"01 matched: 5+ years Java / backend experience",
		"02 matched: 3+ years React experience",
		"03 missing: 4+ years DevOps/SRE experience",
		"03 missing: 2+ years Kubernetes in production",
		"04 matched: 3+ years data engineering experience",
		"05 missing: 4+ years product management experience",
		"06 matched: 3+ years experience",
		"07 matched: 2+ years acute care experience",
		"07 matched: ICU / critical care experience (1+ year)",
		"08 matched: 2+ years post-registration community pharmacy experience",
		"09 matched: 2–4 years experience",
		"10 matched: 3+ years experience",
		"11 matched: 3+ years closing experience",
		"12 matched: 2+ years experience",
		"13 matched: 3+ years restaurant kitchen experience",
		"13 matched: Chef de Partie experience (1+ year)",
		"14 matched: 4+ years commercial electrical experience",
		"15 matched: 3+ years experience",
		"16 matched: 2+ years classroom teaching experience",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("years asks (-want +got):\n%s", diff)
	}
}

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
	a, err := ats.New(ats.Options{})
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
	for _, want := range []string{want[nameOrSurface], want[namesOnly], "\n== recruiter pairs (16): ", "19 years-of-experience asks not judged", "\n16-elementary-school-teacher ",
		"\ntotal, name or surface: present ", "/267 (", "\ntotal, names only:      present ", "with the 19 years asks: ",
		"/283 (", "/91 (", "\nscore in band: ", "/16, mean distance ", "Spearman of the scores with the band midpoints: ",
		"\n-- 01-backend-java-spring: score ", "\n16 years   matched "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}
