// Package match is the fourth pipeline stage: it finds dictionary terms in
// a token stream with a longest-match token trie, resolves aliases,
// acronyms and inflections, and applies context rules to ambiguous names.
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

// Matcher is a dictionary compiled for matching; safe for concurrent use.
type Matcher struct {
	dict *keywords.Dict
}

// Compile builds a Matcher. Compile once and reuse it for every document.
func Compile(d *keywords.Dict) (*Matcher, error) {
	panic("match.Compile: not built yet")
}

// Match finds terms in toks, which Tokenize produced from text.
func (m *Matcher) Match(text string, toks []tokenize.Token) Result {
	panic("match.Matcher.Match: not built yet")
}
