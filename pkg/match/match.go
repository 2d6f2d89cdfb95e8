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
//     Punct token the surface itself does not contain;
//  3. context: ambiguous surfaces are confirmed by a qualifier, a version,
//     a list of confirmed skills, or their capitalisation mid-sentence, or
//     rejected with a reason;
//  4. declared acronyms: "Domain-Driven Design (DDD)" makes later "DDD"
//     count as that term.
package match

import (
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	Rule       string // for ambiguous surfaces: why it counted ("counted: listed with Python, Rust")
}

// Rejection is an ambiguous surface that was not counted, and why.
type Rejection struct {
	TermID     string
	Start, End int
	Line       int
	Surface    string
	Rule       string // e.g. "ignored: verb 'excel'"
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
}

// Compile builds a Matcher. Compile once and reuse it for every document.
func Compile(d *keywords.Dict) (*Matcher, error) {
	if d == nil {
		return nil, errNilDict
	}
	m := &Matcher{dict: d, nodes: make([]node, 1, 8*len(d.Terms)+1), edges: make(map[uint64]int32, 8*len(d.Terms)), words: make(map[string]wordInfo, 4*len(d.Terms))}
	m.context = make([][][]string, len(d.Terms))
	for ti := range d.Terms {
		t := &d.Terms[ti]
		add := func(s string, how How) {
			amb := false
			for _, a := range t.Ambiguous {
				amb = amb || strings.EqualFold(a, s)
			}
			m.addSurface(int32(ti), t, s, how, amb)
		}
		add(t.Name, Exact)
		for _, s := range t.Aliases {
			add(s, Alias)
		}
		for _, s := range t.Acronyms {
			add(s, Acronym)
		}
		for _, s := range t.Forms {
			add(s, Inflection)
		}
		for _, c := range t.Context {
			if seq := norms(tokenize.Tokenize(c)); len(seq) > 0 {
				m.context[ti] = append(m.context[ti], seq)
			}
		}
	}
	return m, nil
}

var errNilDict = errors.New("match: nil dictionary")

func norms(toks []tokenize.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}

// addSurface inserts s and its generated variants.
func (m *Matcher) addSurface(term int32, t *keywords.Term, s string, how How, amb bool) {
	toks := tokenize.Tokenize(s)
	if len(toks) == 0 {
		return
	}
	seq := norms(toks)
	e := entry{term: term, how: how, ambiguous: amb}
	if amb {
		e.cased = make([]string, len(toks))
		for i, tk := range toks {
			e.cased[i] = tk.Text
		}
		e.letter = len(toks) == 1 && utf8.RuneCountInString(toks[0].Text) == 1
	}
	if how == Acronym {
		e.texts = make([]string, len(toks))
		for i, tk := range toks {
			e.texts[i] = tk.Text
		}
		m.insert(seq, e)
		m.learn(seq, amb)
		return
	}
	m.insert(seq, e)
	m.learn(seq, amb)
	// Hyphen variants: front-end ↔ front end ↔ frontend.
	if strings.Contains(s, "-") {
		var spaced, joined []string
		for _, w := range seq {
			if strings.Contains(w, "-") && len(w) > 1 {
				for _, p := range strings.Split(w, "-") {
					if p != "" {
						spaced = append(spaced, p)
					}
				}
				joined = append(joined, strings.ReplaceAll(w, "-", ""))
			} else {
				spaced = append(spaced, w)
				joined = append(joined, w)
			}
		}
		m.insert(spaced, e)
		m.insert(joined, e)
		m.learn(spaced, amb)
		m.learn(joined, amb)
	}
	// Plural of the last word of multi-word hard terms: "code reviews".
	if len(seq) > 1 && t.Kind == keywords.Hard && how != Inflection {
		last := seq[len(seq)-1]
		if p := plural(last); p != "" {
			pl := append(append([]string(nil), seq[:len(seq)-1]...), p)
			pe := e
			pe.how = Inflection
			if pe.cased != nil {
				pe.cased = nil // a plural spelling is not the listed capitalisation
			}
			m.insert(pl, pe)
			m.learn(pl[len(pl)-1:], amb)
		}
	}
}

