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

// mdict is for the advice that must not mislead (issue 12, class 8):
// credentials, languages, forms of a term, groups, broader links.
var mdict = &keywords.Dict{Terms: []keywords.Term{
	{ID: "basic-life-support", Name: "Basic Life Support", Kind: keywords.Hard, Category: "certification", Acronyms: []string{"BLS"}},
	{ID: "bilingual", Name: "Bilingual", Kind: keywords.Soft, Category: "soft"},
	{ID: "communication", Name: "Communication", Kind: keywords.Soft, Category: "soft", Aliases: []string{"Strong Communication"}, Forms: []string{"communicated"}},
	{ID: "jenkins", Name: "Jenkins", Kind: keywords.Hard, Category: "cloud", Related: []string{"ci-cd"}},
	{ID: "ci-cd", Name: "CI/CD", Kind: keywords.Hard, Category: "cloud"},
	{ID: "kafka", Name: "Kafka", Kind: keywords.Hard, Category: "database", Related: []string{"message-queues"}, Broader: []string{"message-queues"}},
	{ID: "kubernetes", Name: "Kubernetes", Kind: keywords.Hard, Category: "cloud", Aliases: []string{"k8s"}},
	{ID: "message-queues", Name: "Message Queues", Kind: keywords.Hard, Category: "database"},
	{ID: "mysql", Name: "MySQL", Kind: keywords.Hard, Category: "database", Broader: []string{"relational-databases"}},
	{ID: "nats", Name: "NATS", Kind: keywords.Hard, Category: "database", Related: []string{"message-queues"}},
	{ID: "organizational-skills", Name: "Organizational Skills", Kind: keywords.Soft, Category: "soft", Forms: []string{"organized"}},
	{ID: "osha", Name: "OSHA", Kind: keywords.Hard, Category: "safety"},
	{ID: "osha-30", Name: "OSHA 30", Kind: keywords.Hard, Category: "safety", Related: []string{"osha"}},
	{ID: "postgresql", Name: "PostgreSQL", Kind: keywords.Hard, Category: "database", Broader: []string{"relational-databases"}},
	{ID: "project-management", Name: "Project Management", Kind: keywords.Hard, Category: "management", Aliases: []string{"Project Coordination"}},
	{ID: "rabbitmq", Name: "RabbitMQ", Kind: keywords.Hard, Category: "database", Related: []string{"message-queues"}},
	{ID: "registered-nurse", Name: "Registered Nurse", Kind: keywords.Hard, Category: "healthcare-license"},
	{ID: "relational-databases", Name: "Relational Databases", Kind: keywords.Hard, Category: "database"},
	{ID: "spanish", Name: "Spanish", Kind: keywords.Hard, Category: "spoken-language"},
	{ID: "bachelors", Name: "Bachelor's Degree", Kind: keywords.Hard, Category: "degree"},
	{ID: "masters", Name: "Master's Degree", Kind: keywords.Hard, Category: "degree", Broader: []string{"bachelors"}},
}}

func init() {
	sortTerms(mdict.Terms)
}

func sortTerms(ts []keywords.Term) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].ID < ts[j-1].ID; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// advise scores and advises with mdict; pairs as in find ("surface=id[=how]").
func advise(jobText, resumeText string, jobPairs, resumePairs []string) []sg {
	job := score.Doc{Lines: strings.Split(jobText, "\n"), Matches: sorted(find(jobText, jobPairs...)), Sections: sections.Job(jobText)}
	resume := score.Doc{Lines: strings.Split(resumeText, "\n"), Matches: sorted(find(resumeText, resumePairs...)), Sections: sections.Resume(resumeText)}
	var out []sg
	for _, s := range For(mdict, score.Compute(mdict, job, resume), job, resume) {
		out = append(out, sg{s.TermID, s.Kind, s.Text})
	}
	return out
}

