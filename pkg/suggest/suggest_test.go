package suggest

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/google/go-cmp/cmp"
)

var dict = &keywords.Dict{Terms: []keywords.Term{
	{ID: "ci-cd", Name: "CI/CD", Kind: keywords.Hard, Category: "cloud"},
	{ID: "jenkins", Name: "Jenkins", Kind: keywords.Hard, Category: "cloud", Related: []string{"ci-cd"}},
	{ID: "postgresql", Name: "PostgreSQL", Kind: keywords.Hard, Category: "database", Aliases: []string{"Postgres"}},
	{ID: "mysql", Name: "MySQL", Kind: keywords.Hard, Category: "database"},
	{ID: "terraform", Name: "Terraform", Kind: keywords.Hard, Category: "cloud"},
	{ID: "kafka", Name: "Kafka", Kind: keywords.Hard, Category: "database", Related: []string{"message-queues"}},
	{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard, Category: "database", Related: []string{"message-queues"}},
	{ID: "oop", Name: "Object-Oriented Programming", Kind: keywords.Hard, Category: "engineering", Acronyms: []string{"OOP"}},
	{ID: "communication", Name: "Communication", Kind: keywords.Soft, Category: "soft", Forms: []string{"communicative", "communicated"}},
	{ID: "teamwork", Name: "Teamwork", Kind: keywords.Soft, Category: "soft"},
	{ID: "ehr", Name: "Electronic Health Records", Kind: keywords.Hard, Category: "healthcare"},
	{ID: "epic", Name: "Epic", Kind: keywords.Hard, Category: "healthcare", Broader: []string{"ehr"}},
	{ID: "cerner", Name: "Cerner", Kind: keywords.Hard, Category: "healthcare", Broader: []string{"ehr"}},
}}

// find builds the matches a matcher would report for "surface=termID[=how]"
// pairs: every occurrence of surface in text.
func find(text string, pairs ...string) []match.Match {
	var out []match.Match
	for _, p := range pairs {
		f := strings.Split(p, "=")
		how := match.Exact
		if len(f) == 3 {
			how = match.How(f[2])
		}
		for off := 0; ; {
			i := strings.Index(text[off:], f[0])
			if i < 0 {
				break
			}
			start := off + i
			out = append(out, match.Match{TermID: f[1], Start: start, End: start + len(f[0]),
				Line: strings.Count(text[:start], "\n") + 1, Surface: f[0], How: how})
			off = start + len(f[0])
		}
	}
	return out
}

// sg is a Suggestion without the index of its ask.
type sg struct {
	TermID string
	Kind   Kind
	Text   string
}

func suggest(jobText, resumeText string, jobPairs, resumePairs []string) []sg {
	job := score.Doc{Lines: strings.Split(jobText, "\n"), Matches: find(jobText, jobPairs...), Sections: sections.Job(jobText)}
	resume := score.Doc{Lines: strings.Split(resumeText, "\n"), Matches: find(resumeText, resumePairs...), Sections: sections.Resume(resumeText)}
	var out []sg
	for _, s := range For(dict, score.Compute(dict, job, resume), job, resume) {
		out = append(out, sg{s.TermID, s.Kind, s.Text})
	}
	return out
}

const longLine = "- You have some exposure to Microsoft Azure and an interest in (or basic knowledge of) Infrastructure as Code tools like Terraform."

