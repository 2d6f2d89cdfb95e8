package score

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// vdict has the broader links the verdicts read: tools to their kind, the
// degree ladder, languages.
var vdict = func() *keywords.Dict {
	ts := []keywords.Term{
		{ID: "kafka", Name: "Kafka", Kind: keywords.Hard, Category: "messaging", Broader: []string{"message-queues"}},
		{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard, Category: "messaging", Broader: []string{"message-queues"}, Weight: 2},
		{ID: "nats", Name: "NATS", Kind: keywords.Hard, Category: "messaging", Broader: []string{"message-queues"}},
		{ID: "asb", Name: "Azure Service Bus", Kind: keywords.Hard, Category: "messaging", Broader: []string{"message-queues"}},
		{ID: "message-queues", Name: "Message Queues", Kind: keywords.Hard, Category: "messaging"},
		{ID: "redis", Name: "Redis", Kind: keywords.Hard, Category: "database"},
		{ID: "postgresql", Name: "PostgreSQL", Kind: keywords.Hard, Category: "database", Broader: []string{"relational-databases"}},
		{ID: "mysql", Name: "MySQL", Kind: keywords.Hard, Category: "database", Broader: []string{"relational-databases"}},
		{ID: "relational-databases", Name: "Relational Databases", Kind: keywords.Hard, Category: "database"},
		{ID: "phd", Name: "PhD", Kind: keywords.Hard, Category: "degree", Broader: []string{"masters"}},
		{ID: "masters", Name: "Master's Degree", Kind: keywords.Hard, Category: "degree", Broader: []string{"bachelors"}},
		{ID: "bachelors", Name: "Bachelor's Degree", Kind: keywords.Hard, Category: "degree", Broader: []string{"associate"}},
		{ID: "associate", Name: "Associate Degree", Kind: keywords.Hard, Category: "degree"},
		{ID: "bsn", Name: "BSN", Kind: keywords.Hard, Category: "degree", Broader: []string{"bachelors"}},
		{ID: "english", Name: "English", Kind: keywords.Hard, Category: "spoken-language"},
		{ID: "german", Name: "German", Kind: keywords.Hard, Category: "spoken-language"},
		{ID: "go", Name: "Go", Kind: keywords.Hard, Category: "language"},
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].ID < ts[j].ID })
	return &keywords.Dict{Terms: ts}
}()

// pairs are the surfaces the verdict tests find, longest first.
var vpairs = []string{"Azure Service Bus=asb", "message queues=message-queues", "relational databases=relational-databases",
	"Master's degree=masters", "Bachelor's=bachelors", "Associate degree=associate", "PostgreSQL=postgresql",
	"RabbitMQ=rabbitmq", "MySQL=mysql", "Kafka=kafka", "NATS=nats", "Redis=redis", "PhD=phd", "BSN=bsn",
	"English=english", "German=german", "Go=go"}

// verdictOf is one ask as the tests compare it.
type verdictOf struct {
	Term         string
	Matched      bool
	Alternatives string
	Open         bool
	SatisfiedBy  string
	How          string
	Rule, RuleID string
	JobCount     int
	Required     bool
}

func verdictsOf(r Result) []verdictOf {
	var out []verdictOf
	for _, tr := range r.Terms {
		v := verdictOf{Term: tr.Term.Name, Matched: tr.Matched, Open: tr.Open, How: string(tr.How),
			Rule: tr.Rule.String(), JobCount: tr.JobCount, Required: tr.Required}
		var alts []string
		for _, t := range tr.Alternatives {
			alts = append(alts, t.Name)
		}
		v.Alternatives = strings.Join(alts, ", ")
		if tr.SatisfiedBy != nil {
			v.SatisfiedBy = tr.SatisfiedBy.Name
		}
		if tr.Rule != nil {
			v.RuleID = tr.Rule.ID.String()
		}
		out = append(out, v)
	}
	return out
}

