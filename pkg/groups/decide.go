package groups

import (
	"slices"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
)

// Mention is how the job states one occurrence of a term, for [Attach].
type Mention uint8

// How a job states an occurrence.
const (
	// Asked: in a requirement or a preference.
	Asked Mention = iota
	// Duty: outside any requirement: a duty, the role's description.
	Duty
	// Stack: in a statement of what the team works with ("we run on AWS:
	// S3, Lambda", "we use SAP"), wherever it stands.
	Stack
)

// Attach returns, for each match in ms (the matches given to [Detect]),
// the index in gs of the group whose ask it belongs to, or -1. A group's
// own occurrences are its. A requirement group (one with an Asked
// occurrence) decides for its members: where the job names a member only
// outside every requirement ("you will post invoices in SAP" beside "SAP
// FICO or Oracle Financials", "(we run on AWS: S3, Lambda)" beside "AWS or
// GCP"), the mention gives the environment of the same ask, not a second
// one, and joins the group. So does a broader term of a member in a duty
// (SAP for SAP FICO: the duty names the member's platform) and, in a
// stack statement, a narrower one too (S3 and Lambda for AWS: the
// platform's parts). A narrower term in a duty is a task of its own
// ("payment runs" beside "accounts payable experience"), and a term the
// job also asks for on its own stays its own term, with every mention.
//
// The group a mention joins is the first, in text order, that names its
// term (as a member or head), else the first with a member it relates to
// as above, else, in a stack statement, the first whose head it implies.
func Attach(d *keywords.Dict, gs []Group, ms []match.Match, how func(i int) Mention) []int {
	of := make([]int, len(ms))
	for i := range of {
		of[i] = -1
	}
	for g, grp := range gs {
		for _, i := range grp.Matches {
			if i >= 0 && i < len(ms) {
				of[i] = g
			}
		}
	}
	deciding := make([]bool, len(gs))
	decides := false
	for g, grp := range gs {
		for _, i := range grp.Matches {
			if i >= 0 && i < len(ms) && how(i) == Asked {
				deciding[g], decides = true, true
				break
			}
		}
	}
	if !decides {
		return of
	}
	// Terms asked for on their own keep every mention.
	own := map[string]bool{}
	for i, m := range ms {
		if of[i] < 0 && how(i) == Asked {
			own[m.TermID] = true
		}
	}
	for i, m := range ms {
		if of[i] >= 0 || own[m.TermID] {
			continue
		}
		if h := how(i); h != Asked {
			of[i] = environmentOf(d, gs, deciding, m.TermID, h == Stack)
		}
	}
	return of
}

// environmentOf is the deciding group a mention of the term id outside
// every requirement joins, or -1 (see [Attach]); stack is true for a
// mention in a stack statement.
func environmentOf(d *keywords.Dict, gs []Group, deciding []bool, id string, stack bool) int {
	for g, grp := range gs {
		if deciding[g] && (grp.Head == id || slices.Contains(grp.Members, id)) {
			return g
		}
	}
	if d == nil {
		return -1
	}
	for g, grp := range gs {
		if !deciding[g] {
			continue
		}
		for _, m := range grp.Members {
			if d.Implies(m, id) || stack && d.Implies(id, m) {
				return g
			}
		}
	}
	if !stack {
		return -1
	}
	// A head is the ask itself; a kind is only what the examples share,
	// too loose to take another term.
	for g, grp := range gs {
		if deciding[g] && grp.Head != "" && d.Implies(id, grp.Head) {
			return g
		}
	}
	return -1
}
