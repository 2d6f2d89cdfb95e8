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
//     Punct token the surface itself does not contain or a column gap
//     (three or more spaces, a spaced '|'); a multi-word surface matches
//     spaced and hyphenated alike ("machine-learning", "spring-boot",
//     "front-end developer"). A glued word whose pieces do not all match
//     is put back whole and only its lines are walked again.
//     Line wraps (wrap.go): a multi-word surface may span one line break
//     inside a paragraph, list item or table cell ("strategic" /
//     "thinking", "docker-" / "compose"). A cell is a run of a line
//     between column gaps (two or more spaces, a spaced '|'); a cell goes
//     on in the cell of the next line at its column (± 2 characters), the
//     last cell of a line also in the next line's first cell, so a
//     flattened two-column block is read down its columns. Never across a
//     blank line, into a bullet or a numbered item, from or into a heading
//     in capitals, after a separator or a sentence end (only '&' and a
//     hyphen breaking the word go on), nor from a short capitalised item
//     of a one-item-a-line list into a capitalised next line ("Sales" /
//     "Management"). A token a join continued into starts no other match,
//     and the join is then read as one run (join.go): the continued cell
//     moves after the cell it continues and is read on its line, so every
//     context rule sees the words side by side. Match.Line is the first
//     line; Start and End span both parts; Surface reads them with one
//     space (none after the breaking hyphen);
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
//     count as that term;
//  6. phrases: a verb and its object in one clause count as the term that
//     names the doing, with its rule ("counted: 'managed a team' is People
//     Management"): "X <noun of a verb>" terms (pkg/morph) match "<verb>
//     [up to three words] X", and a soft skill's own verb forms
//     ("coached") and compound verbs ("pair-programmed") are derived at
//     Compile (derive.go, phrases.go).
package match

import (
	"slices"
	"sort"
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
	Inflection      How = "inflection"       // an inflection form: listed, or derived (a verb form, a verb and its object)
	DeclaredAcronym How = "declared-acronym" // an acronym the document itself defined: "Domain-Driven Design (DDD)"
	Glued           How = "glued"            // found inside words run together by a scraper ("AzureTerraform")
)

// Match is one occurrence of a term. A term broken by a line wrap has
// Line its first line, Start and End around both parts (with the cells
// between them when it goes on down a column), and Surface its words with
// one space for the break.
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
	plural    bool     // the plural of a multi-word name or alias ("code reviews"), read as written
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
	phr                 *phraseIndex // verb-object phrases (phrases.go), nil for none
}

// vtok is a token of the matching view: a real token or a piece of one.
// Line is the line the rules read it on: a cell a wrapped match continued
// into is read on the line of the match's start.
type vtok struct {
	tokenize.Token
	wid    int32 // word id in the trie, 0 when no surface has this word
	glued  int32 // 1+index of the glued token this piece came from, or 0
	phys   int32 // the line it is written on when Line is not, else 0
	hyphen bool  // a piece of a hyphen compound ("Go" in "Go-to-market")
}

// physLine is the line v is written on.
func (v *vtok) physLine() int {
	if v.phys != 0 {
		return int(v.phys)
	}
	return v.Line
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
	var w wraps
	w.reset(text, view)
	// Room for a hit every four tokens, more than prose holds (a résumé:
	// one in seven), so most documents never grow the slice.
	cands := m.walk(view, 0, len(view), make([]cand, 0, len(view)/4), &w)
	if gluedCount > 0 {
		// A glued word counts only if every piece became a non-ambiguous match.
		if bad := badGlued(view, clearlyCovered(len(view), cands, w.joins)); len(bad) > 0 {
			view, cands = m.unglue(toks, view, cands, bad, &w)
		}
	}
	moved := false
	if len(w.joins) > 0 {
		view, cands, moved = w.apply(cands)
	}
	m.confirm(view, cands)
	// After declared: a bare use of a declared acronym is a skill hit like
	// any other ("No DDD experience required").
	cands = m.declared(view, cands)
	negate(view, cands)
	cands = m.phrases(view, cands)
	cands = m.coordinated(view, cands)

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
		line, surface := view[c.i].physLine(), text[start:end]
		if view[c.j-1].physLine() != line {
			surface = wrappedSurface(text, view[c.i:c.j])
		}
		if c.ok {
			how := c.e.how
			for k := c.i; k < c.j; k++ {
				if view[k].glued > 0 {
					how = Glued
				}
			}
			res.Matches = append(res.Matches, Match{TermID: id, Start: start, End: end, Line: line, Surface: surface, How: how, Rule: rule})
		} else {
			res.Rejected = append(res.Rejected, Rejection{TermID: id, Start: start, End: end, Line: line, Surface: surface, Rule: rule})
		}
	}
	if moved {
		// A column's continuation was read right after the cell it
		// continues; results stay in text order.
		sort.SliceStable(res.Matches, func(a, b int) bool { return res.Matches[a].Start < res.Matches[b].Start })
		sort.SliceStable(res.Rejected, func(a, b int) bool { return res.Rejected[a].Start < res.Rejected[b].Start })
	}
	return res
}

