package match

import "testing"

// TestQualifierObject: a context word after a name counts within two
// words not counting a determiner or a count, and after verbs coordinated
// with it, so a verb form reaches its object ("Lead a small crew", "Lead,
// train and motivate a team"); and only then.
func TestQualifierObject(t *testing.T) {
	m := mustCompile(t, testDict())
	tests := []struct {
		name, in, surface string
		counted           bool
		rule              RuleID
	}{
		{"a determiner before an adjective and the object", "- Led a small team of six", "Led", true, ContextQualifier},
		{"a possessive determiner", "we led our whole team to launch", "led", true, ContextQualifier},
		{"no determiner: two words only", "we led fearless bold team members", "led", false, OrdinaryNoContext},
		{"one determiner only", "we led a the small team", "led", false, OrdinaryNoContext},
		{"the object is not a context word", "we led a small parade", "led", false, OrdinaryNoContext},
		{"a sentence ends before it", "we led a. Small team", "led", false, OrdinaryNoContext},
		{"a count before the object", "we do monitoring 3 Prometheus servers", "monitoring", true, ContextQualifier},
		{"a count with thousands", "we do monitoring ~7,500 Prometheus targets", "monitoring", true, ContextQualifier},
		{"a scale is no count", "we do monitoring 3 million Prometheus series", "monitoring", false, OrdinaryNoContext},
		{"a determiner of another word's object", "we led there the team", "led", false, OrdinaryNoContext},
		{"verbs sharing the object", "- Led, trained and coached a team of six", "Led", true, ContextQualifier},
		{"two verbs sharing the object", "we led and grew the team", "led", true, ContextQualifier},
		{"a comma alone is no coordination", "we led, mostly, the team", "led", false, OrdinaryNoContext},
		{"a capitalised word is no coordinated verb", "we led and Grew the team", "led", false, OrdinaryNoContext},
		{"the object on the wrapped line", "last year we shipped the new platform and we led\n  a team of six", "led", true, ContextQualifier},
		{"the subject on the line before", "she joined us as one of the five engineers\n  led by Ann", "led", true, ContextQualifier},
		{"not after a short line", "we led\n  team", "led", false, OrdinaryNoContext},
		{"not across a blank line", "last year we shipped the new platform and we led\n\n  a team of six", "led", false, OrdinaryNoContext},
		{"not into a capitalised line", "last year we shipped the new platform and we led\nTeam of six", "led", false, OrdinaryNoContext},
		{"not across columns", "last year we shipped the platform  and we led\n  a team of six", "led", false, OrdinaryNoContext},
		{"too many coordinated words", "we led, hired, paid, trained and coached the team", "led", false, OrdinaryNoContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "leadership"
			if tt.surface == "monitoring" {
				id = "monitoring"
			}
			counted, found, rule := verdictOf(run(m, tt.in), id, tt.surface)
			if !found || counted != tt.counted || rule != tt.rule {
				t.Errorf("Match(%q) %q: found %v counted %v rule %s; want counted %v rule %s", tt.in, tt.surface, found, counted, rule, tt.counted, tt.rule)
			}
		})
	}
}

// TestLeadershipObjects: the embedded dictionary's Leadership counts "lead"
// with a crew or apprentices as its object, and not the other senses.
func TestLeadershipObjects(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		in      string
		counted bool
	}{
		{"- Lead a small crew of apprentices and keep daily job reports", true},
		{"Safety-minded and comfortable leading apprentices.", true},
		{"Led the night crew through the holiday season.", true},
		{"- Lead the way on safety walks", false},
		{"Cut the lead time of small orders.", false},
		{"Replaced lead pipes for a crew base.", false},
	}
	for _, tt := range tests {
		counted := false
		for _, x := range run(m, tt.in).Matches {
			counted = counted || x.TermID == "leadership"
		}
		if counted != tt.counted {
			t.Errorf("Match(%q) counts Leadership %v; want %v", tt.in, counted, tt.counted)
		}
	}
}

// TestIncludedIn: a whole item after "including" is read with the phrase
// it is part of, so a context word there confirms it; not farther back,
// not across a sentence end, not when the item goes on.
func TestIncludedIn(t *testing.T) {
	m := mustCompile(t, testDict())
	tests := []struct {
		name, in string
		counted  bool
		rule     RuleID
	}{
		{"a context word in the phrase", "Run Prometheus for all services, including monitoring", true, ContextQualifier},
		{"incl. and a list after it", "Prometheus for our services, incl. monitoring and alerting", true, ContextQualifier},
		{"particularly", "Prometheus work, particularly monitoring.", true, ContextQualifier},
		// The other way.
		{"no context word", "Run the services, including monitoring", false, OrdinaryNoContext},
		{"the phrase is too long", "Prometheus for all of our many services in three big regions, including monitoring", false, OrdinaryNoContext},
		{"a sentence ends between", "We use Prometheus. All services, including monitoring", false, OrdinaryNoContext},
		{"the item goes on", "Run Prometheus for all services, including monitoring dashboards", false, OrdinaryNoContext},
		{"no cue", "Run Prometheus for all services, then monitoring", false, OrdinaryNoContext},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counted, found, rule := verdictOf(run(m, tt.in), "monitoring", "monitoring")
			if !found || counted != tt.counted || rule != tt.rule {
				t.Errorf("Match(%q) monitoring: found %v counted %v rule %s; want counted %v rule %s\n%+v", tt.in, found, counted, rule, tt.counted, tt.rule, rules(run(m, tt.in)))
			}
		})
	}
}
