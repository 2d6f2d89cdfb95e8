package market

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// term builds an ask's term: hard unless the name says soft.
func term(id, name string, wordings ...string) Term {
	kind := "hard"
	if id == "communication" || id == "teamwork" {
		kind = "soft"
	}
	return Term{ID: id, Name: name, Kind: kind, Category: "c", Wordings: wordings}
}

var (
	python  = term("python", "Python", "Python")
	pythonL = term("python", "Python", "python", "Python 3")
	sql     = term("sql", "SQL", "SQL")
	kafka   = term("kafka", "Apache Kafka", "Kafka")
	rabbit  = term("rabbitmq", "RabbitMQ", "RabbitMQ")
	mq      = term("message-queues", "Message Queues", "message queues")
	comm    = term("communication", "Communication", "communication skills")
	team    = term("teamwork", "Teamwork", "team player")
)

func alone(t Term, required, met bool) Ask {
	return Ask{Terms: []Term{t}, Required: required, Met: met}
}

// group is an ask of alternatives (a head first, when given, is no alternative).
func group(required, met bool, head *Term, members ...Term) Ask {
	a := Ask{Required: required, Met: met}
	if head != nil {
		a.Terms = append(a.Terms, *head)
	}
	for _, m := range members {
		m.Alternative = true
		a.Terms = append(a.Terms, m)
	}
	return a
}

func shown(t Term) Term { t.Shown = true; return t }

// postings is a market of five postings for a backend role.
func postings() []Posting {
	return []Posting{
		{Name: "a.txt", Asks: []Ask{alone(python, true, false), alone(sql, false, false), group(true, false, nil, kafka, rabbit), alone(comm, false, false)}},
		{Name: "b.txt", Asks: []Ask{alone(pythonL, true, false), group(false, false, &mq, rabbit, kafka)}},
		{Name: "c.txt", Asks: []Ask{alone(python, false, false), alone(kafka, true, false), alone(comm, true, false), alone(team, false, false)}},
		// Python twice (a stack line and a requirement): one posting.
		{Name: "d.txt", Asks: []Ask{alone(sql, true, false), alone(pythonL, false, false), alone(python, true, false)}},
		{Name: "e.txt", Error: &report.FileError{File: "e.txt", Kind: "empty", Error: "file is empty"}},
		{Name: "f.txt", Asks: []Ask{}},
	}
}

func tallyOf(resume string, ps []Posting) *Tally {
	t := NewTally(resume)
	for _, p := range ps {
		t.Add(p)
	}
	return t
}

func TestResult(t *testing.T) {
	got := tallyOf("", postings()).Result(Options{Complete: true, DictionaryVersion: "d", AlgorithmVersion: "3"})
	want := &report.MarketResult{
		SchemaVersion: report.SchemaVersion, Jobs: 5,
		Failed:     []report.FileError{{File: "e.txt", Kind: "empty", Error: "file is empty"}},
		TotalTerms: 7, MatchingTerms: 7,
		Terms: []report.MarketTerm{
			{Term: "Python", Kind: "hard", Category: "c", Postings: 4, Share: 0.8, Required: 3, Wordings: []string{"Python", "Python 3"}},
			{Term: "Apache Kafka", Kind: "hard", Category: "c", Postings: 3, Share: 0.6, Required: 1, Alternative: 2,
				Alternatives: []string{"RabbitMQ"}, Wordings: []string{"Kafka"}},
			// Ties by required count, then name.
			{Term: "Communication", Kind: "soft", Category: "c", Postings: 2, Share: 0.4, Required: 1, Wordings: []string{"communication skills"}},
			{Term: "SQL", Kind: "hard", Category: "c", Postings: 2, Share: 0.4, Required: 1, Wordings: []string{"SQL"}},
			{Term: "RabbitMQ", Kind: "hard", Category: "c", Postings: 2, Share: 0.4, Alternative: 2,
				Alternatives: []string{"Apache Kafka"}, Wordings: []string{"RabbitMQ"}},
			{Term: "Message Queues", Kind: "hard", Category: "c", Postings: 1, Share: 0.2, Wordings: []string{"message queues"}},
			{Term: "Teamwork", Kind: "soft", Category: "c", Postings: 1, Share: 0.2, Wordings: []string{"team player"}},
		},
		Gaps: []report.MarketTerm{}, Complete: true, DictionaryVersion: "d", AlgorithmVersion: "3",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Result (-want +got):\n%s", diff)
	}
}