func TestFor(t *testing.T) {
	tests := []struct {
		name               string
		job, resume        string
		jobPairs, resPairs []string
		want               []sg
	}{
		{
			name:     "add a required term, quoting the line",
			job:      "Requirements\n" + longLine,
			resume:   "Skills\nGo",
			jobPairs: []string{"Terraform=terraform"},
			want:     []sg{{"terraform", Add, `The job requires "Terraform" (line 2: "…knowledge of) Infrastructure as Code tools like Terraform"). If you have used it, name it in an experience bullet.`}},
		},
		{
			name:     "add a neutral and a preferred term",
			job:      "Tech Stack\n- Terraform\n- Kafka is a plus",
			resume:   "Skills\nGo",
			jobPairs: []string{"Terraform=terraform", "Kafka=kafka"},
			want: []sg{
				{"terraform", Add, `The job asks for "Terraform" (line 2: "Terraform"). If you have used it, name it in an experience bullet.`},
				{"kafka", Add, `The job prefers "Kafka" (line 3: "Kafka is a plus"). If you have used it, name it in an experience bullet.`},
			},
		},
		{
			name:     "reword: the resume names a tool for the concept",
			job:      "Tech Stack\nCI/CD",
			resume:   "Skills\nJenkins\nExperience\n- Ran Jenkins",
			jobPairs: []string{"CI/CD=ci-cd"}, resPairs: []string{"Jenkins=jenkins"},
			want: []sg{{"ci-cd", Reword, `The job says "CI/CD"; your resume only says "Jenkins". Name CI/CD explicitly, e.g. "used Jenkins for CI/CD".`}},
		},
		{
			name:     "reword: a sibling sharing a related term",
			job:      "Requirements\n- Kafka",
			resume:   "Experience\n- Ran RabbitMQ\nSkills\nGo",
			jobPairs: []string{"Kafka=kafka"}, resPairs: []string{"RabbitMQ=rabbitmq"},
			want: []sg{{"kafka", Reword, `The job requires "Kafka"; your resume only says "RabbitMQ". If you have used Kafka, name it too: an ATS does not count "RabbitMQ" for it.`}},
		},
		{
			name:     "reword: a narrower resume term meets the ask (a broader link) but a keyword search may miss it",
			job:      "Tech Stack\nElectronic Health Records",
			resume:   "Skills\nEpic\nExperience\n- Charted in Epic",
			jobPairs: []string{"Electronic Health Records=ehr"}, resPairs: []string{"Epic=epic"},
			want: []sg{{"ehr", Reword, `The job asks for "Electronic Health Records"; your resume shows it through "Epic", which this score counts but a keyword search may not. Name it too, e.g. "Epic (Electronic Health Records)".`}},
		},
		{
			name:     "reword: the job asks the narrower term, the resume names the broader one",
			job:      "Tech Stack\nEpic",
			resume:   "Skills\nGo\nExperience\n- Charted in Electronic Health Records",
			jobPairs: []string{"Epic=epic"}, resPairs: []string{"Electronic Health Records=ehr"},
			want: []sg{{"epic", Reword, `The job says "Epic"; your resume only says "Electronic Health Records". If you have experience with Epic, name it too: an ATS does not count "Electronic Health Records" for it.`}},
		},
		{
			name:     "reword: a sibling sharing a broader term",
			job:      "Tech Stack\nEpic",
			resume:   "Skills\nGo\nExperience\n- Charted in Cerner",
			jobPairs: []string{"Epic=epic"}, resPairs: []string{"Cerner=cerner"},
			want: []sg{{"epic", Reword, `The job says "Epic"; your resume only says "Cerner". If you have experience with Epic, name it too: an ATS does not count "Cerner" for it.`}},
		},
		{
			name:     "same category alone is no reason to reword",
			job:      "Requirements\n- PostgreSQL",
			resume:   "Experience\n- Tuned MySQL\nSkills\nGo",
			jobPairs: []string{"PostgreSQL=postgresql"}, resPairs: []string{"MySQL=mysql"},
			want: []sg{{"postgresql", Add, `The job requires "PostgreSQL" (line 2: "PostgreSQL"). If you have used it, name it in an experience bullet.`}},
		},
		{
			name:     "move: only once, in the skills list",
			job:      "Tech Stack\nPostgreSQL",
			resume:   "Technical Skills\nGo, PostgreSQL\nExperience\n- Built services",
			jobPairs: []string{"PostgreSQL=postgresql"}, resPairs: []string{"PostgreSQL=postgresql"},
			want: []sg{{"postgresql", Move, `"PostgreSQL" appears only in your skills list; mention it in an experience bullet to show how you used it.`}},
		},
		{
			name:     "no move when experience shows it",
			job:      "Tech Stack\nPostgreSQL",
			resume:   "Experience\n- Ran PostgreSQL\nSkills\nGo",
			jobPairs: []string{"PostgreSQL=postgresql"}, resPairs: []string{"PostgreSQL=postgresql"},
			want: nil,
		},
		{
			name:     "spelling: acronym in resume, full name in job",
			job:      "Requirements\n- Object-Oriented Programming",
			resume:   "Experience\n- Applied OOP daily\nSkills\nGo",
			jobPairs: []string{"Object-Oriented Programming=oop"}, resPairs: []string{"OOP=oop=acronym"},
			want: []sg{{"oop", Spelling, `The job writes "Object-Oriented Programming"; your resume writes "OOP". Use both forms once, e.g. "Object-Oriented Programming (OOP)", so a search for either finds it.`}},
		},
		{
			name:     "spelling: alias in job, canonical in resume",
			job:      "Tech Stack\nPostgres",
			resume:   "Experience\n- Ran PostgreSQL clusters\nSkills\nGo",
			jobPairs: []string{"Postgres=postgresql=alias"}, resPairs: []string{"PostgreSQL=postgresql"},
			want: []sg{{"postgresql", Spelling, `The job writes "Postgres"; your resume writes "PostgreSQL". Use both forms once, e.g. "PostgreSQL (Postgres)", so a search for either finds it.`}},
		},
		{
			name:     "no spelling advice when a form is shared",
			job:      "Tech Stack\nOOP and Object-Oriented Programming",
			resume:   "Experience\n- Used OOP\nSkills\nGo",
			jobPairs: []string{"Object-Oriented Programming=oop", "OOP=oop=acronym"}, resPairs: []string{"OOP=oop=acronym"},
			want: nil,
		},
		{
			name:     "soft skill with a bullet pattern from a past-tense form",
			job:      "About the role\nStrong communication and teamwork",
			resume:   "Skills\nGo",
			jobPairs: []string{"communication=communication", "teamwork=teamwork"},
			want: []sg{
				{"communication", SoftAdd, `The job asks for "Communication" (line 2: "Strong communication and teamwork"). Show it in an experience bullet rather than a list, e.g. "Communicated with <team or people> to <what you did>, <measurable result>".`},
				{"teamwork", SoftAdd, `The job asks for "Teamwork" (line 2: "Strong communication and teamwork"). Show it in an experience bullet rather than a list, e.g. "<What you achieved> through teamwork with <team or people>, <measurable result>".`},
			},
		},
		{
			name:     "general: no skills section",
			job:      "Tech Stack\nKafka",
			resume:   "Experience\n- Ran Kafka",
			jobPairs: []string{"Kafka=kafka"}, resPairs: []string{"Kafka=kafka"},
			want: []sg{{"", General, `Your resume has no skills section; add one headed "Skills" that lists the tools you use, since ATS parsers look for it.`}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := suggest(tt.job, tt.resume, tt.jobPairs, tt.resPairs)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("For(%q, %q) mismatch (-want +got):\n%s", tt.job, tt.resume, diff)
			}
		})
	}
}

