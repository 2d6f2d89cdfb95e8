package score

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/groups"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// ask is one job requirement before the verdict: a term named on its own,
// or a requirement group.
type ask struct {
	term *keywords.Term // a term on its own; nil for a group
	// A group: its members in job order, the open list's head or kind.
	members    []*keywords.Term
	head, kind *keywords.Term
	open       bool

	job         []match.Match
	anyRequired bool
	allPr       bool
	required    match.Match // the first occurrence on a Required line
	count       int         // mentions of the term, statements of the group
	weight      float64     // the dictionary weight: a group's strongest member's
}

// add counts one job occurrence with its role.
func (a *ask) add(m match.Match, role sections.Role) {
	a.job = append(a.job, m)
	if role == sections.Required && !a.anyRequired {
		a.required = m
	}
	a.anyRequired = a.anyRequired || role == sections.Required
	a.allPr = a.allPr && role == sections.Preferred
}

// name is the term an ask is reported under when nothing met it: the term,
// the group's head, else its first member.
func (a *ask) name() *keywords.Term {
	switch {
	case a.term != nil:
		return a.term
	case a.head != nil:
		return a.head
	}
	return a.members[0]
}

// jobAsks reads the job's asks in text order: its requirement groups,
// each once however often the job states it, and each term with an
// occurrence outside every group. A group stated as a requirement also
// takes its members' mentions outside every requirement ([groups.Attach]). Occurrences on ignored lines and
// sentences do not count.
func jobAsks(d *keywords.Dict, job Doc) []*ask {
	terms := Lookup(d, job.Matches)
	roleAt := job.Roles()
	// counted shares job.Matches until one is left out: a copy costs 80
	// bytes a match.
	counted, copied := job.Matches, false
	roles := make([]sections.Role, 0, len(job.Matches))
	for i, m := range job.Matches {
		role := sections.Ignored
		if _, ok := terms[m.TermID]; ok {
			role = roleAt(m.Line, m.Start)
		}
		if role == sections.Ignored {
			if !copied {
				counted, copied = slices.Clone(job.Matches[:i]), true
			}
			continue
		}
		if copied {
			counted = append(counted, m)
		}
		roles = append(roles, role)
	}
	// Each counted occurrence goes to one ask: askOf holds 1 + its index.
	// The occurrences then fill one array, each ask its own part of it, so
	// no ask's list grows by appending.
	asks := make([]*ask, 0, 16)
	askOf := make([]int32, len(counted))
	if gs := groups.Detect(d, strings.Join(job.Lines, "\n"), counted); len(gs) > 0 {
		byKey := map[string]int32{}
		ks := make([]int32, len(gs)) // the ask of each group, 0 for none
		for g, grp := range gs {
			key := groupKey(grp)
			k, ok := byKey[key]
			if !ok {
				a := groupAsk(d, terms, grp)
				if a == nil {
					continue
				}
				asks = append(asks, a)
				k = int32(len(asks))
				byKey[key] = k
			}
			ks[g] = k
			asks[k-1].count++
			for _, i := range grp.Matches {
				askOf[i] = k
			}
		}
		// A requirement group decides for its members: their mentions
		// outside any requirement (duties, stack statements) are its.
		hows := mentions(job, counted, roles)
		how := func(i int) groups.Mention { return hows[i] }
		for i, g := range groups.Attach(d, gs, counted, how) {
			if g >= 0 && askOf[i] == 0 && ks[g] != 0 {
				askOf[i] = ks[g]
				asks[ks[g]-1].count++
			}
		}
	}
	byID := map[string]int32{}
	for i, m := range counted {
		if askOf[i] != 0 {
			continue
		}
		k, ok := byID[m.TermID]
		if !ok {
			t := terms[m.TermID]
			asks = append(asks, &ask{term: t, allPr: true, weight: termWeight(t)})
			k = int32(len(asks))
			byID[m.TermID] = k
		}
		asks[k-1].count++
		askOf[i] = k
	}
	n := make([]int, len(asks))
	for _, k := range askOf {
		n[k-1]++
	}
	all := make([]match.Match, 0, len(counted))
	for k, a := range asks {
		a.job = all[len(all) : len(all) : len(all)+n[k]]
		all = all[:len(all)+n[k]]
	}
	for i, m := range counted {
		asks[askOf[i]-1].add(m, roles[i])
	}
	return asks
}

// mentions says how the job states each counted occurrence, for
// [groups.Attach]: asked in a requirement or preference, in a stack
// statement, or else in a duty or description.
func mentions(job Doc, counted []match.Match, roles []sections.Role) []groups.Mention {
	out := make([]groups.Mention, len(counted))
	starts := lineStarts(job.Lines)
	for i, m := range counted {
		switch {
		case roles[i] == sections.Required || roles[i] == sections.Preferred:
			out[i] = groups.Asked
		case m.Line >= 1 && m.Line <= len(job.Lines) && sections.StackAt(job.Lines[m.Line-1], m.Start-starts[m.Line-1]):
			out[i] = groups.Stack
		default:
			out[i] = groups.Duty
		}
	}
	return out
}

// groupAsk makes the ask of a group, nil if a term it names is unknown.
func groupAsk(d *keywords.Dict, terms map[string]*keywords.Term, g groups.Group) *ask {
	a := &ask{open: g.Open, allPr: true}
	for _, id := range g.Members {
		t := terms[id]
		if t == nil {
			return nil
		}
		a.members = append(a.members, t)
		a.weight = max(a.weight, termWeight(t))
	}
	if g.Head != "" {
		if a.head = terms[g.Head]; a.head == nil {
			return nil
		}
		a.weight = max(a.weight, termWeight(a.head))
	}
	if g.Kind != "" && d != nil {
		if t, ok := d.Term(g.Kind); ok {
			a.kind = t
		}
	}
	return a
}

// groupKey is the same for every statement of one group: the same head,
// kind, openness and members, in any order.
func groupKey(g groups.Group) string {
	var b strings.Builder
	b.WriteString(g.Head)
	b.WriteByte(0)
	b.WriteString(g.Kind)
	if g.Open {
		b.WriteString("\x00open")
	}
	members := slices.Clone(g.Members)
	slices.Sort(members) // "Kafka or RabbitMQ" is "RabbitMQ or Kafka"
	for _, m := range members {
		b.WriteByte(0)
		b.WriteString(m)
	}
	return b.String()
}
