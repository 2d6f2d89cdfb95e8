package sections

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// roleAt is one expected line: 1-based line, section and role.
type roleAt struct {
	Line    int
	Section string
	Role    Role
}

func TestJobLineRoles(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []roleAt // only the lines listed are checked
	}{
		{
			name: "requirements heading makes lines required",
			in:   "Requirements\n- Go\n- SQL",
			want: []roleAt{{1, "requirements", Required}, {2, "requirements", Required}, {3, "requirements", Required}},
		},
		{
			name: "is a plus overrides requirements",
			in:   "Requirements:\n- Familiarity with DDD is a plus\n- Kafka",
			want: []roleAt{{2, "requirements", Preferred}, {3, "requirements", Required}},
		},
		{
			name: "line cue must inside neutral section",
			in:   "About the role\nYou must know Go.\nYou will write Go.",
			want: []roleAt{{2, "about the role", Required}, {3, "about the role", Neutral}},
		},
		{
			name: "preferred heading and ideally cue",
			in:   "Nice to have\n- Rust\n- You have shipped a Rust crate\nWhat you bring\n- Ideally some Rust",
			want: []roleAt{{2, "nice to have", Preferred}, {3, "nice to have", Preferred}, {5, "what you bring", Preferred}},
		},
		{
			name: "benefits, EEO, about us, salary, how to apply are ignored",
			in:   "Benefits\n- Java books\nEqual Opportunity Employer\nWe value Go.\nAbout Us\nWe use Go.\nSalary Range:\n$100k\nHow to Apply\nSend Go code.",
			want: []roleAt{{2, "benefits", Ignored}, {4, "equal opportunity employer", Ignored}, {6, "about us", Ignored}, {8, "salary range", Ignored}, {10, "how to apply", Ignored}},
		},
		{
			name: "about the role and about you are not boilerplate",
			in:   "About the Role\nGo services\nAbout You\nGo experience",
			want: []roleAt{{2, "about the role", Neutral}, {4, "about you", Required}},
		},
		{
			name: "trailing keywords section runs to the end",
			in:   "Requirements\n- Go\nATS Keywords\nHard skills\nGo, Java\nRequirements\nJava",
			want: []roleAt{{2, "requirements", Required}, {4, "ats keywords", Ignored}, {5, "ats keywords", Ignored}, {7, "ats keywords", Ignored}},
		},
		{
			name: "job-board chrome keeps the section",
			in:   "Tech Stack\nPosted on:\nLocation Type: Hybrid\nVisit company website\nGo",
			want: []roleAt{{2, "tech stack", Ignored}, {3, "tech stack", Ignored}, {4, "tech stack", Ignored}, {5, "tech stack", Neutral}},
		},
		{
			name: "markdown and bold headings",
			in:   "### Must Have\nGo\n**Preferred Qualifications**\nRust",
			want: []roleAt{{2, "must have", Required}, {4, "preferred qualifications", Preferred}},
		},
		{
			name: "a bare skill line is not a heading",
			in:   "Requirements\nPython\nAWS\nKubernetes",
			want: []roleAt{{2, "requirements", Required}, {3, "requirements", Required}, {4, "requirements", Required}},
		},
		{
			name: "an inline salary is a one-line field, not a section",
			in:   "Salary: £35,000 – £45,000\nYou will run Scrum for the team.\nSalary:\n£35,000\nCompensation: competitive\nKafka",
			want: []roleAt{{1, "", Ignored}, {2, "", Neutral}, {4, "salary", Ignored}, {5, "salary", Ignored}, {6, "salary", Ignored}},
		},
		{
			name: "a skill list after a privacy label counts, a notice does not",
			in:   "Requirements\nData protection: GDPR, ISO 27001\n- Kafka\nPrivacy: we process your personal data lawfully.\nGo",
			want: []roleAt{{2, "requirements", Required}, {3, "requirements", Required}, {4, "privacy", Ignored}, {5, "privacy", Ignored}},
		},
		{
			name: "a benefits list after a label stays a perk list",
			in:   "Requirements\n- Go\nBenefits: dental, 401k\nPython courses",
			want: []roleAt{{3, "benefits", Ignored}, {4, "benefits", Ignored}},
		},
		{
			name: "a job title naming a boilerplate field does not ignore the posting",
			in:   "Data Protection Officer\nYou will run our GDPR programme.\nDiversity & Inclusion Manager\nWorkday reporting",
			want: []roleAt{{1, "data protection officer", Neutral}, {2, "data protection officer", Neutral}, {4, "diversity inclusion manager", Neutral}},
		},
		{
			name: "who we are looking for is a requirement, who we are is not",
			in:   "Who we are\nWe build Go tools.\nWho we are looking for\nSenior DevOps engineers with Terraform\nWho we're looking for:\nKubernetes",
			want: []roleAt{{2, "who we are", Ignored}, {4, "who we are looking for", Required}, {6, "who we re looking for", Required}},
		},
		{
			name: "a description heading ends the company section",
			in:   "About Us\nWe save lives.\nDescription\nYou will implement the GDPR.\nCompany description:\nAcme makes tools.",
			want: []roleAt{{2, "about us", Ignored}, {4, "description", Neutral}, {6, "company description", Ignored}},
		},
		{
			name: "a sentence-case requirement heading ends a benefits section",
			in:   "Benefits\n- Gym\nKey skills\nGo\nBenefits\n- Gym\nThe ideal candidate\nKafka\nBenefits\n- Gym\nSkills & Experience\nSQL\nPerks\n- Gym\nYou'll need\nRust",
			want: []roleAt{{4, "key skills", Required}, {8, "the ideal candidate", Required}, {12, "skills experience", Required}, {16, "you ll need", Required}},
		},
		{
			name: "a boilerplate sentence under a requirements heading",
			in:   "Requirements\n- Go\n- Please send your CV with a Python sample.\n- Kafka",
			want: []roleAt{{2, "requirements", Required}, {3, "requirements", Ignored}, {4, "requirements", Required}},
		},
		{
			name: "a perk naming skills stays a perk",
			in:   "Benefits\nGrow your skills\nPython courses\nEverything you'll need\nA MacBook\nYour skills will grow here\nJava books",
			want: []roleAt{{3, "benefits", Ignored}, {5, "benefits", Ignored}, {7, "benefits", Ignored}},
		},
		{
			name: "responsibilities are neutral",
			in:   "Responsibilities\n- Operate Kubernetes",
			want: []roleAt{{2, "responsibilities", Neutral}},
		},
		{
			name: "not required is a preference",
			in:   "Requirements\n- A degree is not required",
			want: []roleAt{{2, "requirements", Preferred}},
		},
		{
			name: "inline heading with body",
			in:   "Intro\nRequirements: Go and SQL\n- Docker",
			want: []roleAt{{2, "requirements", Required}, {3, "requirements", Required}},
		},
		{
			name: "empty text is one neutral line",
			in:   "",
			want: []roleAt{{1, "", Neutral}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Job(tt.in)
			if len(got) != strings.Count(tt.in, "\n")+1 {
				t.Fatalf("Job(%q) returned %d lines, want %d", tt.in, len(got), strings.Count(tt.in, "\n")+1)
			}
			var gotRoles []roleAt
			for _, w := range tt.want {
				l := got[w.Line-1]
				gotRoles = append(gotRoles, roleAt{w.Line, l.Section, l.Role})
			}
			if diff := cmp.Diff(tt.want, gotRoles); diff != "" {
				t.Errorf("Job(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestJobHeadings checks common heading variants, each followed by one line.
func TestJobHeadings(t *testing.T) {
	tests := []struct {
		heading string
		want    Role
	}{
		{"What You'll Need:", Required},
		{"Minimum Qualifications", Required},
		{"Basic qualifications", Required},
		{"Who you are", Required},
		{"Key Skills", Required},
		{"Preferred Qualifications", Preferred},
		{"Bonus Points", Preferred},
		{"Nice-to-haves", Preferred},
		{"Perks & Benefits", Ignored},
		{"Why You'll Love Working Here", Ignored},
		{"Compensation & Benefits", Ignored},
		{"About Farfetch", Ignored},
		{"Who We Are", Ignored},
		{"Pay Transparency", Ignored},
		{"Privacy Notice", Ignored},
		{"Diversity, Equity & Inclusion", Ignored},
		{"The Role", Neutral},
		{"Key Responsibilities", Neutral},
		{"What you'll do", Neutral},
		{"About the job", Neutral},
		{"Desired Candidate Profile", Required},
		{"Requisitos:", Required},
		{"Beneficios:", Ignored},
		{"¿Cómo postular?", Ignored},
		{"Experience)", Required}, // a wrapped line is not a heading: Requirements continue
		// A boilerplate word naming the job's own field is not boilerplate.
		{"Data Protection", Ignored},
		{"Data Protection Officer", Neutral},
		{"Lead our data protection compliance project", Required}, // a task, not a heading: Requirements continue
		{"Privacy Policy", Ignored},
		{"Privacy Engineer", Neutral},
		{"Our commitment to diversity and inclusion", Ignored},
		{"Diversity & Inclusion Manager", Neutral},
		{"Benefits for our engineers", Ignored},
		{"Compensation & Benefits Specialist", Neutral},
		{"Equal Opportunity Employer", Ignored},
		{"Who we are looking for", Required},
		{"Who we are", Ignored},
		{"Company description:", Ignored},
		{"Job description", Neutral},
		{"Description", Neutral},
		{"Equal opportunities:", Ignored},
		{"Recruitment process", Ignored},
		{"What you get to do in this role:", Neutral},
		{"Check Out the Salary Range of a Backend Engineer in Your Location:", Ignored},
		{"Head of Data Protection", Neutral},
		{"Director of Compensation & Benefits", Neutral},
		// Work done on the field, as an HR requirement line: no heading.
		{"Benefits administration, FMLA, ADA, COBRA", Required},
		{"Compensation analysis", Required},
		{"Benefits and perks", Ignored},
		{"You need:", Required},
		// An opener names the work or asks for the field; a perk speaks
		// to the reader.
		{"Experience our benefits", Ignored},
		{"Own your benefits:", Ignored},
		{"Manage your benefits online", Ignored},
		{"Experience with benefits administration", Required},
		{"Manage our benefits programme", Required},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			in := "Requirements\n- Go\n" + tt.heading + "\nKubernetes clusters"
			if got := Job(in)[3]; got.Role != tt.want {
				t.Errorf("Job(%q) line 4 role %v (%s), want %v", in, got.Role, got.Reason, tt.want)
			}
		})
	}
}

// TestJobBoilerplateSentences checks sentences that are boilerplate with
// no boilerplate heading above them, and look-alikes that are the job.
func TestJobBoilerplateSentences(t *testing.T) {
	tests := []struct {
		line string
		want Role
	}{
		{"Acme Labs is a leading provider of payroll software.", Ignored},
		{"Acme is one of the world's largest food producers.", Ignored},
		{"Founded in 2004, Acme employs 250 people.", Ignored},
		{"Acme is headquartered in Oslo.", Ignored},
		{"We are an equal opportunity employer and value diversity.", Ignored},
		{"Acme is an Equal Employment Opportunity Employer.", Ignored},
		{"Please send your CV to jobs@acme.example.", Ignored},
		{"To apply please open the link below.", Ignored},
		{"Applications must be submitted as one PDF file.", Ignored},
		{"Applications will be reviewed on a rolling basis.", Ignored},
		{"We use Python everywhere.", Neutral},
		{"We are looking for a Go developer.", Neutral},
		{"We are a Python shop.", Neutral},
		{"Our stack: Go, PostgreSQL, Kafka", Neutral},
		{"To apply statistical methods to large data sets", Neutral},
		{"Knowledge of equal employment opportunity laws", Neutral},
		{"Knowledge of Equal Employment Opportunity Laws", Neutral}, // a title-case line, not an EEO heading
		{"Experience handling reasonable accommodation requests", Neutral},
		{"Applications should contain a CV and a master degree diploma.", Neutral},
		{"For our office founded in 2004 we are looking for a frontend developer.", Neutral},
		// Far into a run-on line, the cue ends it; the start is the job.
		{"Strong Java 8 skills and messaging with JMS TIBCO MQ and UI testing technologies and more Acme is a global leader in finance", Neutral},
		{"You must know Go. Please send your CV to jobs@acme.example.", Required},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := "About the role\n" + tt.line
			if got := Job(in)[1]; got.Role != tt.want {
				t.Errorf("Job(%q) line 2 role %v (%s), want %v", in, got.Role, got.Reason, tt.want)
			}
		})
	}
}

func TestJobReasons(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		want string
	}{
		{"section", "Benefits\n- Gym", 2, `section "Benefits": benefits are boilerplate`},
		{"cue", "Requirements\n- Kafka is a plus", 2, `line says "is a plus"`},
		{"chrome", "Posted on: today", 1, `job-board chrome: "Posted on: today"`},
		{"mixed", "Requirements\n- You have C#. DDD is a plus.", 2, `line says "you have" (and "is a plus" for part of it)`},
		{"mixed without a required cue", "Requirements\n- Go. DDD is a plus.", 2, `section "Requirements": requirements (and "is a plus" for part of it)`},
		{"boilerplate sentence", "Please send your CV.", 1, `line says "please send": application instructions are boilerplate`},
		{"boilerplate part", "You will write Go. Acme is a leading bank.", 1, `before any heading (line says "is a leading": company description is boilerplate for part of it)`},
		{"boilerplate part of a preference", "Kafka is a plus. Acme is a leading bank.", 1, `line says "is a plus" (line says "is a leading": company description is boilerplate for part of it)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Job(tt.in)[tt.line-1].Reason
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Job(%q) reason mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestRoleAt(t *testing.T) {
	tests := []struct {
		name    string
		section string // heading above the line
		line    string
		word    string
		want    Role
	}{
		{"required sentence", "Requirements", "- You have a strong command of .NET (C#) and e.g. Node.js. Familiarity with DDD is a plus.", ".NET", Required},
		{"dot inside word does not split", "Requirements", "- You have a strong command of .NET (C#) and e.g. Node.js. Familiarity with DDD is a plus.", "Node.js", Required},
		{"preferred sentence", "Requirements", "- You have a strong command of .NET (C#). Familiarity with DDD is a plus.", "DDD", Preferred},
		{"same under a neutral heading", "About the role", "- You have C#. Familiarity with DDD is a plus.", "C#", Required},
		{"uncued sentence takes the section role", "Requirements", "- Go. Kafka is a plus.", "Go", Required},
		{"uncued sentence in a neutral section", "About the role", "You will write Go. You must know Kubernetes.", "Go", Neutral},
		{"cued sentence in a neutral section", "About the role", "You will write Go. You must know Kubernetes.", "Kubernetes", Required},
		{"preferred heading keeps you-have a wish", "Nice to have", "- You have written an operator. Also Rust.", "operator", Preferred},
		{"ignored stays ignored", "Benefits", "- You have Go. Kafka is a plus.", "Go", Ignored},
		{"a boilerplate sentence in a line of work", "About the role", "Acme is a leading bank. You will write Go.", "bank", Ignored},
		{"the line's work sentence counts", "About the role", "Acme is a leading bank. You will write Go.", "Go", Neutral},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Job(tt.section + "\n" + tt.line)[1]
			col := strings.Index(tt.line, tt.word)
			if got := RoleAt(tt.line, col, l); got != tt.want {
				t.Errorf("RoleAt(%q, %d, %+v) = %v, want %v", tt.line, col, l, got, tt.want)
			}
		})
	}
}

// TestRolesAt checks RolesAt against the sentences of a line at every kind
// of position, including outside the line, where the line's role holds.
func TestRolesAt(t *testing.T) {
	line := "You will write Go. Kafka is a plus. You must know Rust. Acme is a leading bank."
	l := Job("About the role\n" + line)[1]
	tests := []struct {
		name string
		col  int
		want Role
	}{
		{"first sentence", strings.Index(line, "Go"), Neutral},
		{"its closing dot", strings.Index(line, ". Kafka"), Neutral},
		{"the space opening the next", strings.Index(line, " Kafka"), Preferred},
		{"preferred sentence", strings.Index(line, "Kafka"), Preferred},
		{"required sentence", strings.Index(line, "Rust"), Required},
		{"boilerplate sentence", strings.Index(line, "bank"), Ignored},
		{"last byte", len(line) - 1, Ignored},
		{"before the line", -1, l.Role},
		{"past the line", len(line), l.Role},
	}
	roleAt := RolesAt(line, l)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roleAt(tt.col); got != tt.want {
				t.Errorf("RolesAt(%q)(%d) = %v, want %v", line, tt.col, got, tt.want)
			}
			if got := RoleAt(line, tt.col, l); got != tt.want {
				t.Errorf("RoleAt(%q, %d) = %v, want %v", line, tt.col, got, tt.want)
			}
		})
	}
}

func TestJobFixture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "job-markdown.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := Job(string(b))
	want := map[int]Role{
		3: Ignored, 6: Neutral, 9: Neutral, 10: Required, 13: Required, 14: Required, 15: Preferred,
		18: Preferred, 19: Preferred, 22: Ignored, 25: Ignored, 28: Ignored, 31: Ignored, 33: Ignored,
	}
	gotRoles := map[int]Role{}
	for l := range want {
		gotRoles[l] = got[l-1].Role
	}
	if diff := cmp.Diff(want, gotRoles); diff != "" {
		t.Errorf("Job(job-markdown.txt) roles mismatch (-want +got):\n%s", diff)
	}
}

// TestJobScrapedSeed reads the shared scraped posting: the tech-stack and
// role lines count, requirements are required, DDD is a plus, benefits and
// the trailing ATS keyword list are ignored.
func TestJobScrapedSeed(t *testing.T) {
	matches, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "seeds", "000_*.txt"))
	if len(matches) == 0 {
		t.Skip("../shared seeds absent")
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	lines := strings.Split(text, "\n")
	got := Job(text)
	find := func(sub string) int {
		for i, l := range lines {
			if strings.Contains(l, sub) {
				return i
			}
		}
		t.Fatalf("seed lacks %q", sub)
		return -1
	}
	checks := []struct {
		sub  string
		want Role
	}{
		{"Posted on:", Ignored},
		{"RabbitMQTerraform", Neutral},
		{"Hangfire, Azure Service Bus, Azure, Terraform", Neutral},
		{"You have a strong command of .NET", Required},
		{"relational databases (like PostgreSQL)", Required},
		{"Health insurance", Ignored},
		{"Training opportunities", Ignored},
		{"Tip: use these terms", Ignored},
		{".NETC#Object-Oriented", Ignored},
		{"collaborationcode reviews", Ignored},
	}
	for _, c := range checks {
		if r := got[find(c.sub)].Role; r != c.want {
			t.Errorf("line with %q: role %v, want %v (%s)", c.sub, r, c.want, got[find(c.sub)].Reason)
		}
	}
	i := find("Familiarity with Domain-Driven Design")
	if r := RoleAt(lines[i], strings.Index(lines[i], "Domain-Driven"), got[i]); r != Preferred {
		t.Errorf("DDD role %v, want preferred", r)
	}
}

func TestResumeSections(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // section per line
	}{
		{"all caps and title case", "Jane\nTECHNICAL SKILLS\nGo\nWork Experience\n- Built Go services",
			[]string{Other, Other, Skills, Skills, Experience, Experience}[1:]},
		{"sentence case heading words", "Work history\nAcme\nCore competencies\nGo",
			[]string{Experience, Experience, Skills, Skills}},
		{"inline skills line", "Summary\nGo developer\nSkills: Go, SQL\nEducation:\nBSc",
			[]string{Summary, Summary, Skills, Education, Education}},
		{"prose with a heading word is not a heading", "Experience\n- Led training sessions\nExperience with Go and Kubernetes across teams",
			[]string{Experience, Experience, Experience}},
		{"bare skill line stays in skills", "Skills\nPostgreSQL\nAWS GCP",
			[]string{Skills, Skills, Skills}},
		{"labels inside skills stay skills", "Skills\nLanguages: Go, Python\nTools: Docker\nEducation: BSc",
			[]string{Skills, Skills, Skills, Education}},
		{"heading variants", "WORK HISTORY\nx\nEmployment History\nx\nSkills & Tools\nx\nTechnical Proficiencies\nx\nEducation & Training\nx\nAwards\nx\nProgramming Languages\nx\nProfile\nx",
			[]string{Experience, Experience, Experience, Experience, Skills, Skills, Skills, Skills, Education, Education, Other, Other, Skills, Skills, Summary, Summary}},
		{"job titles are not headings", "Experience\nProject Manager\nTRAINING COORDINATOR\nTechnical Lead",
			[]string{Experience, Experience, Experience, Experience}},
		{"markdown", "## Projects\n- Redis clone\n## Certifications\nCKA",
			[]string{Projects, Projects, Certifications, Certifications}},
		{"kinds of experience", "EDUCATION\nBSc\nTEACHING EXPERIENCE\nx\nSKILLS\nx\nCLINICAL EXPERIENCE\nx\nSKILLS\nx\nRelevant Experience\nx\nSKILLS\nx\nResearch Experience:\nx",
			[]string{Education, Education, Experience, Experience, Skills, Skills, Experience, Experience, Skills, Skills, Experience, Experience, Skills, Skills, Experience, Experience}},
		{"not kinds of experience", "SKILLS\nUSER EXPERIENCE\nTeaching experience with Go\nCustomer Experience\nTRAINING COORDINATOR\n- Clinical Experience\nclinical experience",
			[]string{Skills, Skills, Skills, Skills, Skills, Skills, Skills}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range Resume(tt.in) {
				got = append(got, l.Section)
				if l.Role != Neutral {
					t.Errorf("Resume role %v, want neutral", l.Role)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resume(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestResumeFixture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "resume.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got := Resume(string(b))
	want := map[int]string{1: Other, 5: Summary, 8: Skills, 9: Skills, 12: Experience, 13: Experience,
		14: Experience, 18: Education, 20: Skills, 22: Certifications, 24: Projects}
	gotSec := map[int]string{}
	for l := range want {
		gotSec[l] = got[l-1].Section
	}
	if diff := cmp.Diff(want, gotSec); diff != "" {
		t.Errorf("Resume(resume.txt) mismatch (-want +got):\n%s", diff)
	}
}

func FuzzJob(f *testing.F) {
	for _, s := range []string{"", "\n\n", "Requirements\n- Go is a plus.", "# \n**\n:\n?", "About\nBenefits:\n• x", "- . ; ! ?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := strings.Count(s, "\n") + 1
		if got := Job(s); len(got) != n {
			t.Fatalf("Job: %d lines, want %d", len(got), n)
		}
		if got := Resume(s); len(got) != n {
			t.Fatalf("Resume: %d lines, want %d", len(got), n)
		}
		for _, l := range strings.Split(s, "\n") {
			for col := 0; col <= len(l); col++ {
				RoleAt(l, col, Line{Role: Required, SectionRole: Neutral})
			}
		}
	})
}

func BenchmarkJob(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "job-markdown.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Job(string(text))
		Resume(string(text))
	}
}
