package groups

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/google/go-cmp/cmp"
)

// dict holds the broader links the kind of an open list is read from.
var dict = &keywords.Dict{Terms: sortTerms([]keywords.Term{
	{ID: "python", Name: "Python", Broader: []string{"programming-languages"}},
	{ID: "java", Name: "Java", Broader: []string{"programming-languages"}},
	{ID: "ruby", Name: "Ruby", Broader: []string{"programming-languages"}},
	{ID: "programming-languages", Name: "Programming Languages"},
	{ID: "vault", Name: "HashiCorp Vault", Broader: []string{"secrets-management"}},
	{ID: "secrets-management", Name: "Secrets Management"},
	{ID: "postgresql", Name: "PostgreSQL", Broader: []string{"relational-databases"}},
	{ID: "mysql", Name: "MySQL", Broader: []string{"relational-databases"}},
	{ID: "relational-databases", Name: "Relational Databases"},
	{ID: "gong", Name: "Gong"},
	{ID: "bachelors", Name: "Bachelor's Degree", Category: "degree"},
	{ID: "mca", Name: "Master of Computer Applications", Category: "degree"},
	{ID: "diploma", Name: "Diploma", Category: "degree"},
	{ID: "mpharm", Name: "MPharm", Category: "degree"},
	{ID: "react", Name: "React", Category: "framework"},
	{ID: "typescript", Name: "TypeScript", Category: "language"},
	{ID: "xunit", Name: "xUnit", Category: "framework"},
	{ID: "nunit", Name: "NUnit", Category: "framework"},
})}

