// Package match is the fourth pipeline stage: it finds dictionary terms in
// a token stream with a longest-match token trie, resolves aliases,
// acronyms and inflections, and applies context rules to ambiguous names.
//
// Matching runs in passes over one document:
//  1. view: Word tokens that no surface starts with are split where a
//     scraper or writer glued words (hyphen and slash compounds such as
//     "Kubernetes-based" or "AWS/GCP", case humps such as
//     "AzureTerraform"), so the pieces can match;
//  2. walk: longest match at each position over the trie, never crossing a
//     line or a Punct token the surface itself does not contain; a
//     multi-word surface matches spaced and hyphenated alike
//     ("machine-learning", "spring-boot", "front-end developer"). A glued
//     word whose pieces do not all match is put back whole and only its
//     lines are walked again;
//  3. context: ambiguous surfaces are confirmed by a qualifier, a version,
//     a list of confirmed skills (commas or, for capitalised names, only a
//     space: "Scala Java Go"), or their capitalisation mid-sentence, or
//     rejected with a reason. Capitals count only for a name whose
//     ordinary-word reading is lower case (Go, Swift, Excel): not for an
//     initialism (HR), a language (English), a soft skill (Research), a
//     common noun listed in lower case (monitoring), a word inside a
//     capitalised name ("Department of Research") or a team's name ("our
//     Go team"), or the verb ("Excel at building");
//  4. exclusions and negation: a surface next to one of its term's
//     not_before/not_after words ("PhD student" is a position, not the
//     degree) and a skill inside a negated requirement ("no Java
//     experience required", "German is not required") are not counted;
//  5. declared acronyms: "Domain-Driven Design (DDD)" makes later "DDD"
//     count as that term.
package match

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// How says which kind of surface form produced a match.
type How string

// Ways a term can match.
const (
	Exact           How = "exact"            // the canonical name
	Alias           How = "alias"            // a listed alias
	Acronym         How = "acronym"          // a listed acronym
	Inflection      How = "inflection"       // a listed inflection form
	DeclaredAcronym How = "declared-acronym" // an acronym the document itself defined: "Domain-Driven Design (DDD)"
	Glued           How = "glued"            // found inside words run together by a scraper ("AzureTerraform")
)

// Match is one occurrence of a term.
type Match struct {
	TermID     string
	Start, End int // byte offsets into the text
	Line       int // 1-based
	Surface    string
	How        How
	// Rule is why an ambiguous surface counted ("counted: listed with
	// Python, Rust"), nil for any other. A pointer into one array per
	// Result: score copies every Match per term, so a Match stays small.
	Rule *Rule
}

// Rejection is a hit that was not counted, and why: an ambiguous surface
// no context confirmed, a surface next to one of its term's NotBefore or
// NotAfter words, or a skill inside a negated requirement ("no Java
// experience required").
type Rejection struct {
	TermID     string
	Start, End int
	Line       int
	Surface    string
	Rule       *Rule // why, never nil: "ignored: lowercase 'go' reads as an ordinary word"
}

// Result is everything found in one document.
type Result struct {
	Matches  []Match     // in text order
	Rejected []Rejection // in text order
}

// entry is one surface of one term at a trie node.
type entry struct {
	term      int32
	how       How
	ambiguous bool
	texts     []string // acronyms: the token Texts that must appear exactly
	cased     []string // ambiguous surfaces: the capitalisation that counts without a qualifier
	letter    bool     // a single-letter surface (R, C, D): never counted by case alone
	common    bool     // listed in lower case although written capitalised ("monitoring" for Monitoring): capitals are no evidence
}

// Trie edges live in one map keyed by (node, word id): a map per node
// would cost an allocation per node at Compile time, and integer keys
// hash faster than strings while matching.
func edgeKey(from, word int32) uint64 { return uint64(uint32(from))<<32 | uint64(uint32(word)) }

// wordInfo is a surface word's id in the trie edges and its flags.
type wordInfo struct {
	id    int32
	flags uint8
}

type node struct {
	entries []entry
}

