package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

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
