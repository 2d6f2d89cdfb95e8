package match

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
	"github.com/google/go-cmp/cmp"
)

func TestParseNegPattern(t *testing.T) {
	tests := []struct {
		in            string
		before, after []negStep
		bad           bool
	}{
		{in: "no X required", before: []negStep{{words: [][]string{{"no"}}}}, after: []negStep{{words: [][]string{{"required"}}}}},
		{in: "X is|are", after: []negStep{{words: [][]string{{"is", "are"}}}}},
		{in: "[prior|previous] X", before: []negStep{{words: [][]string{{"prior", "previous"}}, opt: true}}},
		{in: "to [be able to] know X", before: []negStep{
			{words: [][]string{{"to"}}}, {words: [][]string{{"be"}, {"able"}, {"to"}}, opt: true}, {words: [][]string{{"know"}}}}},
		{in: "[be] [able] X", before: []negStep{{words: [][]string{{"be"}}, opt: true}, {words: [][]string{{"able"}}, opt: true}}},
		{in: "no required", bad: true},
		{in: "X no X", bad: true},
		{in: "X", bad: true},
		{in: "[no X]", bad: true},
		{in: "[no] [X]", bad: true},
		{in: "[[no]] X", bad: true},
		{in: "[no X", bad: true},
		{in: "no] X", bad: true},
		{in: "[no X required]", bad: true},
		{in: "no|| X", bad: true},
		{in: "|no X", bad: true},
		{in: "no| X", bad: true},
		{in: "[] X", bad: true},
		{in: "n[o X", bad: true},
	}
	for _, tt := range tests {
		p, err := parseNegPattern(tt.in)
		if tt.bad {
			if err == nil {
				t.Errorf("parseNegPattern(%q) = %+v; want an error", tt.in, p)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseNegPattern(%q): %v", tt.in, err)
			continue
		}
		opt := cmp.AllowUnexported(negStep{})
		if diff := cmp.Diff(tt.before, p.before, opt); diff != "" {
			t.Errorf("parseNegPattern(%q) before (-want +got):\n%s", tt.in, diff)
		}
		if diff := cmp.Diff(tt.after, p.after, opt); diff != "" {
			t.Errorf("parseNegPattern(%q) after (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNegPatternMatch(t *testing.T) {
	tests := []struct {
		pattern, before, after string
		ok                     bool
		restBefore, restAfter  string
	}{
		{"no X required", "we need no", "required today", true, "we need", "today"},
		{"no X required", "no", "required", true, "", ""},
		{"no X required", "", "required", false, "", ""},
		{"no X required", "no", "", false, "", ""},
		{"no X required", "no more", "required", false, "", ""}, // the before part must end at the run
		{"no X required", "no", "is required", false, "", ""},   // the after part must start at it
		{"no X required|needed", "no", "needed", true, "", ""},
		{"no X required|needed", "no", "necessary", false, "", ""},
		// An optional word, present or not.
		{"no [prior] X required", "no prior", "required", true, "", ""},
		{"no [prior] X required", "no", "required", true, "", ""},
		{"no [prior] X required", "prior", "required", false, "", ""},
		{"X [experience] [is|are] required", "", "experience is required now", true, "", "now"},
		{"X [experience] [is|are] required", "", "are required", true, "", ""},
		{"X [experience] [is|are] required", "", "is experience required", false, "", ""}, // order holds
		// An optional group is taken whole or not at all.
		{"to [be able to] speak X", "to be able to speak", "", true, "", ""},
		{"to [be able to] speak X", "need to speak", "", true, "need", ""},
		{"to [be able to] speak X", "to be able speak", "", false, "", ""},
		{"to [be able to] speak X", "to able to speak", "", true, "to able", ""}, // the group left out: "to speak"
		// Left out when the rest only matches without it.
		{"[to] to know X", "to know", "", true, "", ""},
		{"X [a] a b", "", "a b c", true, "", "c"},
		{"X [a] a b", "", "a a b", true, "", ""},
		// The words outside the pattern come back for the waiver check.
		{"without [any] X experience", "you can apply without any", "experience at all", true, "you can apply", "at all"},
	}
	for _, tt := range tests {
		p, err := parseNegPattern(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		b, a, ok := p.match(strings.Fields(tt.before), strings.Fields(tt.after))
		if ok != tt.ok || ok && (strings.Join(b, " ") != tt.restBefore || strings.Join(a, " ") != tt.restAfter) {
			t.Errorf("%q on %q X %q = %q, %q, %v; want %q, %q, %v", tt.pattern, tt.before, tt.after,
				b, a, ok, tt.restBefore, tt.restAfter, tt.ok)
		}
	}
}

// TestNegPatternsNeedANegation keeps anyNegation true to the table: it
// skips documents without one of its words, so every pattern must require
// one of them (not only in an optional step).
func TestNegPatternsNeedANegation(t *testing.T) {
	for _, p := range negPatterns {
		found := false
		for _, s := range append(append([]negStep{}, p.before...), p.after...) {
			for _, alts := range s.words {
				if !s.opt && len(alts) == 1 && isAny(alts[0], "no", "not", "without") {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("pattern %q needs none of no/not/without: anyNegation would skip it", p.src)
		}
	}
}

// TestNegatedAllocs: negated runs for every run of hits in a document
// with a negation word; its side words stay on the stack.
func TestNegatedAllocs(t *testing.T) {
	text := "No prior Java or Python experience is required; you can apply without any Go experience"
	m := mustCompile(t, testDict())
	r := run(m, text)
	if len(r.Rejected) != 3 {
		t.Fatalf("rejected %+v; want Java, Python and Go negated", r.Rejected)
	}
	view, _ := m.view(tokenize.Tokenize(text), nil)
	if !negated(view, 2, 5) {
		t.Fatalf("negated(%q, Java or Python) = false", text)
	}
	if n := testing.AllocsPerRun(100, func() { negated(view, 2, 5) }); n != 0 {
		t.Errorf("negated allocates %v times; want 0", n)
	}
}