// Matcher is a dictionary compiled for matching; safe for concurrent use.
type Matcher struct {
	dict  *keywords.Dict
	nodes []node // nodes[0] is the root
	edges map[uint64]int32
	// words flags every token Norm of a surface: wordKnown ones are never
	// split ("beta-gamma" stays whole inside "zeta beta-gamma"), and glued
	// words are cut only into wordClear pieces (from non-ambiguous surfaces).
	words   map[string]wordInfo
	context [][][]string // per term: context phrases as Norm sequences
	// Per term, the phrases (Norm sequences) after or before which its
	// surfaces are not the skill (Term.NotBefore, Term.NotAfter); few terms
	// have any, so maps.
	notBefore, notAfter map[int32][][]string
}

// vtok is a token of the matching view: a real token or a piece of one.
type vtok struct {
	tokenize.Token
	wid    int32 // word id in the trie, 0 when no surface has this word
	glued  int32 // 1+index of the glued token this piece came from, or 0
	hyphen bool  // a piece of a hyphen compound ("Go" in "Go-to-market")
}

// cand is a trie hit on the view, before context rules.
type cand struct {
	i, j int // view token range [i, j)
	e    entry
	ok   bool // counted
	// rule is why it counted (none for an unambiguous hit) or, when not
	// ok, why not; none while undecided. One field, not two: cand is
	// copied and grown with every hit.
	rule Rule
}

// rejected reports a hit a rule un-counted.
func (c *cand) rejected() bool { return !c.ok && c.rule.ID != NoRule }

// decided reports a hit counted or rejected.
func (c *cand) decided() bool { return c.ok || c.rule.ID != NoRule }

// Match finds terms in toks, which Tokenize produced from text.
func (m *Matcher) Match(text string, toks []tokenize.Token) Result {
	if m == nil || len(m.nodes) == 0 {
		return Result{}
	}
	view, gluedCount := m.view(toks, nil)
	// Room for a hit every four tokens, more than prose holds (a résumé:
	// one in seven), so most documents never grow the slice.
	cands := m.walk(view, 0, len(view), make([]cand, 0, len(view)/4))
	if gluedCount > 0 {
		// A glued word counts only if every piece became a non-ambiguous match.
		if bad := m.badGlued(view, cands, gluedCount); len(bad) > 0 {
			view, cands = m.unglue(toks, view, cands, bad)
		}
	}
	m.confirm(view, cands)
	// After declared: a bare use of a declared acronym is a skill hit like
	// any other ("No DDD experience required").
	cands = m.declared(view, cands)
	negate(view, cands)

	// Sized once: a résumé has hundreds of hits, and growing the slices
	// by appending costs allocations and copies of every Match.
	var res Result
	ok, ruled := 0, 0
	for k := range cands {
		if cands[k].ok {
			ok++
		}
		if cands[k].rule.ID != NoRule {
			ruled++
		}
	}
	if ok > 0 {
		res.Matches = make([]Match, 0, ok)
	}
	if n := len(cands) - ok; n > 0 {
		res.Rejected = make([]Rejection, 0, n)
	}
	var rules []Rule // never grown: the pointers into it stay valid
	if ruled > 0 {
		rules = make([]Rule, 0, ruled)
	}
	for _, c := range cands {
		var rule *Rule
		if c.rule.ID != NoRule {
			rules = append(rules, c.rule)
			rule = &rules[len(rules)-1]
		}
		start, end := view[c.i].Start, view[c.j-1].End
		id := m.dict.Terms[c.e.term].ID
		if c.ok {
			how := c.e.how
			for k := c.i; k < c.j; k++ {
				if view[k].glued > 0 {
					how = Glued
				}
			}
			res.Matches = append(res.Matches, Match{TermID: id, Start: start, End: end, Line: view[c.i].Line, Surface: text[start:end], How: how, Rule: rule})
		} else {
			res.Rejected = append(res.Rejected, Rejection{TermID: id, Start: start, End: end, Line: view[c.i].Line, Surface: text[start:end], Rule: rule})
		}
	}
	return res
}

// walk appends to out the longest match at each position of view[from:to],
// left to right.
func (m *Matcher) walk(view []vtok, from, to int, out []cand) []cand {
	for i := from; i < to; {
		if view[i].Kind == tokenize.Punct {
			i++
			continue
		}
		best := span{j: -1}
		m.extend(view, i, i, 0, &best)
		if best.j < 0 {
			i++
			continue
		}
		out = append(out, cand{i: i, j: best.j, e: best.e})
		i = best.j
	}
	return out
}

