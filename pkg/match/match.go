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
