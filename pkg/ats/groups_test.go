package ats

import (
	"context"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/google/go-cmp/cmp"
)

// TestMatchReportsGroups runs the pipeline on requirement groups and an
// implied match, with the broader link the open list needs in an overlay:
// each group appears once, with its alternatives; an unused member is
// never missing; an ask met another way carries satisfied_by and the
// verdict rule on its resume evidence.
func TestMatchReportsGroups(t *testing.T) {
	a, err := New(Options{Overlays: []Overlay{{Name: "links.yaml", Data: []byte(
		"terms:\n  - extends: azure-service-bus\n    broader: [message-queues]\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	job := extract.Source{Name: "job.txt", Data: []byte("Backend Developer\n\nRequirements\n" +
		"- Experience writing unit tests (xUnit or NUnit)\n" +
		"- Familiarity with message queues such as RabbitMQ or Kafka\n" +
		"- Bachelor's degree in Computer Science\n" +
		"- Experience with Azure or AWS\n")}
	cv := extract.Source{Name: "cv.md", Data: []byte("# Dana Doe\n\n## Experience\n" +
		"- Built the order service in C# with xUnit tests and Azure Service Bus events\n" +
		"- Moved the team's builds to Azure\n\n## Education\n- MSc Computer Science, 2015\n")}
	res, err := a.Match(context.Background(), job, cv)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		Term, Match, SatisfiedBy string
		Alternatives             []string
		Open                     bool
		Rule, RuleID             string
	}
	got := map[string]row{}
	for _, m := range res.Matched {
		r := row{Term: m.Term, Match: m.Match, SatisfiedBy: m.SatisfiedBy, Alternatives: m.Alternatives, Open: m.Open}
		if len(m.ResumeEvidence) > 0 {
			r.Rule, r.RuleID = m.ResumeEvidence[0].Rule, m.ResumeEvidence[0].RuleID
		}
		got[m.Term] = r
	}
	want := map[string]row{
		"xUnit": {Term: "xUnit", Match: "exact", Alternatives: []string{"NUnit"}},
		"Message Queues": {Term: "Message Queues", Match: "implied", SatisfiedBy: "Azure Service Bus",
			Alternatives: []string{"RabbitMQ", "Apache Kafka"}, Open: true, RuleID: "group.equivalent",
			Rule: "counted: Azure Service Bus is a kind of Message Queues (the job's examples: RabbitMQ, Apache Kafka)"},
		"Bachelor's Degree": {Term: "Bachelor's Degree", Match: "implied", SatisfiedBy: "Master's Degree",
			RuleID: "implied.broader", Rule: "counted: Master's Degree ranks at or above Bachelor's Degree"},
		"Microsoft Azure": {Term: "Microsoft Azure", Match: "alias", Alternatives: []string{"AWS"}},
	}
	for term, w := range want {
		if diff := cmp.Diff(w, got[term]); diff != "" {
			t.Errorf("matched %s (-want +got):\n%s", term, diff)
		}
	}
	for _, m := range res.Missing {
		switch m.Term {
		case "NUnit", "RabbitMQ", "Apache Kafka", "AWS", "Master's Degree":
			t.Errorf("an unused alternative is reported missing: %+v", m)
		}
	}
	// The group's job evidence cites each member.
	var surfaces []string
	for _, e := range matchedTerm(res, "Message Queues").JobEvidence {
		surfaces = append(surfaces, e.Surface)
	}
	if diff := cmp.Diff([]string{"message queues", "RabbitMQ", "Kafka"}, surfaces); diff != "" {
		t.Errorf("group job evidence (-want +got):\n%s", diff)
	}
}

func matchedTerm(r *report.MatchResult, name string) report.MatchedTerm {
	for _, m := range r.Matched {
		if m.Term == name {
			return m
		}
	}
	return report.MatchedTerm{}
}

// TestMatchReportsLanguage: "English" asked of an English-language resume
// is met, with the rule on the resume's first line.
func TestMatchReportsLanguage(t *testing.T) {
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	job := extract.Source{Name: "job.txt", Data: []byte("Requirements\n- Fluent English and Python\n")}
	cv := extract.Source{Name: "cv.txt", Data: []byte("Sam Doe\nExperience\n" +
		"- Built the data pipelines for the finance team with Python and ran them through two audits.\n" +
		"- Wrote the runbooks that the on-call engineers used during incidents, with the checks for each alert.\n")}
	res, err := a.Match(context.Background(), job, cv)
	if err != nil {
		t.Fatal(err)
	}
	m := matchedTerm(res, "English")
	if m.Match != "implied" || len(m.ResumeEvidence) != 1 || m.ResumeCount != 0 {
		t.Fatalf("English = %+v; want implied, one evidence line, no mention", m)
	}
	if e := m.ResumeEvidence[0]; e.Line != 1 || e.Text != "Sam Doe" || e.RuleID != "implied.language" ||
		e.Rule != "counted: the resume is written in English" {
		t.Errorf("English evidence = %+v", e)
	}
}