// TestForOrder checks the ranking: missing before presentation advice,
// required before not, more points before fewer, hard before soft.
func TestForOrder(t *testing.T) {
	job := "Requirements\n- Terraform\nTech Stack\n- Kafka Kafka Kafka Kafka, PostgreSQL, CI/CD and CI/CD\n- Communication, Teamwork\nNice to have\n- Object-Oriented Programming"
	resume := "Skills\nPostgreSQL, Jenkins\nExperience\n- Used OOP"
	got := suggest(job, resume,
		[]string{"Terraform=terraform", "Kafka=kafka", "PostgreSQL=postgresql", "CI/CD=ci-cd", "Communication=communication", "Teamwork=teamwork", "Object-Oriented Programming=oop"},
		[]string{"PostgreSQL=postgresql", "Jenkins=jenkins", "OOP=oop=acronym"})
	type key struct {
		ID   string
		Kind Kind
	}
	var keys []key
	for _, s := range got {
		keys = append(keys, key{s.TermID, s.Kind})
	}
	want := []key{
		{"terraform", Add},         // required
		{"kafka", Add},             // 4 mentions: 2/6.5 of the hard share
		{"ci-cd", Reword},          // 2 mentions: 1.5/6.5 of the hard share
		{"communication", SoftAdd}, // half the soft share, less than CI/CD
		{"teamwork", SoftAdd},      // same points: by name
		{"postgresql", Move},       // matched: presentation advice
		{"oop", Spelling},
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("For order mismatch (-want +got):\n%s", diff)
	}
}

