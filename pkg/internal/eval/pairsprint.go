package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// runPairs evaluates the recruiter pairs under shared and prints a table
// per pair and the totals; with detail, first every ask's verdict.
func runPairs(shared string, detail bool, w io.Writer) error {
	dir := filepath.Join(shared, "data", "recruiter-pairs")
	if _, err := os.Stat(dir); err != nil {
		fmt.Fprintf(w, "\nrecruiter pairs: skipped (%v)\n", err)
		return nil
	}
	ps, err := loadPairs(dir)
	if err != nil {
		return err
	}
	a, err := newPairsAnalyzer()
	if err != nil {
		return err
	}
	rs, err := evalPairs(a, dir, ps)
	if err != nil {
		return err
	}
	if detail {
		printPairsDetail(w, rs)
	}
	printPairs(w, rs)
	return nil
}

// pairsTotals sums the pairs, judged one way.
func pairsTotals(rs []pairResult, j judgement) (judged, all tally) {
	for _, r := range rs {
		judged.plus(r.By[j].Tally)
		all.plus(r.By[j].All)
	}
	return judged, all
}

// yearsAsks counts the asks left out as years of experience.
func yearsAsks(rs []pairResult) int {
	n := 0
	for _, r := range rs {
		for _, e := range r.Exp.Exps {
			if e.Years {
				n++
			}
		}
	}
	return n
}

// printPairs prints one line per pair (judged by name or surface), the
// totals both ways, the band hits and the rank agreement of the scores.
func printPairs(w io.Writer, rs []pairResult) {
	years := yearsAsks(rs)
	fmt.Fprintf(w, "\n== recruiter pairs (%d): the report's verdicts against a recruiter's, term by term (data/recruiter-pairs/README.md)\n", len(rs))
	fmt.Fprintf(w, "as of %s; a reported term meets an ask when its name or a surface of its job evidence matches the ask's pattern; the %d years-of-experience asks are judged by the experience status (met present, below missing) and kept out of the first totals\n", pairsAsOf, years)
	fmt.Fprintf(w, "%-34s %5s %-6s %7s | %7s %7s %8s %11s %6s\n", "pair", "score", "band", "vs band", "present", "missing", "alt miss", "boilerplate", "silent")
	var scores, mids []float64
	inBand := 0
	dist := 0.0
	for _, r := range rs {
		t := r.By[nameOrSurface].Tally
		off := bandOffset(r.Out.Score, r.Exp.Band)
		vs := "in"
		if off != 0 {
			vs = fmt.Sprintf("%+.1f", off)
		} else {
			inBand++
		}
		dist += math.Abs(off)
		scores = append(scores, r.Out.Score)
		mids = append(mids, (r.Exp.Band[0]+r.Exp.Band[1])/2)
		fmt.Fprintf(w, "%-34s %5.1f %-6s %7s | %7s %7s %8d %11d %6d\n", r.Exp.Name, r.Out.Score,
			fmt.Sprintf("%g-%g", r.Exp.Band[0], r.Exp.Band[1]), vs,
			fmt.Sprintf("%d/%d", t.Present, t.Expected), fmt.Sprintf("%d/%d", t.Absent, t.Lacking),
			t.AltMissing, t.Boilerplate, t.Silent)
	}
	for _, j := range []judgement{nameOrSurface, namesOnly} {
		t, _ := pairsTotals(rs, j)
		fmt.Fprintf(w, "total, %-16s present %d/%d (%s), missing %d/%d (%s), alternatives reported missing %d, boilerplate %d, silent %d/%d (%s",
			j.String()+":", t.Present, t.Expected, pct(t.Present, t.Expected), t.Absent, t.Lacking, pct(t.Absent, t.Lacking),
			t.AltMissing, t.Boilerplate, t.Silent, t.Expected+t.Lacking, pct(t.Silent, t.Expected+t.Lacking))
		if j == nameOrSurface {
			fmt.Fprintf(w, "; %d seen, a rule ignored them", silentIgnored(rs))
		}
		fmt.Fprintf(w, "); false present %d, false missing %d\n", t.FalsePresent, t.FalseMissing)
	}
	_, sa := pairsTotals(rs, nameOrSurface)
	_, na := pairsTotals(rs, namesOnly)
	fmt.Fprintf(w, "with the %d years asks: name or surface present %d/%d (%s), missing %d/%d (%s); names only present %d/%d (%s), missing %d/%d (%s)\n",
		years, sa.Present, sa.Expected, pct(sa.Present, sa.Expected), sa.Absent, sa.Lacking, pct(sa.Absent, sa.Lacking),
		na.Present, na.Expected, pct(na.Present, na.Expected), na.Absent, na.Lacking, pct(na.Absent, na.Lacking))
	yp, ye, ya, yl := yearsTally(rs)
	fmt.Fprintf(w, "years asks by the experience status: present %d/%d, missing %d/%d\n", yp, ye, ya, yl)
	fmt.Fprintf(w, "score in band: %d/%d, mean distance %.1f; Spearman of the scores with the band midpoints: %.3f\n",
		inBand, len(rs), dist/float64(max(len(rs), 1)), spearman(scores, mids))
	in, d, sp := bandFit(rs, func(r pairResult) float64 { return r.Out.TermsOnly })
	fmt.Fprintf(w, "terms only (title, education and experience left out of the score): in band %d/%d, mean distance %.1f, Spearman %.3f\n",
		in, len(rs), d, sp)
}

