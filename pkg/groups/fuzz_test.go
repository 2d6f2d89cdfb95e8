package groups

import (
	"slices"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/google/go-cmp/cmp"
)

// FuzzGroups runs Detect on any text with the test surfaces found in it
// and one more match at arbitrary offsets: no panic, each match in at most
// one group, members distinct and never the head, a group of one member
// has a head or a kind, and the same input gives the same groups.
func FuzzGroups(f *testing.F) {
	for _, s := range []string{
		"Familiarity with message queues such as RabbitMQ or Kafka",
		"Kafka, RabbitMQ, or NATS",
		"xUnit/NUnit and Cypress or Playwright",
		"at least one major cloud (AWS preferred; Azure or GCP acceptable)",
		"HashiCorp Vault or similar secrets management",
		"Python, Java, etc.",
		"R&D or Python",
		"- Kafka or\n- RabbitMQ",
		"Either way, one of our clients (e.g. Kafka",
		"such as\n\n(((at least one (",
		"Bilingual English/Spanish",
	} {
		f.Add(s, 0, 3)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		ms := find(text, surfaces...)
		ms = append(ms, match.Match{TermID: "extra", Start: start, End: end})
		gs := Detect(dict, text, ms)
		if diff := cmp.Diff(gs, Detect(dict, text, ms)); diff != "" {
			t.Fatalf("Detect is not deterministic:\n%s", diff)
		}
		held := map[int]bool{}
		for _, g := range gs {
			if len(g.Members) == 0 || len(g.Matches) == 0 {
				t.Fatalf("empty group %+v", g)
			}
			if len(g.Members) < 2 && g.Head == "" && g.Kind == "" {
				t.Fatalf("a group of one with neither head nor kind: %+v", g)
			}
			if slices.Contains(g.Members, g.Head) && g.Head != "" {
				t.Fatalf("head among the members: %+v", g)
			}
			seen := map[string]bool{}
			for _, m := range g.Members {
				if seen[m] {
					t.Fatalf("member %s twice: %+v", m, g)
				}
				seen[m] = true
			}
			for k, i := range g.Matches {
				if i < 0 || i >= len(ms) || held[i] {
					t.Fatalf("match %d out of range or in two groups: %+v", i, g)
				}
				held[i] = true
				if k > 0 && ms[g.Matches[k-1]].Start > ms[i].Start {
					t.Fatalf("matches out of text order: %+v", g)
				}
			}
		}
	})
}