func TestAdviceDoesNotMislead(t *testing.T) {
	tests := []struct {
		name               string
		job, resume        string
		jobPairs, resPairs []string
		want               []sg
	}{
		{
			name: "a form the resume already writes is not asked for",
			job:  "Requirements\n- Current BLS", resume: "Certifications\n- Basic Life Support (BLS), 2024\nSkills\nGo",
			jobPairs: []string{"BLS=basic-life-support=acronym"}, resPairs: []string{"Basic Life Support=basic-life-support"},
			want: nil,
		},
		{
			name: "the other form is asked for when the resume lacks it",
			job:  "Requirements\n- Current BLS", resume: "Certifications\n- Basic Life Support, 2024\nSkills\nGo",
			jobPairs: []string{"BLS=basic-life-support=acronym"}, resPairs: []string{"Basic Life Support=basic-life-support"},
			want: []sg{{"basic-life-support", Spelling, `The job writes "BLS"; your resume writes "Basic Life Support". Use both forms once, e.g. "Basic Life Support (BLS)", so a search for either finds it.`}},
		},
		{
			name: "a form holding the other is no other spelling",
			job:  "Requirements\n- Strong communication", resume: "Experience\n- Led communication with clients\nSkills\nGo",
			jobPairs: []string{"Strong communication=communication=alias"}, resPairs: []string{"communication=communication"},
			want: nil,
		},
		{
			name: "another phrase is not another spelling",
			job:  "Requirements\n- Project management", resume: "Experience\n- Project coordination for two sites\nSkills\nGo",
			jobPairs: []string{"Project management=project-management"}, resPairs: []string{"Project coordination=project-management=alias"},
			want: nil,
		},
		{
			name: "a plural is the same word",
			job:  "Requirements\n- Kubernetes clusters", resume: "Experience\n- Ran a kubernetes cluster\nSkills\nGo",
			jobPairs: []string{"Kubernetes clusters=kubernetes=alias"}, resPairs: []string{"kubernetes cluster=kubernetes=alias"},
			want: nil,
		},
		{
			name: "two abbreviations of a degree are two degrees, not two spellings",
			job:  "Requirements\n- BS in Computer Science", resume: "Education\n- BSc Computer Science, 2015\nSkills\nGo",
			jobPairs: []string{"BS=bachelors=acronym"}, resPairs: []string{"BSc=bachelors=alias"},
			want: nil,
		},
		{
			name: "a degree's name beside its abbreviation is another spelling",
			job:  "Requirements\n- Bachelor of Science in Computer Science", resume: "Education\n- BS Computer Science, 2015\nSkills\nGo",
			jobPairs: []string{"Bachelor of Science=bachelors=alias"}, resPairs: []string{"BS=bachelors=acronym"},
			want: []sg{{"bachelors", Spelling, `The job writes "Bachelor of Science"; your resume writes "BS". Use both forms once, e.g. "Bachelor of Science (BS)", so a search for either finds it.`}},
		},
		{
			name: "a numeronym is another spelling",
			job:  "Requirements\n- Kubernetes", resume: "Experience\n- Ran k8s clusters\nSkills\nGo",
			jobPairs: []string{"Kubernetes=kubernetes"}, resPairs: []string{"k8s=kubernetes=alias"},
			want: []sg{{"kubernetes", Spelling, `The job writes "Kubernetes"; your resume writes "k8s". Use both forms once, e.g. "Kubernetes (k8s)", so a search for either finds it.`}},
		},
		{
			name: "a soft skill shown but not named: name it, never add it",
			job:  "Requirements\n- Strong communication", resume: "Experience\n- Presented quarterly results to the board\nSkills\nGo",
			jobPairs: []string{"Strong communication=communication=alias"},
			want:     []sg{{"communication", Reword, `The job requires "Communication"; your resume shows it (line 2: "Presented quarterly results to the board") but never names it. Name it: "communication", e.g. in that bullet or your summary, since an ATS search counts the word, not the deed.`}},
		},
		{
			name: "a behaviour that shows nothing leaves the soft-skill advice",
			job:  "Requirements\n- Strong communication", resume: "Experience\n- Wrote off bad debt\nSkills\nGo",
			jobPairs: []string{"Strong communication=communication=alias"},
			want:     []sg{{"communication", SoftAdd, `The job requires "Communication" (line 2: "Strong communication"). Show it in an experience bullet rather than a list, e.g. "Communicated with <team or people> to <what you did>, <measurable result>".`}},
		},
		{
			name: "a licence is held, not used",
			job:  "Requirements\n- Registered Nurse", resume: "Skills\nGo",
			jobPairs: []string{"Registered Nurse=registered-nurse"},
			want:     []sg{{"registered-nurse", Add, `The job requires "Registered Nurse" (line 2: "Registered Nurse"). If you hold it, name it in an experience bullet.`}},
		},
		{
			name: "a language is spoken",
			job:  "Nice to have\n- Spanish", resume: "Skills\nGo",
			jobPairs: []string{"Spanish=spanish"},
			want:     []sg{{"spanish", Add, `The job prefers "Spanish" (line 2: "Spanish"). If you speak it, name it in an experience bullet.`}},
		},
		{
			name: "a regulation is experience, not a tool",
			job:  "Requirements\n- OSHA", resume: "Skills\nGo",
			jobPairs: []string{"OSHA=osha"},
			want:     []sg{{"osha", Add, `The job requires "OSHA" (line 2: "OSHA"). If you have experience with it, name it in an experience bullet.`}},
		},
		{
			name: "a form of the term is named beside it, not 'used for' it",
			job:  "Requirements\n- OSHA", resume: "Certifications\n- OSHA 30, 2023\nSkills\nGo",
			jobPairs: []string{"OSHA=osha"}, resPairs: []string{"OSHA 30=osha-30"},
			want: []sg{{"osha", Reword, `The job requires "OSHA"; your resume only says "OSHA 30". If that is what it is, name OSHA explicitly too, e.g. "OSHA 30 (OSHA)".`}},
		},
		{
			name: "a tool is used for the concept",
			job:  "Requirements\n- CI/CD", resume: "Experience\n- Ran Jenkins\nSkills\nGo",
			jobPairs: []string{"CI/CD=ci-cd"}, resPairs: []string{"Jenkins=jenkins"},
			want: []sg{{"ci-cd", Reword, `The job requires "CI/CD"; your resume only says "Jenkins". Name CI/CD explicitly, e.g. "used Jenkins for CI/CD".`}},
		},
		{
			name: "an adjective gets a template that does not inflect it",
			job:  "About the role\nBilingual", resume: "Skills\nGo",
			jobPairs: []string{"Bilingual=bilingual"},
			want:     []sg{{"bilingual", SoftAdd, `The job asks for "Bilingual" (line 2: "Bilingual"). Show it in an experience bullet rather than a list, e.g. "<What you did that shows it>, <measurable result>".`}},
		},
		{
			name: "a past tense that takes an object",
			job:  "About the role\nOrganizational skills", resume: "Skills\nGo",
			jobPairs: []string{"Organizational skills=organizational-skills"},
			want:     []sg{{"organizational-skills", SoftAdd, `The job asks for "Organizational Skills" (line 2: "Organizational skills"). Show it in an experience bullet rather than a list, e.g. "Organized <what or whom>, <measurable result>".`}},
		},
		{
			name: "an unused alternative is never asked for: the group is one ask",
			job:  "Requirements\n- Kafka or RabbitMQ", resume: "Skills\nGo",
			jobPairs: []string{"Kafka=kafka", "RabbitMQ=rabbitmq"},
			want:     []sg{{"kafka", Add, `The job requires one of "Kafka" or "RabbitMQ" (line 2: "Kafka or RabbitMQ"). If you have used one, name it in an experience bullet.`}},
		},
		{
			name: "an open list's head with its examples",
			job:  "Requirements\n- message queues such as RabbitMQ or Kafka", resume: "Skills\nGo",
			jobPairs: []string{"message queues=message-queues", "Kafka=kafka", "RabbitMQ=rabbitmq"},
			want:     []sg{{"message-queues", Add, `The job requires "Message Queues", e.g. "RabbitMQ" or "Kafka" (line 2: "message queues such as RabbitMQ or Kafka"). If you have used one, name it in an experience bullet.`}},
		},
		{
			name: "a group met: no advice about its other members",
			job:  "Requirements\n- Kafka or RabbitMQ", resume: "Experience\n- Ran Kafka\nSkills\nGo",
			jobPairs: []string{"Kafka=kafka", "RabbitMQ=rabbitmq"}, resPairs: []string{"Kafka=kafka"},
			want: nil,
		},
		{
			name: "a sibling of a group's members: name one too",
			job:  "Requirements\n- Kafka or RabbitMQ", resume: "Experience\n- Ran NATS\nSkills\nGo",
			jobPairs: []string{"Kafka=kafka", "RabbitMQ=rabbitmq"}, resPairs: []string{"NATS=nats"},
			want: []sg{{"kafka", Reword, `The job requires one of "Kafka" or "RabbitMQ"; your resume only says "NATS". If you have used one, name it too: an ATS does not count "NATS" for it.`}},
		},
		{
			name: "never the other way: a general term gets a reword tip",
			job:  "Requirements\n- PostgreSQL", resume: "Experience\n- Tuned relational databases\nSkills\nGo",
			jobPairs: []string{"PostgreSQL=postgresql"}, resPairs: []string{"relational databases=relational-databases"},
			want: []sg{{"postgresql", Reword, `The job requires "PostgreSQL"; your resume only says "Relational Databases". If you have used PostgreSQL, name it too: an ATS does not count "Relational Databases" for it.`}},
		},
		{
			name: "an implied match: name the job's term beside it",
			job:  "Requirements\n- Relational databases", resume: "Experience\n- Tuned PostgreSQL\nSkills\nGo",
			jobPairs: []string{"Relational databases=relational-databases"}, resPairs: []string{"PostgreSQL=postgresql"},
			want: []sg{{"relational-databases", Reword, `The job requires "Relational Databases"; your resume shows it through "PostgreSQL", which this score counts but a keyword search may not. Name it too, e.g. "PostgreSQL (Relational Databases)".`}},
		},
		{
			name: "an implied match the resume also names: nothing to add",
			job:  "Requirements\n- Relational databases", resume: "Experience\n- Tuned PostgreSQL, one of our relational databases\nSkills\nGo",
			jobPairs: []string{"Relational databases=relational-databases"}, resPairs: []string{"PostgreSQL=postgresql"},
			want: nil,
		},
		{
			name: "a higher degree is no other name for the one asked",
			job:  "Requirements\n- Bachelor's degree", resume: "Education\n- Master's degree, 2015\nSkills\nGo",
			jobPairs: []string{"Bachelor's degree=bachelors"}, resPairs: []string{"Master's degree=masters"},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := advise(tt.job, tt.resume, tt.jobPairs, tt.resPairs)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("For(%q, %q) mismatch (-want +got):\n%s", tt.job, tt.resume, diff)
			}
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"OOP", "Object-Oriented Programming", true},
		{"AWS", "Amazon Web Services", true},
		{"JS", "JavaScript", true},
		{"Postgres", "PostgreSQL", true},
		{"NodeJS", "Node.js", true},
		{"k8s", "Kubernetes", true},
		{"Project coordination", "Project management", false},
		{"Teamwork", "Team Collaboration", false},
		{"Go", "Golang", false}, // too short to be a start
		{"", "Go", false},
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// sorted puts matches in text order, as the matcher reports them.
func sorted(ms []match.Match) []match.Match {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	return ms
}
