package score

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/google/go-cmp/cmp"
)

var dict = &keywords.Dict{Terms: []keywords.Term{
	{ID: "go", Name: "Go", Kind: keywords.Hard, Category: "language"},
	{ID: "python", Name: "Python", Kind: keywords.Hard, Category: "language"},
	{ID: "kubernetes", Name: "Kubernetes", Kind: keywords.Hard, Category: "devops", Weight: 2},
	{ID: "kafka", Name: "Kafka", Kind: keywords.Hard, Category: "messaging"},
	{ID: "terraform", Name: "Terraform", Kind: keywords.Hard, Category: "devops"},
	{ID: "communication", Name: "Communication", Kind: keywords.Soft, Category: "soft"},
	{ID: "leadership", Name: "Leadership", Kind: keywords.Soft, Category: "soft"},
}}

// find builds the matches a matcher would report: every occurrence of each
// surface (a "surface=termID" pair) in text, in text order.
func find(text string, pairs ...string) []match.Match {
	var out []match.Match
	for _, p := range pairs {
		surface, id, _ := strings.Cut(p, "=")
		for off := 0; ; {
			i := strings.Index(text[off:], surface)
			if i < 0 {
				break
			}
			start := off + i
			out = append(out, match.Match{TermID: id, Start: start, End: start + len(surface),
				Line: strings.Count(text[:start], "\n") + 1, Surface: surface, How: match.Exact})
			off = start + len(surface)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func jobDoc(text string, pairs ...string) Doc {
	return Doc{Lines: strings.Split(text, "\n"), Matches: find(text, pairs...), Sections: sections.Job(text)}
}

func resumeDoc(text string, pairs ...string) Doc {
	return Doc{Lines: strings.Split(text, "\n"), Matches: find(text, pairs...), Sections: sections.Resume(text)}
}

type summary struct {
	Total, Hard, Soft      float64
	HardMatched, HardTotal int
	SoftMatched, SoftTotal int
	Note                   string
}

func sum(r Result) summary {
	return summary{r.Total, r.Hard, r.Soft, r.HardMatched, r.HardTotal, r.SoftMatched, r.SoftTotal, r.Note}
}

func TestCompute(t *testing.T) {
	f := FrequencyFactor
	tests := []struct {
		name   string
		job    Doc
		resume Doc
		want   summary
	}{
		{
			name:   "neutral hard terms, one matched",
			job:    jobDoc("Tech Stack\nGo and Python", "Go=go", "Python=python"),
			resume: resumeDoc("Go", "Go=go"),
			want:   summary{Total: 50, Hard: 50, HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "required outweighs neutral",
			job:    jobDoc("Requirements\n- Go\nTech Stack\nPython", "Go=go", "Python=python"),
			resume: resumeDoc("Python", "Python=python"),
			want: summary{Total: round1(100 * NeutralFactor / (RequiredFactor + NeutralFactor)),
				Hard: round1(100 * NeutralFactor / (RequiredFactor + NeutralFactor)), HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "preferred weighs less, line cue inside requirements",
			job:    jobDoc("Requirements\n- Go\n- Kafka is a plus", "Go=go", "Kafka=kafka"),
			resume: resumeDoc("Kafka", "Kafka=kafka"),
			want: summary{Total: round1(100 * PreferredFactor / (RequiredFactor + PreferredFactor)),
				Hard: round1(100 * PreferredFactor / (RequiredFactor + PreferredFactor)), HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "uncued sentence keeps the section role beside a plus",
			job:    jobDoc("Requirements\n- Go. Kafka is a plus.", "Go=go", "Kafka=kafka"),
			resume: resumeDoc("Kafka", "Kafka=kafka"),
			want: summary{Total: round1(100 * PreferredFactor / (RequiredFactor + PreferredFactor)),
				Hard: round1(100 * PreferredFactor / (RequiredFactor + PreferredFactor)), HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "you have under nice to have stays preferred",
			job:    jobDoc("Tech Stack\n- Go\nNice to have\n- You have used Kafka.", "Go=go", "Kafka=kafka"),
			resume: resumeDoc("Kafka", "Kafka=kafka"),
			want: summary{Total: round1(100 * PreferredFactor / (NeutralFactor + PreferredFactor)),
				Hard: round1(100 * PreferredFactor / (NeutralFactor + PreferredFactor)), HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "any required occurrence makes the term required",
			job:    jobDoc("Nice to have\n- Kafka\nRequirements\n- Kafka\n- Go", "Go=go", "Kafka=kafka"),
			resume: resumeDoc("Go", "Go=go"),
			want: summary{Total: round1(100 * RequiredFactor / (RequiredFactor + RequiredFactor*f(2))),
				Hard: round1(100 * RequiredFactor / (RequiredFactor + RequiredFactor*f(2))), HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "frequency and dictionary weight",
			job:    jobDoc("Tech Stack\nGo Go Go Go Go Go Go Go\nKubernetes", "Go=go", "Kubernetes=kubernetes"),
			resume: resumeDoc("Go", "Go=go"),
			want: summary{Total: round1(100 * MaxFrequencyFactor / (MaxFrequencyFactor + 2)),
				Hard: round1(100 * MaxFrequencyFactor / (MaxFrequencyFactor + 2)), HardMatched: 1, HardTotal: 2},
		},
		{
			name:   "ignored lines are excluded",
			job:    jobDoc("Tech Stack\nGo\nBenefits\nPython and Kafka lunches", "Go=go", "Python=python", "Kafka=kafka"),
			resume: resumeDoc("Go", "Go=go"),
			want:   summary{Total: 100, Hard: 100, HardMatched: 1, HardTotal: 1},
		},
		{
			name:   "hard and soft are weighted",
			job:    jobDoc("Tech Stack\nGo, Python\nCommunication", "Go=go", "Python=python", "Communication=communication"),
			resume: resumeDoc("Go and Communication", "Go=go", "Communication=communication"),
			want: summary{Total: round1(100 * (1 + SoftFactor) / (2 + SoftFactor)), Hard: 50, Soft: 100,
				HardMatched: 1, HardTotal: 2, SoftMatched: 1, SoftTotal: 1},
		},
		{
			// A fixed 75/25 split of the sub-scores gave this resume 25,
			// more than a resume naming one of the tools (18.8).
			name:   "one soft skill never outweighs a hard skill",
			job:    jobDoc("Tech Stack\nGo, Python, Kafka, Terraform\nCommunication", "Go=go", "Python=python", "Kafka=kafka", "Terraform=terraform", "Communication=communication"),
			resume: resumeDoc("Communication", "Communication=communication"),
			want: summary{Total: round1(100 * SoftFactor / (4 + SoftFactor)), Soft: 100,
				HardTotal: 4, SoftMatched: 1, SoftTotal: 1},
		},
		{
			name:   "no soft terms: hard takes the whole score",
			job:    jobDoc("Tech Stack\nGo, Python, Kafka", "Go=go", "Python=python", "Kafka=kafka"),
			resume: resumeDoc("Go", "Go=go"),
			want:   summary{Total: round1(100.0 / 3), Hard: round1(100.0 / 3), HardMatched: 1, HardTotal: 3},
		},
		{
			name:   "only soft terms",
			job:    jobDoc("About the role\nLeadership and Communication", "Leadership=leadership", "Communication=communication"),
			resume: resumeDoc("Leadership", "Leadership=leadership"),
			want:   summary{Total: 50, Soft: 50, SoftMatched: 1, SoftTotal: 2},
		},
		{
			name:   "no job terms scores zero with a note",
			job:    jobDoc("Benefits\nGo gym", "Go=go"),
			resume: resumeDoc("Go", "Go=go"),
			want:   summary{Note: NoTermsNote},
		},
		{
			name:   "unknown term IDs are skipped",
			job:    jobDoc("Tech Stack\nGo Rust", "Go=go", "Rust=rust"),
			resume: resumeDoc("Rust", "Rust=rust"),
			want:   summary{HardTotal: 1},
		},
		{
			name:   "missing sections count as neutral",
			job:    Doc{Lines: []string{"Go Python"}, Matches: find("Go Python", "Go=go", "Python=python")},
			resume: Doc{Lines: []string{"Go"}, Matches: find("Go", "Go=go")},
			want:   summary{Total: 50, Hard: 50, HardMatched: 1, HardTotal: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sum(Compute(dict, tt.job, tt.resume))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Compute(%q) mismatch (-want +got):\n%s", tt.job.Lines, diff)
			}
		})
	}
}

func TestFrequencyFactor(t *testing.T) {
	tests := []struct {
		count int
		want  float64
	}{
		{0, 0}, {1, 1}, {2, 1 + FrequencySlope}, {3, 1 + FrequencySlope*math.Log2(3)}, {4, MaxFrequencyFactor}, {100, MaxFrequencyFactor},
	}
	for _, tt := range tests {
		if got := FrequencyFactor(tt.count); got != tt.want {
			t.Errorf("FrequencyFactor(%d) = %v, want %v", tt.count, got, tt.want)
		}
	}
}

// TestTermResults checks per-term fields: importance shares, roles,
// counts, ordering by importance then name.
func TestTermResults(t *testing.T) {
	job := jobDoc("Requirements\n- You have Go. Kafka is a plus.\nTech Stack\nPython Python\nTerraform\nCommunication",
		"Go=go", "Kafka=kafka", "Python=python", "Terraform=terraform", "Communication=communication")
	resume := resumeDoc("Skills\nGo, Terraform\nExperience\n- Built Go services", "Go=go", "Terraform=terraform")
	got := Compute(dict, job, resume)

	type row struct {
		ID                  string
		Importance          float64
		Required, Preferred bool
		Matched             bool
		JobCount, Resume    int
	}
	hardSum := RequiredFactor + PreferredFactor + f2() + NeutralFactor
	total := hardSum + SoftFactor*NeutralFactor
	want := []row{
		{"go", RequiredFactor / total, true, false, true, 1, 2},
		{"python", f2() / total, false, false, false, 2, 0},
		{"terraform", NeutralFactor / total, false, false, true, 1, 1},
		// A soft term's importance is halved, so it follows the tool;
		// the tie with Kafka goes by name.
		{"communication", SoftFactor * NeutralFactor / total, false, false, false, 1, 0},
		{"kafka", PreferredFactor / total, false, true, false, 1, 0},
	}
	var rows []row
	for _, tr := range got.Terms {
		rows = append(rows, row{tr.Term.ID, tr.Importance, tr.Required, tr.Preferred, tr.Matched, tr.JobCount, tr.ResumeCount})
	}
	if diff := cmp.Diff(want, rows, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-12 })); diff != "" {
		t.Errorf("Compute terms mismatch (-want +got):\n%s", diff)
	}
	wantHard := round1(100 * (RequiredFactor + NeutralFactor) / hardSum)
	wantTotal := round1(100 * (RequiredFactor + NeutralFactor) / total)
	if got.Hard != wantHard || got.Soft != 0 || got.Total != wantTotal {
		t.Errorf("Hard, Soft, Total = %v, %v, %v; want %v, 0, %v", got.Hard, got.Soft, got.Total, wantHard, wantTotal)
	}
}

func f2() float64 { return NeutralFactor * FrequencyFactor(2) }

// The occurrence that made a term required leads its job matches, so the
// evidence quotes the requirement, not an earlier tech-stack line.
func TestRequiredOccurrenceLeads(t *testing.T) {
	tests := []struct {
		name      string
		job       string
		wantLines []int
	}{
		{"stack line first, requirement later", "Tech Stack\nGo, Kafka\nRequirements\n- You have Go\nGo again", []int{4, 2, 5}},
		{"requirement already first", "Requirements\n- You have Go\nTech Stack\nGo", []int{2, 4}},
		{"never required: text order", "Tech Stack\nGo\nNice to have\n- Go is a plus", []int{2, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compute(dict, jobDoc(tt.job, "Go=go"), resumeDoc("Skills\nGo", "Go=go"))
			var lines []int
			for _, tr := range got.Terms {
				if tr.Term.ID == "go" {
					for _, m := range tr.Job {
						lines = append(lines, m.Line)
					}
				}
			}
			if diff := cmp.Diff(tt.wantLines, lines); diff != "" {
				t.Errorf("job occurrence lines of Go in %q (-want +got):\n%s", tt.job, diff)
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	job := jobDoc("Requirements\n- Go, Python, Kafka\nTech Stack\nTerraform Kubernetes Go\nCommunication, Leadership",
		"Go=go", "Kafka=kafka", "Python=python", "Terraform=terraform", "Kubernetes=kubernetes",
		"Communication=communication", "Leadership=leadership")
	resume := resumeDoc("Go Kafka Leadership Go", "Go=go", "Kafka=kafka", "Leadership=leadership")
	want := Compute(dict, job, resume)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		j, r := job, resume
		j.Matches = append([]match.Match(nil), job.Matches...)
		r.Matches = append([]match.Match(nil), resume.Matches...)
		rng.Shuffle(len(j.Matches), func(a, b int) { j.Matches[a], j.Matches[b] = j.Matches[b], j.Matches[a] })
		rng.Shuffle(len(r.Matches), func(a, b int) { r.Matches[a], r.Matches[b] = r.Matches[b], r.Matches[a] })
		if diff := cmp.Diff(want, Compute(dict, j, r)); diff != "" {
			t.Fatalf("Compute after shuffling mismatch (-want +got):\n%s", diff)
		}
	}
}

func FuzzCompute(f *testing.F) {
	f.Add("Requirements\n- Go and Python\nBenefits\nKafka", "Go Kafka")
	f.Add("", "")
	f.Add("Go. Go is a plus; Go!", "\n\nGo")
	f.Add("You must know Communication. Acme is a leading Kafka shop. Python is a plus.", "Kafka")
	f.Add("Requirements\nCommunication\nTech Stack\nGo", "Go")
	f.Fuzz(func(t *testing.T, jt, rt string) {
		pairs := []string{"Go=go", "Python=python", "Kafka=kafka", "Communication=communication"}
		r := Compute(dict, jobDoc(jt, pairs...), resumeDoc(rt, pairs...))
		for _, v := range []float64{r.Total, r.Hard, r.Soft} {
			if v < 0 || v > 100 || math.IsNaN(v) {
				t.Fatalf("score out of range: %+v", sum(r))
			}
		}
		// Terms are listed by importance, and the shares of Total add up to 1.
		share := 0.0
		for i, tr := range r.Terms {
			share += tr.Importance
			if i > 0 && tr.Importance > r.Terms[i-1].Importance {
				t.Fatalf("term %d %s (importance %v) listed after %s (%v)", i, tr.Term.ID, tr.Importance, r.Terms[i-1].Term.ID, r.Terms[i-1].Importance)
			}
		}
		if len(r.Terms) > 0 && math.Abs(share-1) > 1e-9 {
			t.Fatalf("importances add up to %v, want 1", share)
		}
	})
}

func BenchmarkCompute(b *testing.B) {
	text := strings.Repeat("Requirements\n- Go, Python and Kafka\nTech Stack\nTerraform, Kubernetes\nCommunication\n", 20)
	pairs := []string{"Go=go", "Python=python", "Kafka=kafka", "Terraform=terraform", "Kubernetes=kubernetes", "Communication=communication"}
	job, resume := jobDoc(text, pairs...), resumeDoc(text[:len(text)/2], pairs...)
	// A dictionary the size of the embedded one: the cost must not grow with it.
	big := &keywords.Dict{Terms: append([]keywords.Term(nil), dict.Terms...)}
	for i := range 5000 {
		big.Terms = append(big.Terms, keywords.Term{ID: fmt.Sprintf("t%d", i), Name: fmt.Sprintf("T%d", i), Kind: keywords.Hard})
	}
	// The embedded dictionary is sorted by ID.
	sort.Slice(big.Terms, func(i, j int) bool { return big.Terms[i].ID < big.Terms[j].ID })
	b.ReportAllocs()
	for b.Loop() {
		Compute(big, job, resume)
	}
}

// TestRoles checks Doc.Roles reads positions as Compute does, down to a
// sentence inside a line, and reads missing section data as Neutral.
func TestRoles(t *testing.T) {
	text := "About the role\nAcme is a leading bank. You will write Go.\nBenefits\nPython courses"
	job := jobDoc(text)
	job.Sections = append(job.Sections, sections.Line{Role: sections.Required}) // a line with sections but no text
	second := len("About the role\n")
	tests := []struct {
		name        string
		line, start int
		want        sections.Role
	}{
		{"a blurb sentence", 2, second + strings.Index("Acme is a leading bank.", "bank"), sections.Ignored},
		{"the work beside it", 2, strings.Index(text, "Go"), sections.Neutral},
		{"a benefits line", 4, strings.Index(text, "Python"), sections.Ignored},
		{"no such line", 9, 0, sections.Neutral},
		{"line 0", 0, 0, sections.Neutral},
		{"sections without text", 5, len(text) + 1, sections.Required},
	}
	roleAt := job.Roles()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roleAt(tt.line, tt.start); got != tt.want {
				t.Errorf("Roles()(%d, %d) = %v, want %v", tt.line, tt.start, got, tt.want)
			}
		})
	}
}

// BenchmarkComputeLongLine holds a one-line posting linear in its length:
// each line is split into sentences once, not once per match.
func BenchmarkComputeLongLine(b *testing.B) {
	text := "Requirements\n" + strings.Repeat("You have Go and Python. Kafka is a plus. ", 2000)
	job := Doc{Lines: strings.Split(text, "\n"), Sections: sections.Job(text)}
	line := job.Lines[1]
	for off := 0; ; {
		i := strings.Index(line[off:], "Go")
		if i < 0 {
			break
		}
		start := off + i
		job.Matches = append(job.Matches, match.Match{TermID: "go", Start: len("Requirements\n") + start, End: len("Requirements\n") + start + 2, Line: 2, Surface: "Go"})
		off = start + 2
	}
	resume := resumeDoc("Go", "Go=go")
	b.ReportAllocs()
	for b.Loop() {
		Compute(dict, job, resume)
	}
}

// TestDocExample is the worked example of doc.go and docs/scoring.md.
func TestDocExample(t *testing.T) {
	text := "Requirements\n- Go and Kubernetes\n- Kafka or RabbitMQ\n- Relational databases\nNice to have\n- Terraform\n" +
		"Tech Stack\nGo, Docker\nCommunication\nBenefits\n- Python courses"
	job := jobDoc(text, "Go=go", "Kubernetes=kubernetes", "Kafka=kafka", "RabbitMQ=rabbitmq", "Relational databases=relational-databases",
		"Terraform=terraform", "Docker=docker", "Python=python", "Communication=communication")
	resume := resumeDoc("Go, RabbitMQ, PostgreSQL, Docker, Communication", "Go=go", "RabbitMQ=rabbitmq", "PostgreSQL=postgresql",
		"Docker=docker", "Communication=communication")
	d := &keywords.Dict{Terms: append([]keywords.Term(nil), dict.Terms...)}
	d.Terms = append(d.Terms,
		keywords.Term{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard},
		keywords.Term{ID: "docker", Name: "Docker", Kind: keywords.Hard},
		keywords.Term{ID: "postgresql", Name: "PostgreSQL", Kind: keywords.Hard, Broader: []string{"relational-databases"}},
		keywords.Term{ID: "relational-databases", Name: "Relational Databases", Kind: keywords.Hard})
	sort.Slice(d.Terms, func(i, j int) bool { return d.Terms[i].ID < d.Terms[j].ID })
	for i := range d.Terms {
		d.Terms[i].Weight = 0
	}
	goW := RequiredFactor * FrequencyFactor(2)
	// Go, Kubernetes, Kafka or RabbitMQ, Relational Databases, Terraform, Docker.
	hardSum := goW + RequiredFactor + RequiredFactor + RequiredFactor + PreferredFactor + NeutralFactor
	// Go, the group (RabbitMQ), Relational Databases (implied by PostgreSQL), Docker.
	hardGot := goW + RequiredFactor + RequiredFactor + NeutralFactor
	hard := 100 * hardGot / hardSum
	total := 100 * (hardGot + SoftFactor) / (hardSum + SoftFactor)
	want := summary{Total: round1(total), Hard: round1(hard), Soft: 100,
		HardMatched: 4, HardTotal: 6, SoftMatched: 1, SoftTotal: 1}
	r := Compute(d, job, resume)
	if diff := cmp.Diff(want, sum(r)); diff != "" {
		t.Errorf("Compute(doc example) mismatch (-want +got):\n%s", diff)
	}
	if want.Hard != 75.8 || want.Total != 77.1 {
		t.Errorf("doc example states Hard 75.8, Total 77.1; the constants give %v, %v: update doc.go and docs/scoring.md", want.Hard, want.Total)
	}
	var missing []string
	for _, tr := range r.Terms {
		if !tr.Matched {
			missing = append(missing, tr.Term.Name)
		}
	}
	if diff := cmp.Diff([]string{"Kubernetes", "Terraform"}, missing); diff != "" {
		t.Errorf("missing (-want +got):\n%s", diff)
	}
	// The example's requirements: years met, a close title, no education ask.
	rr := Compute(d, job, resume,
		Requirement{Kind: ReqJobTitle, Status: "close"},
		Requirement{Kind: ReqEducation, Status: "not_asked"},
		Requirement{Kind: ReqExperience, Status: "met"})
	withReqs := 100 * (hardGot + SoftFactor + RequiredFactor + CloseTitleCredit*RequiredFactor) / (hardSum + SoftFactor + 2*RequiredFactor)
	if rr.Total != round1(withReqs) || rr.Total != 76.6 || rr.Hard != r.Hard || rr.Soft != r.Soft {
		t.Errorf("with requirements: Total %v (want %v, docs say 76.6), Hard %v Soft %v (want the terms' %v %v)", rr.Total, round1(withReqs), rr.Hard, rr.Soft, r.Hard, r.Soft)
	}
}

func TestRequirements(t *testing.T) {
	job := jobDoc("Requirements\n- Go", "Go=go")
	resume := resumeDoc("Go", "Go=go")
	for _, tc := range []struct {
		name  string
		reqs  []Requirement
		total float64
		imp   []float64 // each requirement's Importance
	}{
		{"none", nil, 100, nil},
		{"met", []Requirement{{Kind: ReqExperience, Status: "met"}}, 100, []float64{0.5}},
		{"below", []Requirement{{Kind: ReqExperience, Status: "below"}}, 50, []float64{0.5}},
		{"preferred below", []Requirement{{Kind: ReqEducation, Status: "below", Preferred: true}}, 75, []float64{0.25}},
		{"close title", []Requirement{{Kind: ReqJobTitle, Status: "close"}}, 75, []float64{0.5}},
		{"missing title", []Requirement{{Kind: ReqJobTitle, Status: "missing"}}, 50, []float64{0.5}},
		{"unknown and not asked are no asks", []Requirement{{Kind: ReqExperience, Status: "unknown"}, {Kind: ReqEducation, Status: "not_asked"}}, 100, []float64{0, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compute(dict, job, resume, tc.reqs...)
			if r.Total != tc.total {
				t.Errorf("Total %v, want %v", r.Total, tc.total)
			}
			var imp []float64
			for _, q := range r.Requirements {
				imp = append(imp, q.Importance)
			}
			if diff := cmp.Diff(tc.imp, imp); diff != "" {
				t.Errorf("importance (-want +got):\n%s", diff)
			}
		})
	}
	// Requirements alone are no score.
	if r := Compute(dict, jobDoc("Requirements\n- none"), resume, Requirement{Kind: ReqExperience, Status: "met"}); r.Total != 0 || r.Note != NoTermsNote {
		t.Errorf("no terms: Total %v, Note %q", r.Total, r.Note)
	}
}

// TestReadJobScoresManyResumes: a job's asks read once score every resume
// as Compute does, however many resumes and in any order (rank reads a job
// once for thousands of resumes, from several goroutines).
func TestReadJobScoresManyResumes(t *testing.T) {
	text := "Requirements\n- Go and Kubernetes\n- Kafka or RabbitMQ\nNice to have\n- Terraform\nTech Stack\nGo, Docker\n"
	job := jobDoc(text, "Go=go", "Kubernetes=kubernetes", "Kafka=kafka", "RabbitMQ=rabbitmq", "Terraform=terraform", "Docker=docker")
	resumes := []Doc{
		resumeDoc("Go, RabbitMQ, Docker", "Go=go", "RabbitMQ=rabbitmq", "Docker=docker"),
		resumeDoc("Kafka and Terraform", "Kafka=kafka", "Terraform=terraform"),
		resumeDoc("Nothing relevant here"),
	}
	d := &keywords.Dict{Terms: append([]keywords.Term(nil), dict.Terms...)}
	d.Terms = append(d.Terms,
		keywords.Term{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard},
		keywords.Term{ID: "docker", Name: "Docker", Kind: keywords.Hard})
	sort.Slice(d.Terms, func(i, j int) bool { return d.Terms[i].ID < d.Terms[j].ID })
	asks := ReadJob(d, job)
	for round := 0; round < 2; round++ {
		for i := len(resumes) - 1; i >= 0; i-- {
			want := Compute(d, job, resumes[i])
			if diff := cmp.Diff(want, asks.Score(resumes[i])); diff != "" {
				t.Errorf("round %d, resume %d: Score differs from Compute (-want +got):\n%s", round, i, diff)
			}
		}
	}
}
