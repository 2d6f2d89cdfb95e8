package render

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// How the printers show a requirement group (an ask with alternatives) and
// an ask met by another term, the same way in every format.

// alternativesText lists a group's other members for people: "NUnit";
// "RabbitMQ, Apache Kafka, or similar" for an open list, which a term of
// the same kind meets too.
func alternativesText(alts []string, open bool) string {
	s := strings.Join(alts, ", ")
	if open {
		s += ", or similar"
	}
	return s
}

// askName is a term with its alternatives, "xUnit (or NUnit)", or the
// term alone.
func askName(term string, alts []string, open bool) string {
	if len(alts) == 0 {
		return term
	}
	return term + " (or " + alternativesText(alts, open) + ")"
}

// howText is how the resume met an ask: "exact", "implied by PostgreSQL",
// "alternative: Apache Kafka".
func howText(m report.MatchedTerm) string {
	switch {
	case m.SatisfiedBy == "":
		return m.Match
	case m.Match == "alternative":
		return "alternative: " + m.SatisfiedBy
	}
	return m.Match + " by " + m.SatisfiedBy
}

// verdictRule is the rule of an ask met another way (implied,
// alternative, shown), which every format shows: without it a reader
// cannot tell why a term the resume never names counts. "" for any other
// evidence.
func verdictRule(e report.Evidence) string {
	if e.Match == "implied" || e.Match == "alternative" || e.Match == "shown" {
		return e.Rule
	}
	return ""
}