func sortTerms(ts []keywords.Term) []keywords.Term {
	sort.Slice(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
	return ts
}

// find reports every surface of the "surface=id" pairs in text, longest
// first and without overlaps, as the matcher would.
func find(text string, pairs ...string) []match.Match {
	sort.SliceStable(pairs, func(i, j int) bool {
		a, _, _ := strings.Cut(pairs[i], "=")
		b, _, _ := strings.Cut(pairs[j], "=")
		return len(a) > len(b)
	})
	taken := make([]bool, len(text))
	var out []match.Match
	for _, p := range pairs {
		surface, id, _ := strings.Cut(p, "=")
		for off := 0; ; {
			i := strings.Index(text[off:], surface)
			if i < 0 {
				break
			}
			start := off + i
			off = start + len(surface)
			if taken[start] || taken[off-1] {
				continue
			}
			for k := start; k < off; k++ {
				taken[k] = true
			}
			out = append(out, match.Match{TermID: id, Start: start, End: off,
				Line: strings.Count(text[:start], "\n") + 1, Surface: surface, How: match.Exact})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// show writes a group as "open such as[a b] head=h kind=k".
func show(g Group) string {
	s := "closed"
	if g.Open {
		s = "open"
	}
	s += " " + g.Cue + "[" + strings.Join(g.Members, " ") + "]"
	if g.Head != "" {
		s += " head=" + g.Head
	}
	if g.Kind != "" {
		s += " kind=" + g.Kind
	}
	return s
}

func detect(text string, pairs ...string) []string {
	ms := find(text, pairs...)
	var out []string
	for _, g := range Detect(dict, text, ms) {
		out = append(out, show(g))
	}
	return out
}

// Common surfaces of the cases below.
var surfaces = []string{"Kafka=kafka", "RabbitMQ=rabbitmq", "NATS=nats", "xUnit=xunit", "NUnit=nunit",
	"Agile=agile", "Scrum=scrum", "Java=java", "Kotlin=kotlin", "Scala=scala", "Python=python",
	"Ruby=ruby", "PHP=php", ".Net=dotnet", "Go=go", "Rust=rust", "CRRT=crrt", "ECMO=ecmo",
	"message queues=message-queues", "HRIS=hris", "Workday=workday", "SAP SuccessFactors=successfactors",
	"Gong=gong", "Outreach=outreach", "Salesloft=salesloft", "Fourth=fourth", "Planday=planday",
	"relational databases=relational-databases", "PostgreSQL=postgresql", "MySQL=mysql",
	"HashiCorp Vault=vault", "secrets management=secrets-management", "Next.js=nextjs",
	"server-side rendering=ssr", "Computer Science=cs", "Mathematics=math", "Bachelor's=bachelors",
	"Master's degree=masters", "AWS=aws", "Azure=azure", "GCP=gcp", "Jest=jest",
	"React Testing Library=rtl", "Cypress=cypress", "Playwright=playwright", "SQL Server=mssql",
	"Docker=docker", "Kubernetes=kubernetes", "ECS=ecs", "EKS=eks", "R=r", "communication=communication",
	"Observability=observability", "Prometheus=prometheus", "Grafana=grafana", "Datadog=datadog",
	"Epic=epic", "Cerner=cerner", "React=react", "TypeScript=typescript", "healthcare=healthcare", "English=english", "Spanish=spanish",
	"Bachelor's degree=bachelors", "B.E.=bachelors", "B.Tech=bachelors", "MCA=mca", "Diploma=diploma", "MPharm=mpharm",
	"OSPAP=ospap", "ECE=ece", "Redux=redux", "Zustand=zustand", "AWS Certified Solutions Architect=aws-csa", "CKA=cka"}

// TestDetectAfterTerm: a cue may be a term itself ("Bilingual").
func TestDetectAfterTerm(t *testing.T) {
	if got := detect("- Bilingual English/Spanish", append([]string{"Bilingual=bilingual"}, surfaces...)...); got != nil {
		t.Errorf("Detect = %v; want no group", got)
	}
	if got := detect("- HRIS like Workday or SAP SuccessFactors", surfaces...); len(got) != 1 || got[0] != "open like[workday successfactors] head=hris" {
		t.Errorf("Detect = %v", got)
	}
}

func TestDetectGroups(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// Closed lists.
		{"Publish events using Kafka or RabbitMQ", []string{"closed or[kafka rabbitmq]"}},
		{"Kafka, RabbitMQ, or NATS in production", []string{"closed or[kafka rabbitmq nats]"}},
		{"Kafka, RabbitMQ or NATS", []string{"closed or[kafka rabbitmq nats]"}},
		{"unit tests (xUnit/NUnit)", []string{"closed /[xunit nunit]"}},
		{"an Agile / Scrum team", []string{"closed /[agile scrum]"}},
		{"either Java or Kotlin", []string{"closed either[java kotlin]"}},
		{"Either a Java, Kotlin background", []string{"closed either[java kotlin]"}},
		{"one of Java, Kotlin and Scala", []string{"closed one of[java kotlin scala]"}},
		{"any of: Java, Kotlin, Scala", []string{"closed any of[java kotlin scala]"}},
		{"at least one of Java, Kotlin and Scala", []string{"closed at least one of[java kotlin scala]"}},
		{"CRRT and/or ECMO experience", []string{"closed or[crrt ecmo]"}},
		{"Bachelor's or Master's degree in Computer Science", []string{"closed or[bachelors masters]"}},
		{"Hands-on with Docker and at least one major cloud (AWS preferred; Azure or GCP acceptable)",
			[]string{"closed at least one[aws azure gcp]"}},
		{"tests with Jest/React Testing Library and Cypress or Playwright",
			[]string{"closed /[jest rtl]", "closed or[cypress playwright]"}},
		{"Kafka experience or RabbitMQ", []string{"closed or[kafka rabbitmq]"}},
		// The rest of a name the term did not cover.
		{"client state with Redux Toolkit or Zustand", []string{"closed or[redux zustand]"}},
		{"AWS Certified Solutions Architect – Associate or CKA certification", []string{"closed or[aws-csa cka]"}},
		{"Redux Toolkit Zustand", nil},
		{"Previous Kafka Manager or message queues experience", nil},
		{"Redux – Toolkit, Zustand", nil},
		{"Experience with Epic or Cerner", []string{"closed or[epic cerner]"}},
		// An unknown member stays in the list.
		{"MySQL, Oracle or PostgreSQL", []string{"closed or[mysql postgresql]"}},
		{"skills (PostgreSQL, MySQL or\n  Oracle)", []string{"closed or[postgresql mysql]"}},
		// One line break inside an item.
		{"- Kafka or\n  RabbitMQ", []string{"closed or[kafka rabbitmq]"}},
		// Alternatives stated apart.
		{"B.E./B.Tech in Computer Science, IT or ECE; MCA candidates may also apply",
			[]string{"closed also[bachelors mca]", "closed or[cs ece]"}},
		{"Bachelor's degree required. Diploma holders can also apply", []string{"closed also[bachelors diploma]"}},
		{"MPharm degree (or an overseas qualification plus OSPAP)", []string{"closed or[mpharm ospap]"}},
		// Open lists.
		{"Familiarity with message queues such as RabbitMQ or Kafka",
			[]string{"open such as[rabbitmq kafka] head=message-queues"}},
		{"Experience with an HRIS such as Workday, SAP SuccessFactors or Core HR",
			[]string{"open such as[workday successfactors] head=hris"}},
		{"Observability tools such as Prometheus, Grafana or Datadog",
			[]string{"open such as[prometheus grafana datadog] head=observability"}},
		{"languages such as Python, Ruby, Java, PHP, and .Net",
			[]string{"open such as[python ruby java php dotnet]"}},
		{"languages such as Python, Ruby and Java", []string{"open such as[python ruby java] kind=programming-languages"}},
		{"tools like Gong and Outreach or Salesloft", []string{"open like[gong outreach salesloft]"}},
		{"rota software (e.g. Fourth, Planday or similar)", []string{"open e.g.[fourth planday]"}},
		{"relational databases (e.g. PostgreSQL)", []string{"open e.g.[postgresql] head=relational-databases"}},
		{"PostgreSQL, MySQL or similar", []string{"open or similar[postgresql mysql] kind=relational-databases"}},
		{"HashiCorp Vault or similar secrets management", []string{"open or similar[vault] head=secrets-management"}},
		{"HashiCorp Vault or similar", nil}, // one example is no kind
		{"Bachelor's degree or equivalent experience", nil},
		{"Python, Java, etc.", []string{"open etc.[python java] kind=programming-languages"}},
		{"Next.js or another server-side rendering framework", []string{"open or another[nextjs] head=ssr"}},
		{"Degree in Computer Science, Mathematics or a related field", []string{"open or a related[cs math]"}},
		{"Python, Java, or equivalent", []string{"open or equivalent[python java] kind=programming-languages"}},
		// Unknown items may end a list before its cue, as between terms.
		{"Degree in Computer Science, Mathematics, Engineering or a comparable field", []string{"open or a comparable[cs math]"}},
		{"Degree in Computer Science, Mathematics, Electrical Engineering, Physics or a related field", []string{"open or a related[cs math]"}},
		{"Python, Java, Haskell, etc.", []string{"open etc.[python java] kind=programming-languages"}},
		{"Kafka, RabbitMQ, Pulsar or ActiveMQ", []string{"closed or[kafka rabbitmq]"}},
		{"Go, Python, Haskell", nil},
		{"Go, Python, Haskell and Elixir", nil},
		{"Go, Python, strong engineering or a related field", nil},
		{"Go, Python. Engineering or a related field", nil},
		{"Go, Python, A B C D or similar", nil},

		// Not groups.
		{"Go and Python", nil},
		{"Go, Python, Rust", nil},
		{"Go, Python and Rust", nil},
		{"Go, Python, and Rust", nil},
		{"Kafka & RabbitMQ", nil},
		{"R&D or Python work", nil},
		{"Either way, we use Go and Python", nil},
		{"Either way, you will write Go or Rust", []string{"closed or[go rust]"}},
		{"You will support one of our clients with Python and Java", nil},
		{"We would like Python and Java", nil},
		{"Kubernetes and AWS (ECS, EKS)", nil},
		{"at least one year (2024) of Go and Python", nil},
		{"Python, Java\nGo or Rust", []string{"closed or[go rust]"}},
		{"- Kafka or\n- RabbitMQ", nil},
		{"Kafka or\n\nRabbitMQ", nil},
		{"Kafka or\nx\nRabbitMQ", nil},
		{"Python. Or Go", nil},
		{"skills such as communication", nil},
		{"Experience in healthcare or another regulated sector", nil},
		{"Docker and Kubernetes or anything", []string{}},
		{"Python or Python", nil},
		{"Bachelor's degree required. MCA candidates must also apply online", nil},
		{"Python developers will also be considered", nil},
		{"Kafka; MCA candidates may also apply", nil}, // no earlier ask of its kind
		{"MPharm degree (or equivalent)", nil},
		{"Frontend Engineer (React/TypeScript)", nil}, // a stack, not alternatives
		{"React or TypeScript", []string{"closed or[react typescript]"}},
		{"Bilingual English/Spanish", nil},
		{"bilingual in English or Spanish", []string{"closed or[english spanish]"}},
		{"both Java/Kotlin and Scala", nil},
		{"all of Java, Kotlin or Scala", nil},
		{"Go (Python, Rust)", nil},
		{"Kafka: RabbitMQ", nil},
	}
	for _, tt := range tests {
		got := detect(tt.in, surfaces...)
		if len(tt.want) == 0 {
			tt.want = nil
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Detect(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestDetectMatches checks which occurrences a group holds: its members'
// and its head's in the list, never one named elsewhere.
func TestDetectMatches(t *testing.T) {
	text := "Publish events through RabbitMQ.\nFamiliarity with message queues such as RabbitMQ or Kafka\nKafka Streams"
	ms := find(text, "RabbitMQ=rabbitmq", "Kafka=kafka", "message queues=message-queues", "Kafka Streams=kafka-streams")
	gs := Detect(dict, text, ms)
	if len(gs) != 1 {
		t.Fatalf("Detect = %d groups; want 1", len(gs))
	}
	var held []string
	for _, i := range gs[0].Matches {
		held = append(held, fmt.Sprintf("%s@%d", ms[i].TermID, ms[i].Line))
	}
	want := []string{"message-queues@2", "rabbitmq@2", "kafka@2"}
	if diff := cmp.Diff(want, held); diff != "" {
		t.Errorf("group matches (-want +got):\n%s", diff)
	}
	if gs[0].Ask() != "message-queues" {
		t.Errorf("Ask() = %q", gs[0].Ask())
	}
}

// TestDetectOverlaps: a match overlapping an earlier one is never a
// member, and bad offsets are skipped, not a panic.
func TestDetectOverlaps(t *testing.T) {
	text := "Kafka or RabbitMQ"
	ms := []match.Match{
		{TermID: "kafka", Start: 0, End: 5},
		{TermID: "kafka-x", Start: 2, End: 5},
		{TermID: "rabbitmq", Start: 9, End: 17},
		{TermID: "bad", Start: 10, End: 99},
		{TermID: "neg", Start: -1, End: 2},
	}
	gs := Detect(nil, text, ms)
	if len(gs) != 1 || show(gs[0]) != "closed or[kafka rabbitmq]" {
		t.Errorf("Detect = %v", gs)
	}
	if Detect(nil, "", nil) != nil {
		t.Error("Detect on nothing is not nil")
	}
}

func TestScan(t *testing.T) {
	text := "Tools (e.g., R&D and B.Tech, etc.) or\n  similar"
	ts, trail := scan(nil, text, 0, len(text))
	var got []string
	for _, tk := range ts {
		got = append(got, tk.text)
	}
	want := []string{"Tools", "(", "e.g.", ",", "R", "&D", "and", "B.Tech", ",", "etc.", ")", "or", "similar"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scan (-want +got):\n%s", diff)
	}
	if trail != 0 || ts[len(ts)-1].lines != 1 {
		t.Errorf("line breaks: trail %d, last %d", trail, ts[len(ts)-1].lines)
	}
}

// TestCueSets: every word of the cue sets is found by in and isCueWord
// in any case, and no cue word has a space (scan makes one token of it).
func TestCueSets(t *testing.T) {
	for name, s := range map[string]map[string]bool{"fillers": fillers, "articles": articles, "likeNotCue": likeNotCue,
		"leadWords": leadWords, "tailWords": tailWords, "alsoStart": alsoStart, "alsoModals": alsoModals, "alsoVerbs": alsoVerbs} {
		for w := range s {
			if !in(s, w) || !in(s, strings.ToUpper(w)) || strings.Contains(w, " ") || w != strings.ToLower(w) {
				t.Errorf("%s: %q is not found by in, or not one lower-case word", name, w)
			}
		}
	}
	for w := range leadWords {
		if !isCueWord(strings.ToUpper(w[:1])+w[1:], leadWords, &leadInitials) {
			t.Errorf("lead word %q not a cue word", w)
		}
	}
	for w := range tailWords {
		if !isCueWord(w, tailWords, &tailInitials) {
			t.Errorf("tail word %q not a cue word", w)
		}
	}
}