// TestOrderFree: the postings' order (completion order) changes nothing.
func TestOrderFree(t *testing.T) {
	want := tallyOf("cv.md", resumePostings()).Result(Options{})
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		ps := resumePostings()
		r.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		if diff := cmp.Diff(want, tallyOf("cv.md", ps).Result(Options{})); diff != "" {
			t.Fatalf("shuffled postings (-want +got):\n%s", diff)
		}
	}
}

// TestWordings: one wording whatever its case or spacing, shown as most
// postings write it; counted once per posting; most postings first.
func TestWordings(t *testing.T) {
	k8s := func(ws ...string) Posting {
		return Posting{Name: "p", Asks: []Ask{alone(term("kubernetes", "Kubernetes", ws...), true, false)}}
	}
	got := tallyOf("", []Posting{
		k8s("k8s", "K8s", "k8s", "Kubernetes"), // k8s once for this posting
		k8s("K8s"), k8s("K8s"), k8s("kubernetes"), k8s("Kubernetes"),
		k8s("Kubernetes\n engine"), k8s("Kubernetes  Engine"), k8s("kube"),
	}).Result(Options{})
	want := []string{"K8s", "Kubernetes", "Kubernetes Engine", "kube"}
	if diff := cmp.Diff(want, got.Terms[0].Wordings); diff != "" {
		t.Errorf("wordings (-want +got):\n%s", diff)
	}
}

// resumePostings are postings read against a resume that names RabbitMQ
// and Python, not Kafka, SQL or Teamwork.
func resumePostings() []Posting {
	py, rb := shown(python), shown(rabbit)
	return []Posting{
		// Kafka or RabbitMQ: met by RabbitMQ, so no unmet demand for Kafka here.
		{Name: "a", Asks: []Ask{alone(py, true, true), group(true, true, nil, kafka, rb), alone(sql, true, false)}},
		{Name: "b", Asks: []Ask{alone(py, true, true), alone(kafka, true, false), alone(team, false, false)}},
		{Name: "c", Asks: []Ask{group(false, true, nil, rb, kafka), alone(sql, false, false), alone(team, false, false)}},
		// A term alone and in a group met by another: the posting's own ask is unmet.
		{Name: "d", Asks: []Ask{alone(kafka, false, false), group(false, true, nil, kafka, rb)}},
		{Name: "e", Asks: []Ask{group(true, false, nil, kafka, term("nats", "NATS", "NATS")), alone(team, true, false)}},
	}
}

func TestResume(t *testing.T) {
	got := tallyOf("cv.md", resumePostings()).Result(Options{})
	type row struct {
		Term                                   string
		Postings, Required, Alternative, Unmet int
		Resume                                 bool
	}
	rows := func(ts []report.MarketTerm) []row {
		var out []row
		for _, m := range ts {
			out = append(out, row{m.Term, m.Postings, m.Required, m.Alternative, *m.Unmet, *m.Resume})
		}
		return out
	}
	wantTerms := []row{
		{"Apache Kafka", 5, 1, 3, 3, false},
		{"Teamwork", 3, 1, 0, 3, false},
		{"RabbitMQ", 3, 0, 3, 0, true},
		{"Python", 2, 2, 0, 0, true},
		{"SQL", 2, 1, 0, 2, false},
		{"NATS", 1, 0, 1, 1, false},
	}
	if diff := cmp.Diff(wantTerms, rows(got.Terms)); diff != "" {
		t.Errorf("terms (-want +got):\n%s", diff)
	}
	// Gaps: unmet demand first (Kafka's 3, not its 5), then required;
	// RabbitMQ and Python are shown, and none is an unused alternative.
	wantGaps := []row{
		{"Apache Kafka", 5, 1, 3, 3, false},
		{"Teamwork", 3, 1, 0, 3, false},
		{"SQL", 2, 1, 0, 2, false},
		{"NATS", 1, 0, 1, 1, false},
	}
	if diff := cmp.Diff(wantGaps, rows(got.Gaps)); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
	if got.Resume != "cv.md" {
		t.Errorf("Resume = %q", got.Resume)
	}
}

