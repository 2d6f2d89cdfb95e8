package market

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// Tally sums postings up as they come ([Tally.Add]); [Tally.Result] reads
// the sums. Memory grows with the distinct terms and wordings, not with the
// postings. Not safe for concurrent use.
type Tally struct {
	resume string // the resume's name; "" without one
	jobs   int
	failed []report.FileError
	terms  map[string]*termTally // by term ID
}

// termTally is one term's sums over the postings.
type termTally struct {
	name, kind, category string
	postings, required   int
	alternative, unmet   int
	shown                bool
	wordings             map[string]*wording // by folded wording
	alternatives         map[string]int      // other members' names: postings
}

// wording is one way postings write a term, whatever the case: in how
// many postings, and each case as written with its postings.
type wording struct {
	postings int
	forms    map[string]int
}

// NewTally starts a tally; resume is the resume's name, "" when there is
// none (the postings' Met and Shown are then not read).
func NewTally(resume string) *Tally {
	return &Tally{resume: resume, terms: map[string]*termTally{}}
}

// Jobs is the number of postings read so far; Failed the ones that could
// not be.
func (t *Tally) Jobs() int   { return t.jobs }
func (t *Tally) Failed() int { return len(t.failed) }

// inPosting is one term's reading in one posting, over all its asks: a
// posting counts once per term however often it names it.
type inPosting struct {
	term     Term
	alone    bool // named on its own or as a head in some ask
	required bool // some such ask is required
	unmet    bool // some ask naming it is not met
	shown    bool
	wordings []string
	alts     []string
}

// Add counts one posting: a posting that could not be read is listed in
// the result's failed postings and counts in nothing else.
func (t *Tally) Add(p Posting) {
	if p.Error != nil {
		t.failed = append(t.failed, *p.Error)
		return
	}
	t.jobs++
	seen := map[string]*inPosting{}
	var order []*inPosting
	for _, a := range p.Asks {
		for _, tm := range a.Terms {
			ip := seen[tm.ID]
			if ip == nil {
				ip = &inPosting{term: tm}
				seen[tm.ID] = ip
				order = append(order, ip)
			}
			ip.wordings = append(ip.wordings, tm.Wordings...)
			ip.shown = ip.shown || tm.Shown
			ip.unmet = ip.unmet || !a.Met
			if !tm.Alternative {
				ip.alone = true
				ip.required = ip.required || a.Required
				continue
			}
			for _, o := range a.Terms {
				if o.ID != tm.ID && o.Alternative {
					ip.alts = append(ip.alts, o.Name)
				}
			}
		}
	}
	for _, ip := range order {
		t.add(ip)
	}
}

// add adds one posting's reading of a term to its sums.
func (t *Tally) add(ip *inPosting) {
	tt := t.terms[ip.term.ID]
	if tt == nil {
		tt = &termTally{name: ip.term.Name, kind: ip.term.Kind, category: ip.term.Category,
			wordings: map[string]*wording{}, alternatives: map[string]int{}}
		t.terms[ip.term.ID] = tt
	}
	tt.postings++
	if ip.required {
		tt.required++
	}
	if !ip.alone {
		tt.alternative++
	}
	if t.resume != "" {
		tt.shown = tt.shown || ip.shown
		if ip.unmet {
			tt.unmet++
		}
	}
	for _, name := range distinct(ip.alts, func(s string) string { return s }) {
		tt.alternatives[name]++
	}
	for _, form := range distinct(ip.wordings, fold) {
		key := fold(form)
		w := tt.wordings[key]
		if w == nil {
			w = &wording{forms: map[string]int{}}
			tt.wordings[key] = w
		}
		w.postings++
		w.forms[tidy(form)]++
	}
}

// distinct keeps the first of each key in ss.
func distinct(ss []string, key func(string) string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		k := key(s)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// tidy is a wording with its spaces made one ("front  end" and a wording
// wrapped onto the next line read as "front end").
func tidy(s string) string { return strings.Join(strings.Fields(s), " ") }

// fold is the key of a wording: "Python" and "python" are one wording.
func fold(s string) string { return strings.ToLower(tidy(s)) }