// unglue puts the glued tokens in bad back whole (as view(toks, bad)
// would build them) and walks again only the lines that hold one: a match
// never crosses a line, so the candidates on every other line stand.
func (m *Matcher) unglue(toks []tokenize.Token, view []vtok, cands []cand, bad map[int]bool) ([]vtok, []cand) {
	nv := make([]vtok, 0, len(view))
	at := make([]int, len(view)+1) // old view index → new one
	redo := map[int]bool{}         // lines to walk again
	for k := 0; k < len(view); k++ {
		at[k] = len(nv)
		g := int(view[k].glued)
		if g == 0 || !bad[g] {
			nv = append(nv, view[k])
			continue
		}
		redo[view[k].Line] = true
		nv = append(nv, vtok{Token: toks[g-1]})
		for k+1 < len(view) && int(view[k+1].glued) == g {
			k++
			at[k] = len(nv) - 1
		}
	}
	at[len(view)] = len(nv)
	out := make([]cand, 0, len(cands))
	ci := 0
	for i := 0; i < len(nv); {
		line := nv[i].Line
		j := i + 1
		for j < len(nv) && nv[j].Line == line {
			j++
		}
		if redo[line] {
			out = m.walk(nv, i, j, out)
		}
		for ; ci < len(cands) && at[cands[ci].i] < j; ci++ {
			if !redo[line] {
				c := cands[ci]
				c.i, c.j = at[c.i], at[c.j]
				out = append(out, c)
			}
		}
		i = j
	}
	return nv, out
}

// span is the longest match found so far from one start.
type span struct {
	j int
	e entry
}

// extend follows the trie from node n over view[j:], all tokens on the line
// of view[i], recording in best the longest match that starts at i. A
// multi-word surface matches its hyphenated and spaced spellings alike:
// the '-' inside a split compound ("machine-learning" → machine - learning)
// is stepped over, and a hyphenated word kept whole ("front-end") may also
// walk as its parts ("front end developer").
func (m *Matcher) extend(view []vtok, i, j int, n int32, best *span) {
	for ; j < len(view) && view[j].Line == view[i].Line; j++ {
		v := &view[j]
		if v.wid == 0 {
			if j > i && hyphenGap(view, j) {
				continue
			}
			return
		}
		nx, ok := m.edges[edgeKey(n, v.wid)]
		if strings.IndexByte(v.Norm, '-') > 0 {
			if np, okp := m.stepParts(n, v.Norm); okp {
				// Two ways on: the whole word first, so it wins ties.
				if ok {
					m.found(view, i, j, nx, best)
					m.extend(view, i, j+1, nx, best)
				}
				m.found(view, i, j, np, best)
				m.extend(view, i, j+1, np, best)
				return
			}
		}
		if !ok {
			return
		}
		n = nx
		m.found(view, i, j, n, best)
	}
}

// found records the match view[i:j+1] ending at node n if it is longer.
func (m *Matcher) found(view []vtok, i, j int, n int32, best *span) {
	if j+1 <= best.j {
		return
	}
	if e, ok := m.pick(n, view[i:j+1]); ok {
		best.j, best.e = j+1, e
	}
}

// stepParts follows the trie from n over the hyphen-separated parts of w.
func (m *Matcher) stepParts(n int32, w string) (int32, bool) {
	for w != "" {
		p := w
		if k := strings.IndexByte(w, '-'); k >= 0 {
			p, w = w[:k], w[k+1:]
		} else {
			w = ""
		}
		wi, ok := m.words[p]
		if !ok {
			return 0, false
		}
		if n, ok = m.edges[edgeKey(n, wi.id)]; !ok {
			return 0, false
		}
	}
	return n, true
}

// hyphenGap reports a '-' between two pieces of one split compound.
func hyphenGap(view []vtok, j int) bool {
	v := view[j]
	return v.hyphen && v.Kind == tokenize.Punct && v.Text == "-" && j+1 < len(view) &&
		view[j+1].Start == v.End && view[j-1].End == v.Start
}

// pick returns the first entry at node n the tokens satisfy (acronyms
// need their exact case).
func (m *Matcher) pick(n int32, toks []vtok) (entry, bool) {
	for _, e := range m.nodes[n].entries {
		if e.texts != nil && !sameTexts(e.texts, toks) {
			continue
		}
		return e, true
	}
	return entry{}, false
}

func sameTexts(want []string, toks []vtok) bool {
	if len(want) != len(toks) {
		return false
	}
	for i := range want {
		if want[i] != toks[i].Text {
			return false
		}
	}
	return true
}
