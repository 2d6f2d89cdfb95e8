// Package suggest turns a score into concrete, ranked advice: which missing
// terms to add and where, which synonyms to adopt so an ATS sees the job's
// exact wording, and which skills to move from a bare list into experience.
package suggest

import (
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/score"
)

// Kind classifies a suggestion.
type Kind string

// Suggestion kinds.
const (
	Add     Kind = "add"        // the resume lacks the term
	Reword  Kind = "reword"     // the resume has a related term; use the job's wording
	Move    Kind = "move"       // the term only appears in a skills list; show it in experience
	SoftAdd Kind = "soft-skill" // a soft skill to demonstrate in a bullet
	General Kind = "general"
)

// Suggestion is one piece of advice. TermID is empty for general advice.
type Suggestion struct {
	TermID string
	Kind   Kind
	Text   string
}

// For returns suggestions, most valuable first.
func For(d *keywords.Dict, r score.Result, job, resume score.Doc) []Suggestion {
	panic("suggest.For: not built yet")
}