// longest finds the vpairs in text without overlaps, longest first.
func longest(text string) Doc {
	var pairs []string
	taken := strings.Repeat(" ", len(text))
	for _, p := range vpairs {
		surface, _, _ := strings.Cut(p, "=")
		for off := 0; ; {
			i := strings.Index(text[off:], surface)
			if i < 0 {
				break
			}
			start := off + i
			off = start + len(surface)
			if strings.TrimSpace(taken[start:off]) == "" {
				taken = taken[:start] + strings.Repeat("x", off-start) + taken[off:]
				pairs = append(pairs, p)
			}
		}
	}
	d := Doc{Lines: strings.Split(text, "\n")}
	for _, m := range find(text, dedupe(pairs)...) {
		if strings.TrimSpace(taken[m.Start:m.End]) == strings.Repeat("x", m.End-m.Start) && !overlapsLonger(m.Start, m.End, text) {
			d.Matches = append(d.Matches, m)
		}
	}
	return d
}

func dedupe(ps []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// overlapsLonger reports a shorter surface inside a longer one at
// [start, end) ("RabbitMQ" is never inside another here; "Go" may be
// inside a word).
func overlapsLonger(start, end int, text string) bool {
	isWord := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	return start > 0 && isWord(text[start-1]) || end < len(text) && isWord(text[end])
}

func vjob(text string) Doc {
	d := longest(text)
	d.Sections = jobDoc(text).Sections
	return d
}

func vresume(text string) Doc {
	d := longest(text)
	d.Sections = resumeDoc(text).Sections
	return d
}

const englishResume = "Experience\n- Built the payments service for a team of six and ran it through two audits.\n" +
	"- Wrote the runbooks that the on-call engineers used during incidents, with the checks for each alert.\n"

const germanResume = "Berufserfahrung\n- Entwicklung von Webanwendungen für einen Kunden aus der Logistik mit fünf Entwicklern.\n" +
	"- Verantwortlich für die Architektur und den Betrieb der Dienste, die Überwachung und die Bereitschaft.\n"

func TestVerdicts(t *testing.T) {
	tests := []struct {
		name        string
		job, resume string
		want        []verdictOf
	}{
		{
			name: "a closed group is one ask, met by either member",
			job:  "Requirements\n- Kafka or RabbitMQ", resume: "Skills\nRabbitMQ",
			want: []verdictOf{{Term: "RabbitMQ", Matched: true, Alternatives: "Kafka", JobCount: 1, Required: true}},
		},
		{
			name: "a closed group missing is one ask, named by its first member",
			job:  "Requirements\n- Kafka or RabbitMQ", resume: "Skills\nGo",
			want: []verdictOf{{Term: "Kafka", Alternatives: "RabbitMQ", JobCount: 1, Required: true}},
		},
		{
			name: "a closed group is never met by a sibling",
			job:  "Requirements\n- Kafka or RabbitMQ", resume: "Skills\nNATS",
			want: []verdictOf{{Term: "Kafka", Alternatives: "RabbitMQ", JobCount: 1, Required: true}},
		},
		{
			name: "an open list is met by a clear equivalent through its head",
			job:  "Requirements\n- message queues such as RabbitMQ or Kafka", resume: "Skills\nAzure Service Bus",
			want: []verdictOf{{Term: "Message Queues", Matched: true, Alternatives: "RabbitMQ, Kafka", Open: true,
				SatisfiedBy: "Azure Service Bus", How: "implied", RuleID: "group.equivalent", JobCount: 1, Required: true,
				Rule: "counted: Azure Service Bus is a kind of Message Queues (the job's examples: RabbitMQ, Kafka)"}},
		},
		{
			name: "an open list's member meets its head",
			job:  "Requirements\n- message queues such as RabbitMQ or Kafka", resume: "Skills\nKafka",
			want: []verdictOf{{Term: "Message Queues", Matched: true, Alternatives: "RabbitMQ, Kafka", Open: true,
				SatisfiedBy: "Kafka", How: "alternative", RuleID: "group.member", JobCount: 1, Required: true,
				Rule: "counted: Kafka is one of the job's examples of Message Queues"}},
		},
		{
			name: "an open list's head named itself",
			job:  "Requirements\n- message queues such as RabbitMQ or Kafka", resume: "Skills\nmessage queues",
			want: []verdictOf{{Term: "Message Queues", Matched: true, Alternatives: "RabbitMQ, Kafka", Open: true, JobCount: 1, Required: true}},
		},
		{
			name: "an open list is not met by a term of another kind",
			job:  "Requirements\n- message queues such as RabbitMQ or Kafka", resume: "Skills\nRedis",
			want: []verdictOf{{Term: "Message Queues", Alternatives: "RabbitMQ, Kafka", Open: true, JobCount: 1, Required: true}},
		},
		{
			name: "an open list without a head: met by a term of the members' kind",
			job:  "Tech Stack\nPostgreSQL, MySQL or similar", resume: "Skills\nNATS and relational databases",
			want: []verdictOf{{Term: "PostgreSQL", Alternatives: "MySQL", Open: true, JobCount: 1}},
		},
		{
			name: "a narrower term meets a broader ask",
			job:  "Requirements\n- relational databases", resume: "Skills\nPostgreSQL",
			want: []verdictOf{{Term: "Relational Databases", Matched: true, SatisfiedBy: "PostgreSQL", How: "implied",
				RuleID: "implied.broader", Rule: "counted: PostgreSQL is a kind of Relational Databases", JobCount: 1, Required: true}},
		},
		{
			name: "never the other way",
			job:  "Requirements\n- PostgreSQL", resume: "Skills\nrelational databases",
			want: []verdictOf{{Term: "PostgreSQL", JobCount: 1, Required: true}},
		},
		{
			name: "a BSN meets a Bachelor's degree",
			job:  "Requirements\n- Bachelor's degree required", resume: "Education\nBSN, 2019",
			want: []verdictOf{{Term: "Bachelor's Degree", Matched: true, SatisfiedBy: "BSN", How: "implied",
				RuleID: "implied.broader", Rule: "counted: BSN ranks at or above Bachelor's Degree", JobCount: 1, Required: true}},
		},
		{
			name: "a Bachelor's is no BSN",
			job:  "Requirements\n- BSN required", resume: "Education\nBachelor's, 2019",
			want: []verdictOf{{Term: "BSN", JobCount: 1, Required: true}},
		},
		{
			name: "Bachelor's or Master's: a PhD is above both",
			job:  "Requirements\n- Bachelor's or Master's degree", resume: "Education\nPhD, 2019",
			want: []verdictOf{{Term: "Bachelor's Degree", Matched: true, Alternatives: "Master's Degree", SatisfiedBy: "PhD",
				How: "implied", RuleID: "implied.broader", Rule: "counted: PhD ranks at or above Bachelor's Degree", JobCount: 1, Required: true}},
		},
		{
			name: "Bachelor's or Master's: the lowest level is enough",
			job:  "Requirements\n- Bachelor's or Master's degree", resume: "Education\nBachelor's, 2019",
			want: []verdictOf{{Term: "Bachelor's Degree", Matched: true, Alternatives: "Master's Degree", JobCount: 1, Required: true}},
		},
		{
			name: "Bachelor's or Master's: an Associate degree is not",
			job:  "Requirements\n- Bachelor's or Master's degree", resume: "Education\nAssociate degree, 2019",
			want: []verdictOf{{Term: "Bachelor's Degree", Alternatives: "Master's Degree", JobCount: 1, Required: true}},
		},
		{
			name: "a member asked for on its own in another requirement stays its own term",
			job:  "Requirements\n- Kafka or RabbitMQ\n- Strong RabbitMQ skills", resume: "Skills\nKafka",
			want: []verdictOf{
				{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 1, Required: true},
				{Term: "RabbitMQ", JobCount: 1, Required: true},
			},
		},
		{
			name: "a member wished for on its own stays its own term",
			job:  "Requirements\n- Kafka or RabbitMQ\nNice to have\n- RabbitMQ", resume: "Skills\nKafka",
			want: []verdictOf{
				{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 1, Required: true},
				{Term: "RabbitMQ", JobCount: 1},
			},
		},
		{
			name: "a member in the tech stack is the group's",
			job:  "Tech Stack\n- RabbitMQ\nRequirements\n- Kafka or RabbitMQ", resume: "Skills\nKafka",
			want: []verdictOf{{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 2, Required: true}},
		},
		{
			name: "a member in the duties is the group's",
			job:  "Responsibilities\n- Operate our RabbitMQ cluster\nRequirements\n- Kafka or RabbitMQ", resume: "Skills\nKafka",
			want: []verdictOf{{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 2, Required: true}},
		},
		{
			name: "a member in a stack statement beside the group is the group's",
			job:  "Requirements\n- Kafka or RabbitMQ (we run on RabbitMQ)", resume: "Skills\nKafka",
			want: []verdictOf{{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 2, Required: true}},
		},
		{
			name: "a term a member implies, in the duties, is the group's",
			job:  "Responsibilities\n- Design relational databases\nRequirements\n- PostgreSQL or Redis", resume: "Skills\nRedis",
			want: []verdictOf{{Term: "Redis", Matched: true, Alternatives: "PostgreSQL", JobCount: 2, Required: true}},
		},
		{
			name: "a term narrower than a member, in the duties, is a task of its own",
			job:  "Responsibilities\n- Tune our MySQL replicas\nRequirements\n- relational databases or Redis", resume: "Skills\nRedis",
			want: []verdictOf{
				{Term: "Redis", Matched: true, Alternatives: "Relational Databases", JobCount: 1, Required: true},
				{Term: "MySQL", JobCount: 1},
			},
		},
		{
			name: "a term narrower than a member, in a stack statement, is the group's",
			job:  "Requirements\n- relational databases or Redis (we run on MySQL)", resume: "Skills\nRedis",
			want: []verdictOf{{Term: "Redis", Matched: true, Alternatives: "Relational Databases", JobCount: 2, Required: true}},
		},
		{
			name: "a term no member names, in the duties, stays its own",
			job:  "Responsibilities\n- Write Go services\nRequirements\n- Kafka or RabbitMQ", resume: "Skills\nKafka",
			want: []verdictOf{
				{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 1, Required: true},
				{Term: "Go", JobCount: 1},
			},
		},
		{
			name: "a group stated only in the duties decides nothing",
			job:  "Responsibilities\n- Run Kafka or RabbitMQ\n- Operate RabbitMQ", resume: "Skills\nKafka",
			want: []verdictOf{
				{Term: "Kafka", Matched: true, Alternatives: "RabbitMQ", JobCount: 1},
				{Term: "RabbitMQ", JobCount: 1},
			},
		},
		{
			name: "a group stated twice is one ask, in either order",
			job:  "Requirements\n- Kafka or RabbitMQ\n- RabbitMQ or Kafka in production", resume: "Skills\nGo",
			want: []verdictOf{{Term: "Kafka", Alternatives: "RabbitMQ", JobCount: 2, Required: true}},
		},
		{
			name: "English of an English-language resume",
			job:  "Requirements\n- Fluent English", resume: englishResume,
			want: []verdictOf{{Term: "English", Matched: true, How: "implied", RuleID: "implied.language",
				Rule: "counted: the resume is written in English", JobCount: 1, Required: true}},
		},
		{
			name: "English of a German-language resume",
			job:  "Requirements\n- Fluent English", resume: germanResume,
			want: []verdictOf{{Term: "English", JobCount: 1, Required: true}},
		},
		{
			name: "German of an English-language resume",
			job:  "Requirements\n- Fluent German", resume: englishResume,
			want: []verdictOf{{Term: "German", JobCount: 1, Required: true}},
		},
		{
			name: "a resume too short to tell",
			job:  "Requirements\n- Fluent English", resume: "Skills\nGo and the rest",
			want: []verdictOf{{Term: "English", JobCount: 1, Required: true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := verdictsOf(Compute(vdict, vjob(tt.job), vresume(tt.resume)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compute(%q, %q) (-want +got):\n%s", tt.job, tt.resume, diff)
			}
		})
	}
}

// TestGroupWeight: a group weighs as its strongest member, counts once in
// the score and in the coverage, and its role is its strongest
// statement's.
func TestGroupWeight(t *testing.T) {
	r := Compute(vdict, vjob("Requirements\n- Kafka or RabbitMQ\nTech Stack\n- Go"), vresume("Skills\nKafka"))
	if len(r.Terms) != 2 || r.HardTotal != 2 || r.HardMatched != 1 {
		t.Fatalf("asks %d, coverage %d/%d; want 2, 1/2", len(r.Terms), r.HardMatched, r.HardTotal)
	}
	g := r.Terms[0]
	if g.Term.ID != "kafka" || g.Weight != 2*RequiredFactor {
		t.Errorf("group %s weight %v; want kafka, %v (RabbitMQ's weight 2, required)", g.Term.ID, g.Weight, 2*RequiredFactor)
	}
	// 3 of 3 + 1 = 75.
	if r.Total != 75 {
		t.Errorf("Total = %v; want 75", r.Total)
	}
	if g.ResumeCount != 1 || len(g.Resume) != 1 || g.Resume[0].Surface != "Kafka" {
		t.Errorf("resume evidence %+v", g.Resume)
	}
	if len(g.Job) != 2 {
		t.Errorf("job occurrences %d; want both members'", len(g.Job))
	}
}

func TestResumeLanguage(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{englishResume, "English"},
		{germanResume, ""},
		{"Expérience professionnelle : développeur logiciel chez Acme, développement d'applications web avec Java et Spring, responsable de l'architecture et de l'équipe de cinq développeurs.", ""},
		{"Experiencia profesional: desarrollador de software en Acme, desarrollo de aplicaciones web con Java y Spring, responsable de la arquitectura del equipo de cinco personas.", ""},
		{"Skills: Go, Python, Kafka, Docker, Kubernetes, Terraform, AWS, GCP, Azure, SQL, Redis, Linux, Git, Jenkins, Helm, Ansible, Bash, Grafana, Prometheus, Vault", ""},
		{"Go and the rest", ""}, // too short to tell
	}
	for _, tt := range tests {
		if got := resumeLanguage(strings.Split(tt.text, "\n")); got != tt.want {
			t.Errorf("resumeLanguage(%.40q…) = %q; want %q", tt.text, got, tt.want)
		}
	}
}

func TestRuleStrings(t *testing.T) {
	if (*Rule)(nil).String() != "" || (&Rule{}).String() != "" || NoRule.String() != "" || RuleID(99).String() != "" {
		t.Error("no rule must print nothing")
	}
	seen := map[string]bool{}
	for _, id := range RuleIDs {
		s := id.String()
		group, name, ok := strings.Cut(s, ".")
		if !ok || group == "" || name == "" || strings.Trim(s, "abcdefghijklmnopqrstuvwxyz.-") != "" || seen[s] {
			t.Errorf("rule id %q is not dotted lower case, or twice", s)
		}
		seen[s] = true
	}
}

// TestRuleIDsDocumented: docs/output-formats.md lists every verdict rule id.
func TestRuleIDsDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/output-formats.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range RuleIDs {
		if !strings.Contains(string(doc), "`"+id.String()+"`") {
			t.Errorf("docs/output-formats.md does not list rule id %s", id)
		}
	}
}
