package match

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// acronymDict adds to testDict acronyms that other terms' words spell:
// Intellectual Property's IP (an Independent Prescriber's too), the RSA
// cipher (the Responsible Service of Alcohol's), a Master of Social Work's
// MSW (Mock Service Worker's, which is no term here), and Cerebral Palsy's
// CP (a Certified Paralegal's); Machine Learning's ML is unambiguous.
func acronymDict() *keywords.Dict {
	d := testDict()
	d.Terms = append(d.Terms,
		keywords.Term{ID: "ip", Name: "Intellectual Property", Kind: keywords.Hard, Acronyms: []string{"IP"}, Ambiguous: []string{"IP"}, Context: []string{"law", "patents"}},
		keywords.Term{ID: "prescriber", Name: "Independent Prescriber", Kind: keywords.Hard},
		keywords.Term{ID: "rsa", Name: "RSA", Kind: keywords.Hard, Ambiguous: []string{"RSA"}, Context: []string{"encryption"}},
		keywords.Term{ID: "rsa-alcohol", Name: "Responsible Service of Alcohol", Kind: keywords.Hard},
		keywords.Term{ID: "msw", Name: "Master of Social Work", Kind: keywords.Hard, Acronyms: []string{"MSW"}, Ambiguous: []string{"MSW"}, Context: []string{"degree"}},
		keywords.Term{ID: "cp", Name: "Cerebral Palsy", Kind: keywords.Hard, Acronyms: []string{"CP"}, Ambiguous: []string{"CP"}, Context: []string{"cerebral"}},
		keywords.Term{ID: "medlab", Name: "Medical Laboratory", Kind: keywords.Hard},
		keywords.Term{ID: "nala-cp", Name: "NALA Certified Paralegal", Kind: keywords.Hard},
	)
	return d
}

// TestAcronymOf: an acronym in brackets beside the words it spells is
// theirs, never another term's hit or list member; beside its own term's
// words, or beside words it does not spell, it reads as before.
func TestAcronymOf(t *testing.T) {
	m := mustCompile(t, acronymDict())
	tests := []struct {
		name, in, id, surface string
		counted               bool
		rule                  RuleID
	}{
		{"after a term", "• Independent Prescriber (IP) qualification", "ip", "IP", false, ExcludeAcronymOf},
		{"before a term", "an IP (Independent Prescriber) qualification", "ip", "IP", false, ExcludeAcronymOf},
		{"function words give no initial", "Responsible Service of Alcohol (RSA)", "rsa", "RSA", false, ExcludeAcronymOf},
		{"after a name that is no term", "we mock APIs with Mock Service Worker (MSW) in Python", "msw", "MSW", false, ExcludeAcronymOf},
		{"after a term that holds more words", "NALA Certified Paralegal (CP) credential", "cp", "CP", false, ExcludeAcronymOf},
		{"a later use of a term's acronym is that term", "Independent Prescriber (IP). IP holders welcome", "prescriber", "IP", true, ContextDeclared},
		{"a later use of a name's acronym is no term", "Mock Service Worker (MSW). Python, MSW", "msw", "MSW", false, ExcludeAcronymOf},
		// The other way.
		{"beside its own term's words: one mention", "Intellectual Property (IP) law", "ip", "Intellectual Property", true, NoRule},
		{"its own context word later", "Independent Prescriber (IP). IP law firm", "ip", "IP", true, ContextQualifier},
		{"words it does not spell", "Python (RSA) and more", "rsa", "RSA", true, ContextList},
		{"words that spell more", "Independent Drug Prescriber (IP) and Python", "ip", "IP", true, ContextList},
		{"an unambiguous acronym beside words that are no term", "Structured Query Language (SQL)", "sql", "SQL", true, NoRule},
		{"an unambiguous acronym beside another term's words", "Medical Laboratory (ML) work", "ml", "ML", true, NoRule},
		{"words that name its own term otherwise", "Masters in Social Work (MSW) degree", "msw", "MSW", true, ContextQualifier},
		{"the acronym after a qualifier", "Master of Social Work (MSW) degree", "msw", "Master of Social Work", true, NoRule},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counted, found, rule := verdictOf(run(m, tt.in), tt.id, tt.surface)
			if !found || counted != tt.counted || rule != tt.rule {
				t.Errorf("Match(%q) %s %q: found %v counted %v rule %s; want counted %v rule %s\n%+v", tt.in, tt.id, tt.surface, found, counted, rule, tt.counted, tt.rule, rules(run(m, tt.in)))
			}
		})
	}
}
