package score

import (
	"cmp"
	"slices"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/shown"
)

// verdicts decides, for each ask, whether and how the resume meets it.
type verdicts struct {
	d      *keywords.Dict
	lines  []string
	direct map[string]int  // index in occ of every term an ask names
	occ    [][]match.Match // resume occurrences of each of those terms
	all    []match.Match

	// Built on first use: resume occurrences of every resume term; resume
	// terms by each term they imply, most mentioned first; the resume's
	// language.
	count    map[string]int
	narrower map[string][]*keywords.Term
	lang     *string

	// The soft skills the job asks for, and (built on first use) the
	// behaviours of the resume that show them.
	secs      []sections.Line
	soft      map[string]bool
	behaviour map[string][]shown.Evidence
}

func newVerdicts(d *keywords.Dict, resume Doc, asks []*ask) *verdicts {
	v := &verdicts{d: d, lines: resume.Lines, all: resume.Matches, secs: resume.Sections,
		direct: make(map[string]int, len(asks)), occ: make([][]match.Match, 0, len(asks))}
	need := func(t *keywords.Term) {
		if t == nil {
			return
		}
		if t.Kind == keywords.Soft {
			if v.soft == nil {
				v.soft = map[string]bool{}
			}
			v.soft[t.ID] = true
		}
		if _, ok := v.direct[t.ID]; !ok {
			v.direct[t.ID] = len(v.occ)
			v.occ = append(v.occ, nil)
		}
	}
	for _, a := range asks {
		need(a.term)
		need(a.head)
		for _, t := range a.members {
			need(t)
		}
	}
	// Two passes, so the occurrences fill one array without growing.
	of := make([]int32, len(resume.Matches)) // 1 + index in occ, 0 for none
	n := make([]int, len(v.occ))
	total := 0
	for j, m := range resume.Matches {
		if i, ok := v.direct[m.TermID]; ok {
			of[j] = int32(i + 1)
			n[i]++
			total++
		}
	}
	all := make([]match.Match, 0, total)
	for i := range v.occ {
		v.occ[i] = all[len(all) : len(all) : len(all)+n[i]]
		all = all[:len(all)+n[i]]
	}
	for j, m := range resume.Matches {
		if i := of[j]; i > 0 {
			v.occ[i-1] = append(v.occ[i-1], m)
		}
	}
	return v
}

// of is the resume occurrences of a term an ask names.
func (v *verdicts) of(t *keywords.Term) []match.Match {
	if i, ok := v.direct[t.ID]; ok {
		return v.occ[i]
	}
	return nil
}

// has reports whether the resume names t itself.
func (v *verdicts) has(t *keywords.Term) bool { return t != nil && len(v.of(t)) > 0 }

// verdict decides one ask: met by its own name, else (a group) by a
// member, else by a narrower resume term, else (a language) by the
// resume's language.
func (v *verdicts) verdict(a *ask) (tr TermResult) {
	tr = TermResult{Term: a.name(), Job: a.job, Open: a.open}
	if a.term != nil {
		t := a.term
		if v.has(t) {
			v.met(&tr, t, nil, "", nil)
		} else if n := v.implying(t); n != nil {
			v.met(&tr, t, n, Implied, impliedRule(n, t))
		} else if t.Category == spokenLanguage && namesLanguage(t, v.language()) {
			tr.Matched, tr.How, tr.Rule = true, Implied, languageRule(v.language())
		} else if ev := v.shown(t); ev != nil {
			v.metShown(&tr, t, ev)
		}
		return tr
	}
	defer func() {
		tr.Alternatives = others(a.members, tr.Term)
		tr.Head = tr.Term == a.head || tr.Term == a.kind
	}()
	if v.has(a.head) {
		v.met(&tr, a.head, nil, "", nil)
		return tr
	}
	for _, m := range a.members {
		if !v.has(m) {
			continue
		}
		if a.head != nil {
			v.met(&tr, a.head, m, Alternative, memberRule(m, a.head))
		} else {
			v.met(&tr, m, nil, "", nil)
		}
		return tr
	}
	for _, m := range a.members {
		if n := v.implying(m); n != nil {
			v.met(&tr, m, n, Implied, impliedRule(n, m))
			return tr
		}
	}
	for _, m := range append([]*keywords.Term{a.head}, a.members...) {
		if ev := v.shown(m); ev != nil {
			v.metShown(&tr, m, ev)
			return tr
		}
	}
	if !a.open {
		return tr
	}
	for _, k := range []*keywords.Term{a.head, a.kind} {
		if n := v.implying(k); k != nil && n != nil {
			v.met(&tr, k, n, Implied, equivalentRule(n, k, a.members))
			return tr
		}
	}
	return tr
}

