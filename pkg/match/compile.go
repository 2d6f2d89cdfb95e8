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