// plural returns the English plural of a lower-case word, or "".
func plural(w string) string {
	if len(w) < 2 || !isASCIILetters(w) {
		return ""
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// Word flags.
const (
	wordKnown uint8 = 1 << iota
	wordClear
)

func (m *Matcher) learn(seq []string, amb bool) {
	for _, w := range seq {
		m.wordID(w)
		if wi := m.words[w]; !amb && wi.flags&wordClear == 0 {
			wi.flags |= wordClear
			m.words[w] = wi
		}
	}
}

// wordID returns the id of w, adding it as a known word.
func (m *Matcher) wordID(w string) int32 {
	if wi, ok := m.words[w]; ok {
		return wi.id
	}
	id := int32(len(m.words) + 1)
	m.words[w] = wordInfo{id: id, flags: wordKnown}
	return id
}

func (m *Matcher) insert(seq []string, e entry) {
	n := int32(0)
	for _, w := range seq {
		key := edgeKey(n, m.wordID(w))
		nx, ok := m.edges[key]
		if !ok {
			nx = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{})
			m.edges[key] = nx
		}
		n = nx
	}
	for _, old := range m.nodes[n].entries {
		if old.term == e.term && old.texts == nil {
			return // first (most canonical) surface wins, unless it was case-bound
		}
	}
	m.nodes[n].entries = append(m.nodes[n].entries, e)
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
	rule string
	ok   bool // counted
	rej  string
}

// Match finds terms in toks, which Tokenize produced from text.
func (m *Matcher) Match(text string, toks []tokenize.Token) Result {
	if m == nil || len(m.nodes) == 0 {
		return Result{}
	}
	view, gluedCount := m.view(toks, nil)
	cands := m.walk(view)
	if gluedCount > 0 {
		// A glued word counts only if every piece became a non-ambiguous match.
		bad := m.badGlued(view, cands, gluedCount)
		if len(bad) > 0 {
			view, _ = m.view(toks, bad)
			cands = m.walk(view)
		}
	}
	m.confirm(view, cands)
	cands = m.declared(view, cands)

	var res Result
	for _, c := range cands {
		start, end := view[c.i].Start, view[c.j-1].End
		id := m.dict.Terms[c.e.term].ID
		if c.ok {
			how := c.e.how
			for k := c.i; k < c.j; k++ {
				if view[k].glued > 0 {
					how = Glued
				}
			}
			res.Matches = append(res.Matches, Match{TermID: id, Start: start, End: end, Line: view[c.i].Line, Surface: text[start:end], How: how, Rule: c.rule})
		} else {
			res.Rejected = append(res.Rejected, Rejection{TermID: id, Start: start, End: end, Line: view[c.i].Line, Surface: text[start:end], Rule: c.rej})
		}
	}
	return res
}

// view builds the token view, splitting compounds and glued words that no
// surface starts with. skip holds glued tokens (1-based) not to split.
func (m *Matcher) view(toks []tokenize.Token, skip map[int]bool) ([]vtok, int) {
	out := make([]vtok, 0, len(toks)+len(toks)/4+8)
	glued := 0
	for ti, t := range toks {
		if wi, ok := m.words[t.Norm]; ok || t.Kind != tokenize.Word {
			out = append(out, vtok{Token: t, wid: wi.id})
			continue
		}
		from := len(out)
		if strings.ContainsAny(t.Text, "-/") && !strings.Contains(t.Text, "://") && !strings.Contains(t.Text, "@") {
			out = m.ids(appendCompound(out, t), from)
			continue
		}
		if k := m.affix(t.Text); k > 0 {
			// "Python's" → Python + 's; "Python3", "HTML5" → Python + 3.
			out = m.ids(append(out, piece(t, 0, k, tokenize.Word, false), piece(t, k, len(t.Text), tokenize.Word, false)), from)
			continue
		}
		if !skip[ti+1] && hasHump(t.Text) {
			if pieces := m.segment(t); pieces != nil {
				glued++
				for _, p := range pieces {
					p.glued = int32(ti + 1)
					out = append(out, p)
				}
				out = m.ids(out, from)
				continue
			}
		}
		out = append(out, vtok{Token: t})
	}
	return out, glued
}

// affix returns where a possessive "'s" or a version number glued to a
// known word starts, or 0.
func (m *Matcher) affix(s string) int {
	if k := len(s) - 2; k > 0 && (s[k:] == "'s" || s[k:] == "'S") && m.words[strings.ToLower(s[:k])].flags != 0 {
		return k
	}
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k == len(s) || k == 0 || !isASCIILetters(strings.ToLower(s[:k])) || m.words[strings.ToLower(s[:k])].flags == 0 {
		return 0
	}
	return k
}

// ids sets the word ids of the pieces out[from:].
func (m *Matcher) ids(out []vtok, from int) []vtok {
	for k := from; k < len(out); k++ {
		out[k].wid = m.words[out[k].Norm].id
	}
	return out
}

// appendCompound splits "Kubernetes-based" or "AWS/GCP" into words and
// Punct separators.
func appendCompound(out []vtok, t tokenize.Token) []vtok {
	s := t.Text
	from := 0
	for k := 0; k <= len(s); k++ {
		if k < len(s) && s[k] != '-' && s[k] != '/' {
			continue
		}
		if k > from {
			out = append(out, piece(t, from, k, t.Kind, true))
		}
		if k < len(s) {
			out = append(out, piece(t, k, k+1, tokenize.Punct, true))
		}
		from = k + 1
	}
	return out
}

func piece(t tokenize.Token, a, b int, kind tokenize.Kind, hyphen bool) vtok {
	txt := t.Text[a:b]
	if kind == tokenize.Word && txt[0] >= '0' && txt[0] <= '9' && strings.Trim(txt, "0123456789.") == "" {
		kind = tokenize.Number
	}
	return vtok{Token: tokenize.Token{Text: txt, Norm: strings.ToLower(txt), Start: t.Start + a, End: t.Start + b, Line: t.Line, Kind: kind}, hyphen: hyphen}
}

// hasHump reports a lower→Upper change or a '.' before an upper-case
// letter inside a word: the marks of words run together.
func hasHump(s string) bool {
	for k := 1; k < len(s); k++ {
		c := s[k]
		p := s[k-1]
		if c >= 'A' && c <= 'Z' && ((p >= 'a' && p <= 'z') || p == '.') {
			return true
		}
	}
	return false
}

// splitPoints returns the offsets where a glued word may be cut: before an
// upper-case letter after a lower-case one, before the last capital of an
// upper-case run followed by lower case ("MQTerraform"), and before '.'.
func splitPoints(s string) []int {
	pts := []int{0}
	for k := 1; k < len(s); k++ {
		c, p := s[k], s[k-1]
		up := c >= 'A' && c <= 'Z'
		switch {
		case c == '.':
			pts = append(pts, k)
		case up && p >= 'a' && p <= 'z':
			pts = append(pts, k)
		case up && p >= 'A' && p <= 'Z' && k+1 < len(s) && s[k+1] >= 'a' && s[k+1] <= 'z':
			pts = append(pts, k)
		}
	}
	return append(pts, len(s))
}

// segment cuts a glued word into the fewest pieces that are all words of
// known surfaces, or returns nil.
func (m *Matcher) segment(t tokenize.Token) []vtok {
	pts := splitPoints(t.Text)
	n := len(pts)
	if n > 40 {
		return nil // pathological input; not worth a quadratic search
	}
	const inf = 1 << 30
	best := make([]int, n)
	from := make([]int, n)
	for k := 1; k < n; k++ {
		best[k] = inf
		for j := 0; j < k; j++ {
			if best[j] == inf {
				continue
			}
			w := strings.ToLower(t.Text[pts[j]:pts[k]])
			if m.words[w].flags&wordClear != 0 && best[j]+1 < best[k] {
				best[k], from[k] = best[j]+1, j
			}
		}
	}
	if best[n-1] == inf || best[n-1] < 2 {
		return nil
	}
	out := make([]vtok, best[n-1])
	for k, i := n-1, best[n-1]-1; k > 0; k, i = from[k], i-1 {
		out[i] = piece(t, pts[from[k]], pts[k], tokenize.Word, false)
	}
	return out
}

// walk finds the longest match at each position, left to right.
func (m *Matcher) walk(view []vtok) []cand {
	var out []cand
	for i := 0; i < len(view); {
		if view[i].Kind == tokenize.Punct {
			i++
			continue
		}
		n := int32(0)
		bestJ := -1
		var bestE entry
		for j := i; j < len(view) && view[j].Line == view[i].Line; j++ {
			if view[j].wid == 0 {
				break
			}
			nx, ok := m.edges[edgeKey(n, view[j].wid)]
			if !ok {
				break
			}
			n = nx
			if e, ok := m.pick(n, view[i:j+1]); ok {
				bestJ, bestE = j+1, e
			}
		}
		if bestJ < 0 {
			i++
			continue
		}
		out = append(out, cand{i: i, j: bestJ, e: bestE})
		i = bestJ
	}
	return out
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

func (m *Matcher) badGlued(view []vtok, cands []cand, n int) map[int]bool {
	covered := make([]bool, len(view))
	for _, c := range cands {
		if c.e.ambiguous {
			continue
		}
		for k := c.i; k < c.j; k++ {
			covered[k] = true
		}
	}
	bad := map[int]bool{}
	for k, v := range view {
		if v.glued > 0 && !covered[k] {
			bad[int(v.glued)] = true
		}
	}
	return bad
}

// listSep reports tokens that separate items of a list.
func listSep(v vtok) bool {
	if v.Kind == tokenize.Punct {
		return len(v.Text) == 1 && strings.IndexByte(",/|;&+()", v.Text[0]) >= 0 || v.Text == "•"
	}
	return v.Norm == "and" || v.Norm == "or"
}

// confirm applies the context rules to ambiguous candidates.
func (m *Matcher) confirm(view []vtok, cands []cand) {
	for k := range cands {
		c := &cands[k]
		if !c.e.ambiguous {
			c.ok = true
			continue
		}
		if q := m.qualifier(view, c); q != "" {
			c.ok, c.rule = true, "counted: next to '"+q+"'"
			continue
		}
		if !m.rightCase(view, c) {
			w := spanText(view, c)
			if w == strings.ToLower(w) {
				c.rej = "ignored: lowercase '" + w + "' reads as an ordinary word"
			} else {
				c.rej = "ignored: '" + w + "' is not written '" + strings.Join(c.e.cased, " ") + "'"
			}
			continue
		}
		if c.j < len(view) && view[c.j].Kind == tokenize.Number && view[c.j].Line == view[c.j-1].Line {
			c.ok, c.rule = true, "counted: followed by version "+view[c.j].Text
		}
	}
	// List rule to a fixpoint: a neighbour confirmed by the list rule can
	// confirm the next one ("Go, Rust and Python").
	// Passes alternate direction so a chain confirms in one pass either
	// way, keeping long lists linear rather than quadratic.
	for pass, changed := 0, true; changed; pass++ {
		changed = false
		for n := range cands {
			k := n
			if pass%2 == 1 {
				k = len(cands) - 1 - n
			}
			c := &cands[k]
			if c.ok || c.rej != "" {
				continue
			}
			var with []string
			if k > 0 && m.listed(view, &cands[k-1], c) {
				with = append(with, spanText(view, &cands[k-1]))
			}
			if k+1 < len(cands) && m.listed(view, c, &cands[k+1]) {
				with = append(with, spanText(view, &cands[k+1]))
			}
			if len(with) > 0 {
				c.ok, c.rule = true, "counted: listed with "+strings.Join(with, ", ")
				changed = true
			}
		}
	}
	for k := range cands {
		c := &cands[k]
		if c.ok || c.rej != "" {
			continue
		}
		word := spanText(view, c)
		switch {
		case c.e.letter:
			c.rej = "ignored: single letter '" + word + "' with no skill context"
		case view[c.i].hyphen:
			c.rej = "ignored: '" + word + "' is part of a hyphenated word"
		case sentenceStart(view, c.i):
			c.rej = "ignored: '" + word + "' starts a sentence with no skill nearby"
		case c.e.cased == nil || !hasUpper(c.e.cased[0]):
			c.rej = "ignored: no skill context"
		case titleCase(view, c.i):
			c.rej = "ignored: '" + word + "' is part of a capitalised phrase with no skill nearby"
		default:
			c.ok, c.rule = true, "counted: written '"+word+"' mid-sentence"
		}
	}
}

// listed reports whether a and b (a before b) are neighbouring list items
// and the other one of the pair is a counted hard skill.
func (m *Matcher) listed(view []vtok, a, b *cand) bool {
	if a.j >= b.i || view[a.i].Line != view[b.i].Line {
		return false
	}
	for k := a.j; k < b.i; k++ {
		if !listSep(view[k]) {
			return false
		}
	}
	if a.ok == b.ok {
		return false
	}
	counted := a
	if b.ok {
		counted = b
	}
	return m.dict.Terms[counted.e.term].Kind == keywords.Hard
}

// qualifier returns a context word within two tokens of c, or "".
func (m *Matcher) qualifier(view []vtok, c *cand) string {
	ctx := m.context[c.e.term]
	if len(ctx) == 0 {
		return ""
	}
	line := view[c.i].Line
	lo, hi := c.i, c.j
	for n := 0; n < 2 && lo > 0; n++ {
		lo--
		if view[lo].Line != line || isStop(view[lo]) {
			lo++
			break
		}
	}
	for n := 0; n < 2 && hi < len(view); n++ {
		if view[hi].Line != line || isStop(view[hi]) {
			break
		}
		hi++
	}
	for k := lo; k < hi; k++ {
		if k >= c.i && k < c.j {
			continue
		}
		for _, seq := range ctx {
			if k+len(seq) > len(view) {
				continue
			}
			okSeq := true
			for s, w := range seq {
				if view[k+s].Norm != w || (k+s >= c.i && k+s < c.j) {
					okSeq = false
					break
				}
			}
			if okSeq {
				return view[k].Text
			}
		}
	}
	return ""
}

func isStop(v vtok) bool {
	return v.Kind == tokenize.Punct && (v.Text == "." || v.Text == "!" || v.Text == "?" || v.Text == ";" || v.Text == "•")
}

// rightCase reports whether c is written in the listed capitalisation.
func (m *Matcher) rightCase(view []vtok, c *cand) bool {
	if c.e.cased == nil || !hasUpper(strings.Join(c.e.cased, "")) {
		return true // plural variants and lower-case forms: no capitalisation to check
	}
	for k := c.i; k < c.j; k++ {
		if view[k].Text != c.e.cased[k-c.i] {
			return false
		}
	}
	return true
}

func sentenceStart(view []vtok, i int) bool {
	if i == 0 || view[i-1].Line != view[i].Line {
		return true
	}
	p := view[i-1]
	return p.Kind == tokenize.Punct && strings.Contains(".!?:•|\"(-", p.Text)
}

// titleCase reports a capitalised word right before or after i: "Sales Teams".
func titleCase(view []vtok, i int) bool {
	capital := func(v vtok) bool {
		r, _ := utf8.DecodeRuneInString(v.Text)
		return v.Kind == tokenize.Word && unicode.IsUpper(r)
	}
	return (i > 0 && view[i-1].Line == view[i].Line && capital(view[i-1])) ||
		(i+1 < len(view) && view[i+1].Line == view[i].Line && capital(view[i+1]))
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

func spanText(view []vtok, c *cand) string {
	if c.j-c.i == 1 {
		return view[c.i].Text
	}
	parts := make([]string, 0, c.j-c.i)
	for k := c.i; k < c.j; k++ {
		parts = append(parts, view[k].Text)
	}
	return strings.Join(parts, " ")
}

// declared finds "Term (ACR)" and "ACR (Term)" and adds later bare uses of
// ACR as DeclaredAcronym matches.
func (m *Matcher) declared(view []vtok, cands []cand) []cand {
	type decl struct {
		term int32
		from int // view index after which bare uses count
	}
	var decls map[string]decl
	for k := range cands {
		c := &cands[k]
		if !c.ok {
			continue
		}
		// Term ( ACR )
		if c.j+2 < len(view) && view[c.j].Text == "(" && view[c.j+2].Text == ")" {
			if a := view[c.j+1].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				if decls == nil {
					decls = map[string]decl{}
				}
				if _, dup := decls[a]; !dup {
					decls[a] = decl{c.e.term, c.j + 2}
				}
			}
		}
		// ACR ( Term )
		if c.i >= 2 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			if a := view[c.i-2].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				if decls == nil {
					decls = map[string]decl{}
				}
				if _, dup := decls[a]; !dup {
					decls[a] = decl{c.e.term, c.i - 2}
				}
			}
		}
	}
	cands = dropEchoes(view, cands)
	if len(decls) == 0 {
		return cands
	}
	covered := make([]bool, len(view))
	for _, c := range cands {
		for k := c.i; k < c.j; k++ {
			covered[k] = true
		}
	}
	added := false
	for k, v := range view {
		if covered[k] || v.Kind != tokenize.Word {
			continue
		}
		d, ok := decls[v.Text]
		if !ok || k <= d.from { // the declaration itself is the same mention
			continue
		}
		cands = append(cands, cand{i: k, j: k + 1, e: entry{term: d.term, how: DeclaredAcronym}, ok: true, rule: "counted: declared earlier as an acronym"})
		added = true
	}
	if added {
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].i < cands[b].i })
	}
	return cands
}

func isAcronymWord(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// initialsMatch compares the initials of the words (hyphen parts count as
// words: Domain-Driven Design → DDD) with acr.
func initialsMatch(toks []vtok, acr string) bool {
	var b strings.Builder
	for _, t := range toks {
		for _, p := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '-' || r == '/' }) {
			r, _ := utf8.DecodeRuneInString(p)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String() == acr
}

// dropEchoes removes an acronym match that only repeats the term right
// before it, "Domain-Driven Design (DDD)": one mention, not two.
func dropEchoes(view []vtok, cands []cand) []cand {
	out := cands[:0]
	for k, c := range cands {
		if k > 0 && c.j-c.i == 1 && c.i >= 1 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			p := cands[k-1]
			if p.ok && c.ok && p.e.term == c.e.term && p.j == c.i-1 {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
