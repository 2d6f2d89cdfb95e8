package match

// Dictionary compilation: surfaces of every term become paths in the token trie.

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// Compile builds a Matcher. Compile once and reuse it for every document.
//
// Compile is on the start-up path of every process, so it batches: the
// surfaces of a run of terms are tokenized in one AppendTokens call (one per
// line; a token never crosses a line break, and a line break tokenizes
// like the end of the text), trie node entries come from shared slabs,
// and so do the context phrases.
func Compile(d *keywords.Dict) (*Matcher, error) {
	if d == nil {
		return nil, errNilDict
	}
	// Sizes measured on the embedded dictionary: 6.6 nodes and 2.3
	// distinct words per term (growing a map costs more than a few spare
	// slots).
	n := len(d.Terms)
	m := &Matcher{dict: d, nodes: make([]node, 1, 7*n+1), edges: make(map[uint64]int32, 7*n), words: make(map[string]wordInfo, 5*n/2)}
	m.context = make([][][]string, n)
	c := &compiler{Matcher: m}
	// Fresh memory is what a cold start pays for most (page faults), so
	// the text and token buffers are small and reused.
	text := make([]byte, 0, 10<<10)
	var toks []tokenize.Token
	for t0 := 0; t0 < n; {
		// A run of terms, ~8 KB of text, tokenized at once.
		text = text[:0]
		t1 := t0
		for ; t1 < n && len(text) < 8<<10; t1++ {
			termLines(&d.Terms[t1], func(s string) {
				if strings.IndexByte(s, '\n') < 0 {
					text = append(text, s...)
				}
				text = append(text, '\n')
			})
		}
		// A string copy: the trie's words are substrings of it.
		toks = tokenize.AppendTokens(toks[:0], string(text))
		c.lines = lineTokens{toks: toks}
		for ti := t0; ti < t1; ti++ {
			c.addTerm(int32(ti), &d.Terms[ti])
		}
		t0 = t1
	}
	c.addDerived()
	return m, nil
}

// termLines calls fn with every string of t that Compile tokenizes, in
// the order addTerm consumes them.
func termLines(t *keywords.Term, fn func(string)) {
	fn(t.Name)
	for _, list := range [...][]string{t.Aliases, t.Acronyms, t.Forms, t.Context, t.NotBefore, t.NotAfter} {
		for _, s := range list {
			fn(s)
		}
	}
}

// lineTokens hands out the tokens of a batch one line at a time.
type lineTokens struct {
	toks []tokenize.Token
	line int // lines handed out so far
}

// next returns the tokens of the next line, or of s itself when s holds a
// line break of its own (termLines wrote an empty line for it).
func (l *lineTokens) next(s string) []tokenize.Token {
	l.line++
	if strings.IndexByte(s, '\n') >= 0 {
		return tokenize.Tokenize(s)
	}
	i := 0
	for i < len(l.toks) && l.toks[i].Line == l.line {
		i++
	}
	out := l.toks[:i:i]
	l.toks = l.toks[i:]
	for _, t := range out {
		if t.Kind == tokenize.Punct && t.Text[0] >= utf8.RuneSelf {
			// Tokenize folds a non-ASCII Punct token (Ⓐ, an invalid
			// byte) only when the text holds an upper-case word: alone
			// it may come out unfolded, so tokenize it alone.
			return tokenize.Tokenize(s)
		}
	}
	return out
}

// compiler is a Matcher under construction.
type compiler struct {
	*Matcher
	lines lineTokens
	seq   []string // scratch: the Norms of one surface
	pl    []string // scratch: its plural
	// Slabs: a node's first entry is a one-element slice of entries
	// (nodes rarely get a second one), context phrases are slices of
	// ctxSeqs, and token strings (entry texts, phrase words) of slab.
	entries []entry
	ctxSeqs [][]string
	slab    []string
	// The last inserted sequence, the node after each of its words, and
	// whether all its words are known clear.
	prevSeq   []string
	prevPath  []int32
	prevClear bool
	derive    deriver // derived surfaces and phrase patterns, added last
}

// strs returns the Texts (or Norms) of toks as a slice of the slab.
func (m *compiler) strs(toks []tokenize.Token, norm bool) []string {
	if len(m.slab)+len(toks) > cap(m.slab) {
		m.slab = make([]string, 0, max(1024, len(toks)))
	}
	a := len(m.slab)
	for _, tk := range toks {
		if norm {
			m.slab = append(m.slab, tk.Norm)
		} else {
			m.slab = append(m.slab, tk.Text)
		}
	}
	return m.slab[a:len(m.slab):len(m.slab)]
}