// met records that by (or term itself, when by is nil) met the ask named
// term.
func (v *verdicts) met(tr *TermResult, term, by *keywords.Term, how match.How, rule *Rule) {
	tr.Matched, tr.Term, tr.SatisfiedBy, tr.How, tr.Rule = true, term, by, how, rule
	src := term
	if by != nil {
		src = by
	}
	if i, ok := v.direct[src.ID]; ok {
		ms := v.occ[i]
		tr.Resume = ms[:len(ms):len(ms)] // shared by a group and a term: never appended to
	} else {
		for _, m := range v.all {
			if m.TermID == src.ID {
				tr.Resume = append(tr.Resume, m)
			}
		}
	}
	tr.ResumeCount = len(tr.Resume)
}

// others are the members other than the ask's name, in job order.
func others(members []*keywords.Term, name *keywords.Term) []*keywords.Term {
	out := make([]*keywords.Term, 0, len(members))
	for _, m := range members {
		if m != name {
			out = append(out, m)
		}
	}
	return out
}

// implying returns the resume term that implies broad (through the
// dictionary's broader links, never the other way), the most mentioned
// first, then by name; nil when none does.
func (v *verdicts) implying(broad *keywords.Term) *keywords.Term {
	if broad == nil || v.d == nil {
		return nil
	}
	if v.narrower == nil {
		v.count = map[string]int{}
		for _, m := range v.all {
			v.count[m.TermID]++
		}
		v.narrower = map[string][]*keywords.Term{}
		for id := range v.count {
			t, ok := v.d.Term(id)
			if !ok || len(t.Broader) == 0 {
				continue
			}
			for _, b := range v.d.Ancestors(id) {
				v.narrower[b] = append(v.narrower[b], t)
			}
		}
		for _, ts := range v.narrower {
			slices.SortFunc(ts, func(x, y *keywords.Term) int {
				return cmp.Or(cmp.Compare(v.count[y.ID], v.count[x.ID]), cmp.Compare(x.Name, y.Name), cmp.Compare(x.ID, y.ID))
			})
		}
	}
	if ts := v.narrower[broad.ID]; len(ts) > 0 {
		return ts[0]
	}
	return nil
}

// language is the resume's language, told once.
func (v *verdicts) language() string {
	if v.lang == nil {
		l := resumeLanguage(v.lines)
		v.lang = &l
	}
	return *v.lang
}

// shown returns the resume's behaviours that show the soft skill t
// without naming it, nil for none or for a term that is no soft skill.
func (v *verdicts) shown(t *keywords.Term) []shown.Evidence {
	if t == nil || t.Kind != keywords.Soft {
		return nil
	}
	if v.behaviour == nil {
		v.behaviour = map[string][]shown.Evidence{}
		for _, e := range shown.Find(v.lines, v.secs, func(id string) bool { return v.soft[id] }) {
			v.behaviour[e.TermID] = append(v.behaviour[e.TermID], e)
		}
	}
	return v.behaviour[t.ID]
}

// metShown records that behaviours ev show the soft skill t: its resume
// evidence is their lines, its rule quotes the first.
func (v *verdicts) metShown(tr *TermResult, t *keywords.Term, ev []shown.Evidence) {
	tr.Matched, tr.Term, tr.SatisfiedBy, tr.How, tr.Rule = true, t, nil, Shown, shownRule(ev[0].Text, t)
	tr.Resume = make([]match.Match, len(ev))
	for i, e := range ev {
		tr.Resume[i] = match.Match{TermID: t.ID, Start: e.Start, End: e.End, Line: e.Line, Surface: e.Text, How: Shown}
	}
	tr.ResumeCount = len(tr.Resume)
}