// yearsTally counts the years asks judged present of the matched list and
// missing of the missing list (name or surface).
func yearsTally(rs []pairResult) (present, expected, absent, lacking int) {
	for _, r := range rs {
		for _, jd := range r.By[nameOrSurface].Judged {
			if !jd.Exp.Years {
				continue
			}
			switch jd.Exp.List {
			case listMatched:
				expected++
				if jd.State == Present {
					present++
				}
			case listMissing:
				lacking++
				if jd.State == Absent {
					absent++
				}
			}
		}
	}
	return present, expected, absent, lacking
}

// bandFit is how well the scores score gives agree with the bands: pairs
// in band, mean distance, Spearman with the band midpoints.
func bandFit(rs []pairResult, score func(pairResult) float64) (in int, dist, sp float64) {
	var scores, mids []float64
	for _, r := range rs {
		off := bandOffset(score(r), r.Exp.Band)
		if off == 0 {
			in++
		}
		dist += math.Abs(off)
		scores = append(scores, score(r))
		mids = append(mids, (r.Exp.Band[0]+r.Exp.Band[1])/2)
	}
	return in, dist / float64(max(len(rs), 1)), spearman(scores, mids)
}

// pct is n/d as a whole percentage.
func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(d))
}

// silentIgnored counts judged SILENT asks (name or surface) whose pattern
// matches a job word a rule ignored: seen, then not counted.
func silentIgnored(rs []pairResult) int {
	n := 0
	for _, r := range rs {
		for _, jd := range r.By[nameOrSurface].Judged {
			if jd.State == Silent && jd.Exp.List != listAlt && !jd.Exp.Years && len(ignoredFor(jd.Exp.Rx, r.Out)) > 0 {
				n++
			}
		}
	}
	return n
}

// ignoredFor lists the ignored job words whose term or surface rx matches.
func ignoredFor(rx *pyRegexp, out toolOutput) []ignoredWord {
	var ws []ignoredWord
	for _, iw := range out.Ignored {
		if rx.search(iw.Term) || rx.search(iw.Surface) {
			ws = append(ws, iw)
		}
	}
	return ws
}

// printPairsDetail lists, per pair, every ask with its verdict (judged by
// name or surface; the names-only state follows when it differs), the
// terms that met it, the never_count violations and the terms no ask
// judges. Lines start with the pair number, so grep can pick them.
func printPairsDetail(w io.Writer, rs []pairResult) {
	fmt.Fprintf(w, "\n== recruiter pairs, every ask: pair, verdict (ok, wrong, neutral; years-ok, years-wrong: a years ask judged by the experience status), list, state, ask, the reported terms that met it\n")
	for _, r := range rs {
		nn, _, _ := strings.Cut(r.Exp.Name, "-")
		off := bandOffset(r.Out.Score, r.Exp.Band)
		where := "in band"
		if off != 0 {
			where = fmt.Sprintf("%+.1f", off)
		}
		fmt.Fprintf(w, "-- %s: score %.1f, band %g-%g (%s)\n", r.Exp.Name, r.Out.Score, r.Exp.Band[0], r.Exp.Band[1], where)
		byName := r.By[namesOnly].Judged
		for i, jd := range r.By[nameOrSurface].Judged {
			v := verdict(jd.Exp.List, jd.State)
			if jd.Exp.Years {
				v = "years-" + v
			}
			list := jd.Exp.List
			if list == listAlt {
				list = "alt"
			}
			tail := []string{hitsString(jd.Hits)}
			if s := byName[i].State; s != jd.State {
				tail = append(tail, fmt.Sprintf("[names only: %s]", s))
			}
			if jd.State == Silent {
				for _, iw := range ignoredFor(jd.Exp.Rx, r.Out) {
					tail = append(tail, fmt.Sprintf("(job %q as %s, %s)", iw.Surface, iw.Term, iw.Rule))
				}
			}
			line := fmt.Sprintf("%s %-7s %-7s %-7s %-44s %s", nn, v, list, jd.State, jd.Exp.Display, strings.TrimSpace(strings.Join(tail, " ")))
			fmt.Fprintln(w, strings.TrimRight(line, " "))
		}
		for _, v := range r.By[nameOrSurface].NeverCount {
			fmt.Fprintf(w, "%s never_count: %s matches %q\n", nn, hitsString([]hit{{v.Term, v.Missing, v.Via}}), v.Pattern)
		}
		var un []string
		for _, t := range r.By[nameOrSurface].Unjudged {
			un = append(un, t.Name)
		}
		if len(un) > 0 {
			fmt.Fprintf(w, "%s unjudged: %s\n", nn, strings.Join(un, ", "))
		}
	}
}

// hitsString writes hits as `matched Java, missing Kubernetes ("k8s")`.
func hitsString(hs []hit) string {
	var parts []string
	for _, h := range hs {
		s := "matched " + h.Term
		if h.Missing {
			s = "missing " + h.Term
		}
		if h.Via != "" {
			s += fmt.Sprintf(" (%q)", h.Via)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}
