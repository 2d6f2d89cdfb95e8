// Command eval measures extraction accuracy; it is the evaluation harness
// of the whole pipeline, not a stage. It runs the library stages
// (keywords.Default, textnorm.Normalize, tokenize.Tokenize, match) on:
//
//  1. seed 000 (<shared>/seeds/000_*.txt): the posting's own trailing
//     "Applicant Tracking System Keywords" gold lists against extraction
//     from the text above them;
//  2. SkillSpan train and dev (<shared>/data/skillspan/*.json): hard hits
//     against tags_knowledge spans and soft hits against tags_skill spans,
//     loose (overlap) and strict (exact span) precision/recall/F1, raw and
//     "as scored": without the hits on lines sections.Job ignores
//     (benefits, "about us", ...), as the product counts job terms; with
//     the gold spans on such lines, which the product cannot find;
//  3. breadth: distinct hard skills per resume in each job family of
//     <shared>/data/pdf/kaggle-sample;
//  4. a relevance proxy on the same resumes: each one as the job, the
//     others ranked by the product's score (ats.Rank), and the share of
//     the top nine from the job's own family;
//  5. `atsmatch check` (checks.go): how many kaggle-sample resumes have
//     each finding, and what each shared document reads as (resume, job
//     posting, cover letter, other);
//  6. the recruiter pairs (<shared>/data/recruiter-pairs): 16 job and
//     resume pairs run through ats.Analyzer.Match as `atsmatch match`
//     does, each job ask judged against the report's matched and missing
//     terms as that folder's README defines, and each score against a
//     band (-pairs-detail lists every ask).
//
// Run it with `make eval`, which passes the shared data folder as -shared.
// Without the shared data it prints one "skipped" line and exits 0.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/textnorm"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