func TestSnippet(t *testing.T) {
	tests := []struct {
		name, line, surface string
		want                string
	}{
		{"short line keeps all, drops bullet and period", "- Go and Rust.", "Rust", "Go and Rust"},
		{"cut both sides on words", "We would like you to have lots and lots of hands-on experience with Terraform in production on large scale systems every day", "Terraform",
			"…have lots and lots of hands-on experience with Terraform in production on large scale…"},
		{"surface missing", "Nothing here", "Go", "Nothing here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := snippet(tt.line, strings.Index(tt.line, tt.surface), len(tt.surface), tt.surface)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("snippet(%q) mismatch (-want +got):\n%s", tt.line, diff)
			}
		})
	}
}

func TestForEmpty(t *testing.T) {
	if got := For(dict, score.Result{}, score.Doc{}, score.Doc{}); len(got) != 0 {
		t.Errorf("For(empty) = %v, want none", got)
	}
}

func FuzzFor(f *testing.F) {
	f.Add("Requirements\n- Terraform and CI/CD\nBenefits\nKafka", "Skills\nJenkins, OOP\nExperience\n- Postgres")
	f.Add("", "")
	f.Add("Terraform", "\n\n")
	f.Fuzz(func(t *testing.T, jt, rt string) {
		pairs := []string{"Terraform=terraform", "CI/CD=ci-cd", "Kafka=kafka", "Jenkins=jenkins", "OOP=oop=acronym",
			"Object-Oriented Programming=oop", "Postgres=postgresql=alias", "PostgreSQL=postgresql", "communication=communication"}
		got := suggest(jt, rt, pairs, pairs)
		seen := map[sg]bool{}
		for _, s := range got {
			if s.Text == "" || seen[s] {
				t.Fatalf("empty or duplicate suggestion %+v", s)
			}
			seen[s] = true
		}
	})
}

func BenchmarkFor(b *testing.B) {
	job := strings.Repeat("Requirements\n- Terraform, Kafka and CI/CD\nTech Stack\n- PostgreSQL, Object-Oriented Programming\n- communication\n", 10)
	resume := strings.Repeat("Skills\nJenkins, PostgreSQL\nExperience\n- Used OOP\n", 10)
	pairs := []string{"Terraform=terraform", "CI/CD=ci-cd", "Kafka=kafka", "Jenkins=jenkins", "OOP=oop=acronym",
		"Object-Oriented Programming=oop", "PostgreSQL=postgresql", "communication=communication"}
	jd := score.Doc{Lines: strings.Split(job, "\n"), Matches: find(job, pairs...), Sections: sections.Job(job)}
	rd := score.Doc{Lines: strings.Split(resume, "\n"), Matches: find(resume, pairs...), Sections: sections.Resume(resume)}
	r := score.Compute(dict, jd, rd)
	b.ReportAllocs()
	for b.Loop() {
		For(dict, r, jd, rd)
	}
}