func (m *compiler) addTerm(ti int32, t *keywords.Term) {
	add := func(s string, how How) {
		amb, common := false, false
		for _, a := range t.Ambiguous {
			if strings.EqualFold(a, s) {
				// Listed in lower case although the surface is not
				// ("monitoring" for Monitoring): a common noun, whose
				// capitals are no evidence.
				amb, common = true, common || a != s && a == strings.ToLower(a)
			}
		}
		m.addSurface(ti, t, s, m.lines.next(s), how, amb, common)
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
	first := len(m.ctxSeqs)
	for _, c := range t.Context {
		if toks := m.lines.next(c); len(toks) > 0 {
			seq := m.strs(toks, true)
			if len(m.ctxSeqs) == cap(m.ctxSeqs) {
				m.ctxSeqs, first = make([][]string, 0, 512), 0
				m.ctxSeqs = append(m.ctxSeqs, m.context[ti]...)
			}
			m.ctxSeqs = append(m.ctxSeqs, seq)
			m.context[ti] = m.ctxSeqs[first:len(m.ctxSeqs):len(m.ctxSeqs)]
		}
	}
	m.notBefore = m.phrases(m.notBefore, ti, t.NotBefore)
	m.notAfter = m.phrases(m.notAfter, ti, t.NotAfter)
}

// phrases adds the Norm sequences of words to to[ti], making the map on
// first use (most terms have no such words).
func (m *compiler) phrases(to map[int32][][]string, ti int32, words []string) map[int32][][]string {
	for _, w := range words {
		// Only the words: the view cuts "part-time" into part, -, time and
		// phraseFrom/phraseTo take such a hyphen as a space, so a listed
		// "part-time" must be [part time] to match "part-time" or "part
		// time" (Validate compares them alike).
		var seq []string
		for _, tk := range m.lines.next(w) {
			for _, p := range strings.Split(tk.Norm, "-") {
				if p != "" {
					seq = append(seq, p)
				}
			}
		}
		if len(seq) == 0 {
			continue // an empty phrase would follow every hit
		}
		if to == nil {
			to = map[int32][][]string{}
		}
		to[ti] = append(to[ti], seq)
	}
	return to
}

var errNilDict = errors.New("match: nil dictionary")

// addSurface inserts s, whose tokens are toks, and its generated variants;
// amb marks an ambiguous surface, common one listed in lower case.
// toks lives in a reused buffer: keep strings from it, never the slice.
func (m *compiler) addSurface(term int32, t *keywords.Term, s string, toks []tokenize.Token, how How, amb, common bool) {
	if len(toks) == 0 {
		return
	}
	m.seq = m.seq[:0]
	for _, tk := range toks {
		m.seq = append(m.seq, tk.Norm)
	}
	seq := m.seq
	e := entry{term: term, how: how, ambiguous: amb}
	if amb {
		e.cased = m.strs(toks, common) // Norms for a common noun: no capitals to check
		e.letter = len(toks) == 1 && utf8.RuneCountInString(toks[0].Text) == 1
		e.common = common
	}
	if how == Acronym {
		e.texts = m.strs(toks, false)
		m.insert(seq, e)
		return
	}
	m.insert(seq, e) // insert also learns the words
	m.derive.surface(term, t, seq, how, amb)
	// Hyphen variants: front-end ↔ front end ↔ frontend.
	var spaced []string
	if strings.Contains(s, "-") {
		var joined []string
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
	}
	// Plural of the last word of multi-word hard terms: "code reviews".
	if len(seq) > 1 && t.Kind == keywords.Hard && how != Inflection {
		last := seq[len(seq)-1]
		if p := keywords.Plural(last); p != "" {
			pl := append(append(m.pl[:0], seq[:len(seq)-1]...), p)
			m.pl = pl
			pe := e
			pe.how = Inflection
			pe.plural = how == Exact || how == Alias
			pe.cased = nil // a plural spelling is not the listed capitalisation
			m.insert(pl, pe)
			if len(spaced) > len(seq) {
				// "Mu-Nu Xi" → "mu nu xis": hyphen and space alike in the plural too.
				m.insert(append(spaced[:len(spaced)-1:len(spaced)-1], p), pe)
			}
		}
	}
}

// isLowerASCII reports whether w is all lower-case ASCII letters.
func isLowerASCII(w string) bool {
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

// learnWord flags w as a known word, and as clear unless amb, and
// returns its id. insert learns every word it inserts, with the
// ambiguity of the entry.
func (m *Matcher) learnWord(w string, amb bool) int32 {
	wi, ok := m.words[w]
	if ok && (amb || wi.flags&wordClear != 0) {
		return wi.id
	}
	if !ok {
		wi = wordInfo{id: int32(len(m.words) + 1), flags: wordKnown}
	}
	if !amb {
		wi.flags |= wordClear
	}
	m.words[w] = wi
	return wi.id
}

func (m *compiler) insert(seq []string, e entry) {
	// Consecutive sequences often share leading words (a surface and its
	// variants, a name and its aliases): start after the words shared with
	// the previous one, whose learning this one would not change.
	k := 0
	if e.ambiguous || m.prevClear {
		for k < len(seq) && k < len(m.prevSeq) && seq[k] == m.prevSeq[k] {
			k++
		}
	}
	n := int32(0)
	if k > 0 {
		n = m.prevPath[k-1]
	}
	m.prevSeq, m.prevPath = append(m.prevSeq[:k], seq[k:]...), m.prevPath[:k]
	m.prevClear = !e.ambiguous
	for _, w := range seq[k:] {
		key := edgeKey(n, m.learnWord(w, e.ambiguous))
		nx, ok := m.edges[key]
		if !ok {
			nx = int32(len(m.nodes))
			m.nodes = append(m.nodes, node{})
			m.edges[key] = nx
		}
		n = nx
		m.prevPath = append(m.prevPath, n)
	}
	for _, old := range m.nodes[n].entries {
		if old.term == e.term && old.texts == nil {
			return // first (most canonical) surface wins, unless it was case-bound
		}
	}
	if m.nodes[n].entries != nil {
		m.nodes[n].entries = append(m.nodes[n].entries, e)
		return
	}
	if len(m.entries) == cap(m.entries) {
		m.entries = make([]entry, 0, 1024)
	}
	m.entries = append(m.entries, e)
	i := len(m.entries)
	m.nodes[n].entries = m.entries[i-1 : i : i]
}