func main() {
	shared := flag.String("shared", "", "root of the shared data (seeds/, data/skillspan/)")
	falseHits := flag.String("false-hits", "", "also list every false hard hit and every ignored gold span of this SkillSpan split (train.json or dev.json) with its sentence")
	missed := flag.String("missed", "", "also list every gold knowledge span of this SkillSpan split (train.json or dev.json) that no hard hit overlaps, grouped by head word, with its sentence")
	pairsDetail := flag.Bool("pairs-detail", false, "also list every recruiter-pair ask with its verdict and the terms that met it")
	checksOnly := flag.Bool("checks", false, "run only the `atsmatch check` evaluation (findings and document kinds)")
	flag.Parse()
	if *shared == "" {
		fmt.Fprintln(os.Stderr, "usage: -shared DIR is required (make passes it)")
		os.Exit(2)
	}
	if _, err := os.Stat(*shared); err != nil {
		fmt.Printf("skipped: %s not found\n", *shared)
		return
	}
	if !*checksOnly {
		if err := run(*shared, listing{falseHits: *falseHits, missed: *missed}, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
	}
	if err := evalChecks(*shared, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval: check:", err)
		os.Exit(1)
	}
	if *checksOnly {
		return
	}
	// Last, so the pairs' totals end the output.
	if err := runPairs(*shared, *pairsDetail, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval: recruiter pairs:", err)
		os.Exit(1)
	}
}

// extractor bundles the compiled dictionary.
type extractor struct {
	dict *keywords.Dict
	m    *match.Matcher
}

// extract runs normalise → tokenize → match on text. The SkillSpan gold
// offsets refer to the raw text, so when normalising changes the length
// the raw text is matched instead (rare: SkillSpan is tokenised ASCII).
func (e *extractor) extract(text string) []match.Match {
	text = matchText(text)
	return e.m.Match(text, tokenize.Tokenize(text)).Matches
}

// matchText is the text extract matches: the normalised text when its
// offsets are the raw text's.
func matchText(text string) string {
	if n := textnorm.Normalize(text); len(n) == len(text) {
		return n
	}
	return text
}

// extractDoc runs normalise → tokenize → match as the product does, for
// documents whose offsets are not compared with gold spans.
func (e *extractor) extractDoc(text string) []match.Match {
	text = textnorm.Normalize(text)
	return e.m.Match(text, tokenize.Tokenize(text)).Matches
}

func (e *extractor) source(id string) string {
	if t, ok := e.dict.Term(id); ok {
		return t.Source
	}
	return ""
}

func (e *extractor) kind(id string) keywords.Kind {
	if t, ok := e.dict.Term(id); ok {
		return t.Kind
	}
	return ""
}

// listing names the SkillSpan splits ("" for none) whose false hard hits
// and whose missed knowledge spans are listed one per line.
type listing struct{ falseHits, missed string }

// run prints every evaluation, with the lists ls asks for.
func run(shared string, ls listing, w io.Writer) error {
	d, err := keywords.Default()
	if err != nil {
		return err
	}
	m, err := match.Default()
	if err != nil {
		return err
	}
	e := &extractor{d, m}
	hard := 0
	for _, t := range d.Terms {
		if t.Kind == keywords.Hard {
			hard++
		}
	}
	fmt.Fprintf(w, "dictionary %s: %d terms (%d hard, %d soft)\n\n", d.Version, d.Len(), hard, d.Len()-hard)
	seeds, _ := filepath.Glob(filepath.Join(shared, "seeds", "000_*.txt"))
	if len(seeds) > 0 {
		b, err := os.ReadFile(seeds[0])
		if err != nil {
			return err
		}
		evalSeed(e, filepath.Base(seeds[0]), string(b), w)
	} else {
		fmt.Fprintln(w, "seed 000: skipped (not found)")
	}
	for _, name := range []string{"train.json", "dev.json"} {
		p := filepath.Join(shared, "data", "skillspan", name)
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintf(w, "\nSkillSpan %s: skipped (%v)\n", name, err)
			continue
		}
		ps, err := readPostings(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		evalSkillSpan(e, name, ps, name == ls.falseHits, name == ls.missed, w)
	}
	fams := filepath.Join(shared, "data", "pdf", "kaggle-sample")
	if _, err := os.Stat(fams); err != nil {
		fmt.Fprintf(w, "\njob families: skipped (%v)\n", err)
		return nil
	}
	return evalFamilies(e, fams, w)
}

// evalSeed scores extraction from the seed body against its gold lists.
func evalSeed(e *extractor, name, text string, w io.Writer) {
	body, hardGold, softGold := parseSeed(text)
	var dictWords []string
	for _, t := range e.dict.Terms {
		dictWords = append(dictWords, t.Name)
		dictWords = append(dictWords, t.Aliases...)
	}
	vocab := vocabOf(append(dictWords, body)...)
	found := map[string]int{}
	for _, mt := range e.extract(body) {
		found[mt.TermID]++
	}
	fmt.Fprintf(w, "== seed %s\n", name)
	for _, g := range []struct {
		kind keywords.Kind
		list string
	}{{keywords.Hard, hardGold}, {keywords.Soft, softGold}} {
		gold := splitGlued(g.list, vocab)
		goldIDs := map[string]bool{}
		hit := 0
		fmt.Fprintf(w, "%s gold (%d):\n", g.kind, len(gold))
		for _, term := range gold {
			var ids []string
			for _, mt := range e.extract(term) {
				ids = append(ids, mt.TermID)
			}
			status, via := "missing", ""
			if len(ids) == 0 {
				status = "missing (no dictionary term)"
			}
			for _, id := range ids {
				goldIDs[id] = true
				if found[id] > 0 && via == "" {
					status, via = "found", id
				}
			}
			if via != "" {
				hit++
				status += " as " + via
			} else if len(ids) > 0 {
				status += " (term " + strings.Join(ids, ", ") + ")"
			}
			fmt.Fprintf(w, "  %-32s %s\n", term, status)
		}
		// Precision: extracted terms of this kind that a gold term names.
		var ext, good int
		for id := range found {
			if e.kind(id) == g.kind {
				ext++
				if goldIDs[id] {
					good++
				}
			}
		}
		p, r, f := prf(good, ext, hit, len(gold))
		fmt.Fprintf(w, "  %s: precision %.2f (%d/%d extracted terms are gold)  recall %.2f (%d/%d)  F1 %.2f\n", g.kind, p, good, ext, r, hit, len(gold), f)
	}
	fmt.Fprintln(w, "top extracted terms:")
	for _, c := range top(found, 20) {
		fmt.Fprintf(w, "  %4d  %s (%s)\n", c.Count, c.Word, e.kind(c.Word))
	}
}

// evalSkillSpan scores hard hits against knowledge spans and soft hits
// against skill spans.
func evalSkillSpan(e *extractor, name string, ps []*posting, listFalse, listMissed bool, w io.Writer) {
	hard, soft := newScores(), newScores()
	// A hard term met by a verb and its object ("analyse data" for Data
	// Analysis, rule phrase.verb-object) is a verb phrase, which SkillSpan
	// tags as a skill, never as knowledge: those hits are scored against
	// the skill spans, on their own row, and left out of the hard rows.
	phrases := newScores()
	hardTagged := newScores()
	// The hits the product counts as job terms: none on Ignored lines.
	hardScored, softScored := newScores(), newScores()
	var goldIgnored []ignoredGold
	falseWhere := map[string]int{}
	var falseList []string
	var missed []missedSpan
	// Hard precision per dictionary source, to judge imported data.
	bySource := map[string]*scores{}
	for _, p := range ps {
		var hp, sp, vp []span
		srcSpans := map[string][]span{}
		for _, mt := range e.extract(p.Text) {
			switch e.kind(mt.TermID) {
			case keywords.Hard:
				if mt.Rule != nil && mt.Rule.ID == match.PhraseVerbObject {
					vp = append(vp, span{mt.Start, mt.End})
					continue
				}
				hp = append(hp, span{mt.Start, mt.End})
				src := e.source(mt.TermID)
				srcSpans[src] = append(srcSpans[src], span{mt.Start, mt.End})
			case keywords.Soft:
				sp = append(sp, span{mt.Start, mt.End})
			}
		}
		for src, spans := range srcSpans {
			if bySource[src] == nil {
				bySource[src] = newScores()
			}
			bySource[src].add(p.Text, spans, p.Knowledge)
		}
		hard.add(p.Text, hp, p.Knowledge)
		soft.add(p.Text, sp, p.Skill)
		phrases.add(p.Text, vp, p.Skill)
		jl := classify(matchText(p.Text))
		hardScored.add(p.Text, jl.counted(hp), p.Knowledge)
		softScored.add(p.Text, jl.counted(sp), p.Skill)
		goldIgnored = append(goldIgnored, jl.ignoredSpans(p.Text, "knowledge", p.Knowledge)...)
		goldIgnored = append(goldIgnored, jl.ignoredSpans(p.Text, "skill", p.Skill)...)
		var tagged []span
		for _, h := range hp {
			line := p.lineOf(h.Start)
			if p.Tagged[line] {
				tagged = append(tagged, h)
			}
			if loose, _ := covered(h, p.Knowledge); loose {
				continue
			}
			where := "in a tagged sentence"
			switch {
			case line == 0:
				where = "in the first line (the job title)"
			case !p.Tagged[line]:
				where = "in a sentence with no tag at all"
			}
			falseWhere[where]++
			if listFalse {
				l := p.Lines[line]
				falseList = append(falseList, fmt.Sprintf("%-34.34s | %-20.20s | %s", where, strings.ToLower(p.Text[h.Start:h.End]), p.Text[l.Start:l.End]))
			}
		}
		hardTagged.add(p.Text, tagged, p.Knowledge)
		if listMissed {
			for _, g := range p.Knowledge {
				if loose, _ := covered(g, hp); !loose {
					l := p.Lines[p.lineOf(g.Start)]
					missed = append(missed, missedSpan{p.Text[g.Start:g.End], p.Text[l.Start:l.End]})
				}
			}
		}
	}
	fmt.Fprintf(w, "\n== SkillSpan %s: %d postings\n", name, len(ps))
	fmt.Fprintf(w, "%-26s %6s %6s | %-17s | %-17s | %s\n", "", "hits", "gold", "loose P / R / F1", "strict P / R / F1", "false hits")
	for _, r := range []struct {
		label string
		s     *scores
	}{
		{"hard vs tags_knowledge", hard}, {"soft vs tags_skill", soft}, {"hard, tagged sentences only", hardTagged},
		{"hard, job terms as scored", hardScored}, {"soft, job terms as scored", softScored},
		{"hard verb phrases vs skill", phrases},
	} {
		lp, lr, lf := prf(r.s.PredLoose, r.s.Pred, r.s.GoldLoose, r.s.Gold)
		sp, sr, sf := prf(r.s.PredStrict, r.s.Pred, r.s.GoldStrict, r.s.Gold)
		fmt.Fprintf(w, "%-26s %6d %6d | %.2f / %.2f / %.2f | %.2f / %.2f / %.2f | %d\n", r.label, r.s.Pred, r.s.Gold, lp, lr, lf, sp, sr, sf, r.s.Pred-r.s.PredLoose)
	}
	printIgnoredGold(w, goldIgnored, listFalse)
	fmt.Fprint(w, "false hard hits by sentence:")
	for _, c := range top(falseWhere, 3) {
		fmt.Fprintf(w, "  %d %s", c.Count, c.Word)
	}
	fmt.Fprintln(w)
	var srcs []string
	for src := range bySource {
		srcs = append(srcs, src)
	}
	slices.Sort(srcs)
	fmt.Fprint(w, "hard loose precision by source:")
	for _, src := range srcs {
		s := bySource[src]
		p, _, _ := prf(s.PredLoose, s.Pred, 0, 0)
		fmt.Fprintf(w, "  %s %.2f (%d/%d)", src, p, s.PredLoose, s.Pred)
	}
	fmt.Fprintln(w)
	for _, src := range srcs {
		if src != keywords.Curated {
			fmt.Fprintf(w, "most frequent false hard hits from %s:\n", src)
			printTop(w, top(bySource[src].FalseHits, 12))
		}
	}
	for _, r := range []struct {
		label string
		m     map[string]int
	}{
		{"most frequent false hard hits", hard.FalseHits},
		{"most frequent false soft hits", soft.FalseHits},
		{"most frequent missed knowledge spans", hard.MissedSpans},
		{"most frequent missed skill spans", soft.MissedSpans},
	} {
		fmt.Fprintf(w, "%s:\n", r.label)
		printTop(w, top(r.m, 30))
	}
	if listMissed {
		printMissed(w, missed)
	}
	if listFalse {
		fmt.Fprintf(w, "every false hard hit (%d): where | hit | sentence\n", len(falseList))
		for _, l := range falseList {
			fmt.Fprintln(w, "  "+l)
		}
	}
}

// printTop prints counted words three to a line.
func printTop(w io.Writer, cs []countedWord) {
	var cells []string
	for _, c := range cs {
		cells = append(cells, fmt.Sprintf("%4d %-28.28s", c.Count, c.Word))
	}
	for i := 0; i < len(cells); i += 3 {
		fmt.Fprintf(w, "  %s\n", strings.TrimRight(strings.Join(cells[i:min(i+3, len(cells))], "  "), " "))
	}
}

// printIgnoredGold says how many gold spans fall where the product ignores
// job terms, the most frequent reasons, and with list every one of them.
func printIgnoredGold(w io.Writer, gs []ignoredGold, list bool) {
	byKind := map[string]int{}
	byReason := map[string]int{}
	for _, g := range gs {
		byKind[g.Kind]++
		byReason[g.Reason]++
	}
	fmt.Fprintf(w, "gold spans the product ignores: %d (%d knowledge, %d skill)\n", len(gs), byKind["knowledge"], byKind["skill"])
	for _, c := range top(byReason, 6) {
		fmt.Fprintf(w, "  %4d %s\n", c.Count, c.Word)
	}
	if !list {
		return
	}
	slices.SortStableFunc(gs, func(a, b ignoredGold) int { return strings.Compare(a.Reason, b.Reason) })
	fmt.Fprintf(w, "every ignored gold span (%d): reason | kind | span | sentence\n", len(gs))
	for _, g := range gs {
		fmt.Fprintf(w, "  %-50.50s | %-9s | %-20.20s | %s\n", g.Reason, g.Kind, g.Text, g.Line)
	}
}
