package match

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// TestCapitalsIndependentOfUnrelatedTerms: whether a capitalised name is
// part of a capitalised phrase must not depend on which words other terms
// have. A term with the word "worker" (Mock Service Worker) makes the view
// split "Worker's" into "Worker" + "'s"; the rules read both alike.
func TestCapitalsIndependentOfUnrelatedTerms(t *testing.T) {
	comp := keywords.Term{ID: "comp", Name: "Compensation", Kind: keywords.Hard, Ambiguous: []string{"Compensation"}, Context: []string{"planning"}}
	msw := keywords.Term{ID: "msw", Name: "Mock Service Worker", Kind: keywords.Hard}
	tests := []struct {
		name, in string
		counted  bool
		rule     RuleID
	}{
		{"after a possessive name mid-sentence", "we handle Worker's Compensation claims", false, CapitalsPhrase},
		{"after a possessive name that starts the line", "Worker's Compensation claims", false, CapitalsPhrase},
		{"after a possessive bullet", "- Worker's Compensation claims", false, CapitalsPhrase},
		{"inside a name after of", "the Institute of Worker's Compensation Law", false, CapitalsPhrase},
		// The other way: a possessive in lower case is no name.
		{"after a lower-case possessive", "the worker's Compensation planning", true, ContextQualifier},
		{"after a lower-case possessive, no context", "we review each worker's Compensation today", true, ContextCapitals},
		{"a capital by position only", "Strong Compensation background", true, ContextCapitals},
	}
	for _, withMSW := range []bool{false, true} {
		d := testDict()
		d.Terms = append(d.Terms, comp)
		if withMSW {
			d.Terms = append(d.Terms, msw)
		}
		m := mustCompile(t, d)
		for _, tt := range tests {
			counted, found, rule := verdictOf(run(m, tt.in), "comp", "Compensation")
			if !found || counted != tt.counted || rule != tt.rule {
				t.Errorf("with Mock Service Worker %v: Match(%q) Compensation: found %v counted %v rule %s; want counted %v rule %s",
					withMSW, tt.in, found, counted, rule, tt.counted, tt.rule)
			}
		}
	}
}