// TestUnusedAlternativeNoGap: an alternative the resume lacks, in groups
// the resume meets, is never a gap, however often it is named.
func TestUnusedAlternativeNoGap(t *testing.T) {
	var ps []Posting
	for range 4 {
		ps = append(ps, Posting{Name: "p", Asks: []Ask{group(true, true, nil, kafka, shown(rabbit))}})
	}
	got := tallyOf("cv", ps).Result(Options{})
	if len(got.Gaps) != 0 {
		t.Errorf("gaps = %+v, want none", got.Gaps)
	}
	if k := got.Terms[0]; k.Term != "Apache Kafka" || *k.Resume || *k.Unmet != 0 || k.Alternative != 4 {
		t.Errorf("Kafka = %+v", k)
	}
}

func TestFilters(t *testing.T) {
	names := func(ts []report.MarketTerm) []string {
		var out []string
		for _, m := range ts {
			out = append(out, m.Term)
		}
		return out
	}
	tests := []struct {
		name  string
		o     Options
		terms []string
		gaps  []string
		pass  int // terms that pass the filters, before the top N
	}{
		{name: "top", o: Options{Top: 2}, terms: []string{"Apache Kafka", "Teamwork"}, gaps: []string{"Apache Kafka", "Teamwork"}, pass: 6},
		{name: "soft", o: Options{Kind: "soft"}, terms: []string{"Teamwork"}, gaps: []string{"Teamwork"}, pass: 1},
		{name: "hard share", o: Options{Kind: "hard", MinShare: 0.4}, terms: []string{"Apache Kafka", "RabbitMQ", "Python", "SQL"}, gaps: []string{"Apache Kafka", "SQL"}, pass: 4},
		{name: "share above all", o: Options{MinShare: 1.01}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tallyOf("cv", resumePostings()).Result(tc.o)
			if diff := cmp.Diff(tc.terms, names(got.Terms)); diff != "" {
				t.Errorf("terms (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.gaps, names(got.Gaps)); diff != "" {
				t.Errorf("gaps (-want +got):\n%s", diff)
			}
			if got.MatchingTerms != tc.pass {
				t.Errorf("matching terms %d, want %d", got.MatchingTerms, tc.pass)
			}
			if got.TotalTerms != 6 || got.Kind != tc.o.Kind || got.MinShare != tc.o.MinShare {
				t.Errorf("total %d, kind %q, min share %g", got.TotalTerms, got.Kind, got.MinShare)
			}
			if got.Terms == nil || got.Gaps == nil {
				t.Error("nil lists: the JSON would say null")
			}
		})
	}
}

// TestEmpty: no posting read, or every one failed: nothing to divide by.
func TestEmpty(t *testing.T) {
	for _, ps := range [][]Posting{nil, {{Name: "x", Error: &report.FileError{File: "x", Kind: "io"}}}} {
		got := tallyOf("", ps).Result(Options{MinShare: 0})
		if got.Jobs != 0 || len(got.Terms) != 0 || got.Terms == nil || got.Failed == nil || len(got.Failed) != len(ps) {
			t.Errorf("%d postings: %+v", len(ps), got)
		}
	}
}

// TestAlternativesCapped: the most frequent alternatives first, at most
// MaxAlternatives; wordings at most MaxWordings.
func TestAlternativesCapped(t *testing.T) {
	var ps []Posting
	others := []string{"B", "C", "D", "E", "F", "G", "H"}
	for i := range others {
		a := group(true, false, nil, term("a", "A", "A", "a1", "a2", "a3", "a4", "a5", "a6"))
		for _, o := range others[:i+1] {
			a.Terms = append(a.Terms, Term{ID: o, Name: o, Kind: "hard", Alternative: true})
		}
		ps = append(ps, Posting{Name: "p", Asks: []Ask{a}})
	}
	got := tallyOf("", ps).Result(Options{Top: 1}).Terms[0]
	if diff := cmp.Diff([]string{"B", "C", "D", "E", "F"}, got.Alternatives); diff != "" {
		t.Errorf("alternatives (-want +got):\n%s", diff)
	}
	if len(got.Wordings) != MaxWordings || got.Wordings[0] != "A" {
		t.Errorf("wordings = %v", got.Wordings)
	}
}