// walk appends to out the longest match at each position of view[from:to],
// left to right. A match may go on across one line break (see wraps):
// the tokens a join continues into are used up, so no other match starts
// in them, and w records the join.
func (m *Matcher) walk(view []vtok, from, to int, out []cand, w *wraps) []cand {
	k := &w.k
	*k = walker{m: m, view: view, w: w}
	for i := from; i < to; {
		if view[i].Kind == tokenize.Punct || w.used != nil && w.used[i] {
			i++
			continue
		}
		k.i, k.best = i, span{j: -1, cut: -1}
		k.extend(i, 0, -1, -1)
		b := &k.best
		if b.j < 0 {
			i++
			continue
		}
		out = append(out, cand{i: i, j: b.j, e: b.e})
		if b.cut < 0 {
			i = b.j
			continue
		}
		w.joins = append(w.joins, join{i: i, cut: b.cut, cont: b.cont, j: b.j})
		if w.used == nil {
			w.used = make([]bool, len(view))
		}
		for x := b.cont; x < b.j; x++ {
			w.used[x] = true
		}
		i = b.cut // the rest of the line; a column's continuation is further on
	}
	return out
}

// unglue puts the glued tokens in bad back whole (as view(toks, bad)
// would build them) and walks again only the lines that hold one: a match
// crosses no line but by a join, so the candidates on every other line
// stand. A join ties its two lines: a line walked again has the line it
// joined into, or joins into now, walked again too, and a line that joined
// into one walked again is walked again itself. w follows the new view.
func (m *Matcher) unglue(toks []tokenize.Token, view []vtok, cands []cand, bad map[int]bool, w *wraps) ([]vtok, []cand) {
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
	old := w.joins
	for x := len(old) - 1; x >= 0; x-- { // backwards, so a chain of joins closes in one pass
		if redo[view[old[x].cont].Line] {
			redo[view[old[x].i].Line] = true
		}
	}
	w.moveTo(nv, at)
	out := make([]cand, 0, len(cands))
	ci, oj := 0, 0
	for i := 0; i < len(nv); {
		line := nv[i].Line
		j := i + 1
		for j < len(nv) && nv[j].Line == line {
			j++
		}
		if redo[line] {
			n0 := len(w.joins)
			out = m.walk(nv, i, j, out, w)
			for _, jn := range w.joins[n0:] {
				redo[nv[jn.cont].Line] = true
			}
		}
		for ; oj < len(old) && at[old[oj].i] < j; oj++ {
			if redo[line] {
				redo[view[old[oj].cont].Line] = true
			}
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
	n := len(w.joins)
	for _, jn := range old {
		if !redo[view[jn.i].Line] {
			w.joins = append(w.joins, join{at[jn.i], at[jn.cut], at[jn.cont], at[jn.j]})
		}
	}
	if n > 0 && len(w.joins) > n {
		slices.SortFunc(w.joins, func(a, b join) int { return a.i - b.i })
	}
	return nv, out
}

// span is the longest match found so far from one start.
type span struct {
	j, n      int // end (exclusive) and length in tokens; j < 0 for none
	cut, cont int // a wrapped match: view[i:cut], then view[cont:j]; cut < 0 for none
	e         entry
}

// walker finds the longest match from one start, i.
type walker struct {
	m    *Matcher
	view []vtok
	w    *wraps
	i    int
	best span
}

// extend follows the trie from node n over view[j:], all tokens in the
// cell of view[i] (see boundary) or, after one line break, of its
// continuation (view[cont:], the match so far ending at cut), recording in
// best the longest match that starts at i. A multi-word surface matches
// its hyphenated and spaced spellings alike: the '-' inside a split
// compound ("machine-learning" → machine - learning) is stepped over, and
// a hyphenated word kept whole ("front-end") may also walk as its parts
// ("front end developer").
func (k *walker) extend(j int, n int32, cut, cont int) {
	view := k.view
	for ; j < len(view); j++ {
		if j > k.i && j != cont {
			switch k.w.boundary(view, j) {
			case cellEnd:
				if cut < 0 {
					k.wrap(j-1, n)
				}
				return
			case taken:
				return
			}
			if cut < 0 && breakHyphen(view, j) {
				k.wrap(j, n)
				return
			}
		}
		v := &view[j]
		if v.wid == 0 {
			if j > k.i && j != cont && hyphenGap(view, j) {
				continue
			}
			return
		}
		nx, ok := k.m.edges[edgeKey(n, v.wid)]
		if strings.IndexByte(v.Norm, '-') > 0 {
			if np, okp := k.m.stepParts(n, v.Norm); okp {
				// Two ways on: the whole word first, so it wins ties.
				if ok {
					k.found(j, nx, cut, cont)
					k.extend(j+1, nx, cut, cont)
				}
				k.found(j, np, cut, cont)
				k.extend(j+1, np, cut, cont)
				return
			}
		}
		if !ok {
			return
		}
		n = nx
		k.found(j, n, cut, cont)
	}
}

// wrap goes on from node n, the match so far ending with view[e] at the
// end of its cell, into each continuation of the cell that may join it.
func (k *walker) wrap(e int, n int32) {
	for _, c := range k.w.next(e) {
		if k.w.used != nil && k.w.used[c] || !k.m.canStep(n, &k.view[c]) || !k.w.joinable(e, c) {
			continue
		}
		k.extend(c, n, e+1, c)
	}
}

// canStep reports whether the trie goes on from n with v, whole or by its
// hyphen parts.
func (m *Matcher) canStep(n int32, v *vtok) bool {
	if v.wid != 0 {
		if _, ok := m.edges[edgeKey(n, v.wid)]; ok {
			return true
		}
	}
	if strings.IndexByte(v.Norm, '-') > 0 {
		_, ok := m.stepParts(n, v.Norm)
		return ok
	}
	return false
}

// found records the match ending with view[j] at node n if it is longer.
func (k *walker) found(j int, n int32, cut, cont int) {
	size := j + 1 - k.i
	if cut >= 0 {
		size = cut - k.i + j + 1 - cont
	}
	if size <= k.best.n {
		return
	}
	first, rest := k.view[k.i:j+1], []vtok(nil)
	if cut >= 0 {
		first, rest = k.view[k.i:cut], k.view[cont:j+1]
	}
	if e, ok := k.m.pick(n, first, rest); ok {
		k.best = span{j: j + 1, n: size, cut: cut, cont: cont, e: e}
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

// pick returns the first entry at node n the tokens (first, then rest)
// satisfy (acronyms need their exact case).
func (m *Matcher) pick(n int32, first, rest []vtok) (entry, bool) {
	for _, e := range m.nodes[n].entries {
		if e.texts != nil && !sameTexts(e.texts, first, rest) {
			continue
		}
		return e, true
	}
	return entry{}, false
}

func sameTexts(want []string, first, rest []vtok) bool {
	if len(want) != len(first)+len(rest) {
		return false
	}
	for i := range want {
		t := &first
		k := i
		if i >= len(first) {
			t, k = &rest, i-len(first)
		}
		if want[i] != (*t)[k].Text {
			return false
		}
	}
	return true
}
