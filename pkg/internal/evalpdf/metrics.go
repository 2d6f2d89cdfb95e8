package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode"
)

// ligatures spells out the Latin ligature code points: pdftotext keeps "ﬁ"
// while atsmatch normalises it to "fi", which is the same word.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// bag counts the words of s, normalised the same way for both tools:
// ligatures spelled out, lower case, split on anything that is not a letter
// or digit.
func bag(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(ligatures.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		m[w]++
	}
	return m
}

// score is a bag-of-words comparison; counts are kept so corpora can be
// pooled (micro average) as well as averaged per file.
type score struct {
	Common, Ours, Ref int // shared words (min counts), words in each bag
}

func (s score) add(o score) score {
	return score{s.Common + o.Common, s.Ours + o.Ours, s.Ref + o.Ref}
}

// prf returns precision (of ours), recall (of ref) and F1. Two empty bags
// agree fully; one empty bag scores 0.
func (s score) prf() (p, r, f1 float64) {
	if s.Ours == 0 && s.Ref == 0 {
		return 1, 1, 1
	}
	if s.Ours > 0 {
		p = float64(s.Common) / float64(s.Ours)
	}
	if s.Ref > 0 {
		r = float64(s.Common) / float64(s.Ref)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// compare scores ours against the reference bag: a word counts as common
// as many times as it occurs in both.
func compare(ours, ref map[string]int) score {
	var s score
	for w, n := range ours {
		s.Ours += n
		s.Common += min(n, ref[w])
	}
	for _, n := range ref {
		s.Ref += n
	}
	return s
}

// result is one PDF's outcome.
type result struct {
	Name, Group       string
	OursTime, RefTime time.Duration
	OursErr, RefErr   string // first error line; "" on success
	Score             score  // valid when both succeeded
}

func (r result) scored() bool { return r.OursErr == "" && r.RefErr == "" }

// corpus is the summary of one group.
type corpus struct {
	Name                   string
	Files, Scored          int
	Failures, RefFailures  []result
	Micro                  score
	MacroP, MacroR, MacroF float64 // means over scored files
	OursTime, RefTime      time.Duration
	Slowest, LowestF1      []result
}

const topN = 5

// summarize groups results by corpus, sorted by name; within a corpus every
// list is in a deterministic order (ties broken by file name).
func summarize(results []result) []corpus {
	byGroup := map[string][]result{}
	for _, r := range results {
		byGroup[r.Group] = append(byGroup[r.Group], r)
	}
	var out []corpus
	for _, name := range slices.Sorted(maps.Keys(byGroup)) {
		rs := byGroup[name]
		slices.SortFunc(rs, func(a, b result) int { return cmp.Compare(a.Name, b.Name) })
		c := corpus{Name: name, Files: len(rs)}
		var scored []result
		for _, r := range rs {
			c.OursTime += r.OursTime
			c.RefTime += r.RefTime
			if r.OursErr != "" {
				c.Failures = append(c.Failures, r)
			}
			if r.RefErr != "" {
				c.RefFailures = append(c.RefFailures, r)
			}
			if r.scored() {
				scored = append(scored, r)
				c.Micro = c.Micro.add(r.Score)
				p, rc, f := r.Score.prf()
				c.MacroP += p
				c.MacroR += rc
				c.MacroF += f
			}
		}
		if c.Scored = len(scored); c.Scored > 0 {
			n := float64(c.Scored)
			c.MacroP, c.MacroR, c.MacroF = c.MacroP/n, c.MacroR/n, c.MacroF/n
		}
		slow := slices.Clone(rs)
		slices.SortStableFunc(slow, func(a, b result) int { return cmp.Compare(b.OursTime, a.OursTime) })
		c.Slowest = slow[:min(topN, len(slow))]
		slices.SortStableFunc(scored, func(a, b result) int {
			_, _, fa := a.Score.prf()
			_, _, fb := b.Score.prf()
			return cmp.Compare(fa, fb)
		})
		c.LowestF1 = scored[:min(topN, len(scored))]
		out = append(out, c)
	}
	return out
}

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// report prints one block per corpus and a total line.
func report(w io.Writer, results []result) {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond)) }
	var all score
	var oursT, refT time.Duration
	var files, fails int
	for _, c := range summarize(results) {
		files += c.Files
		fails += len(c.Failures)
		all = all.add(c.Micro)
		oursT += c.OursTime
		refT += c.RefTime
		p, r, f := c.Micro.prf()
		fmt.Fprintf(w, "== %s: %d files, %d atsmatch failures, %d pdftotext failures, %d compared\n",
			c.Name, c.Files, len(c.Failures), len(c.RefFailures), c.Scored)
		fmt.Fprintf(w, "  words vs pdftotext: micro P %.3f R %.3f F1 %.3f | per-file mean P %.3f R %.3f F1 %.3f\n",
			p, r, f, c.MacroP, c.MacroR, c.MacroF)
		fmt.Fprintf(w, "  time: atsmatch %s, pdftotext %s, ratio %.2f\n",
			ms(c.OursTime), ms(c.RefTime), ratio(c.OursTime, c.RefTime))
		for _, r := range c.Failures {
			fmt.Fprintf(w, "  fail %s: %s\n", r.Name, r.OursErr)
		}
		for _, r := range c.RefFailures {
			fmt.Fprintf(w, "  pdftotext fail %s: %s\n", r.Name, r.RefErr)
		}
		for _, r := range c.Slowest {
			fmt.Fprintf(w, "  slow %s: atsmatch %s, pdftotext %s\n", r.Name, ms(r.OursTime), ms(r.RefTime))
		}
		for _, r := range c.LowestF1 {
			p, rc, f := r.Score.prf()
			fmt.Fprintf(w, "  low-F1 %s: F1 %.3f (P %.3f R %.3f, %d/%d words)\n", r.Name, f, p, rc, r.Score.Ours, r.Score.Ref)
		}
	}
	p, r, f := all.prf()
	fmt.Fprintf(w, "== total: %d files, %d atsmatch failures, micro P %.3f R %.3f F1 %.3f, time atsmatch %s pdftotext %s ratio %.2f\n",
		files, fails, p, r, f, ms(oursT), ms(refT), ratio(oursT, refT))
}
