package check

import (
	"strings"
	"testing"
)

func classify(text string) Reading { return Classify(strings.Split(text, "\n"), nil) }

const posting = `Senior Backend Engineer

About us
Acme builds payment software for small shops.

What you'll do
- Design and build services in Go
- Own the reliability of our APIs

Requirements
- 5+ years of backend experience
- Strong SQL

Benefits
- Remote work, 30 days of holiday

We are looking for someone who loves clean code. Apply now!`

const dutiesPosting = `IT Project Manager
Roles and Responsibilities
- Accomplishes staff results by communicating job expectations
- Maintains staff by recruiting, selecting and training employees
- Directs technological research by studying organization goals
- Completes projects by coordinating resources and timetables`

const spanishPosting = `Puesto de trabajo: Desarrollador Java
Sobre nosotros:
Somos un banco líder comprometido con la innovación.
Descripción del trabajo:
Estamos buscando un desarrollador para unirse a nuestro equipo en Lima.
Requisitos:
Conocimientos de Java y Spring.`

const letter = `Dana Kowalczyk
dana.k@example.com

Dear Hiring Manager,

I am writing to apply for the Backend Engineer position at Acme. In my six years as a developer
I have built payment services used by millions. I would welcome the chance to bring this
experience to your team.

Thank you for your consideration.

Sincerely,
Dana Kowalczyk`

const article = `Why small teams ship faster

Small teams spend less time in meetings and more time building. When a team grows past
eight people, the number of conversations it needs grows faster than the team itself.
Keeping teams small is one of the oldest lessons of software engineering, and one of the
most often forgotten.`

func TestClassify(t *testing.T) {
	tests := []struct {
		name, text string
		want       Kind
		reason     string
	}{
		{"resume", resume, KindResume, "2 dated roles"},
		{"posting", posting, KindJobPosting, `heading "About us"`},
		{"posting duties", dutiesPosting, KindJobPosting, "duties in the third person"},
		{"spanish posting", spanishPosting, KindJobPosting, `heading "Sobre nosotros"`},
		{"cover letter", letter, KindCoverLetter, `salutation "Dear Hiring Manager,"`},
		{"article", article, KindOther, "neither"},
		{"empty", "", KindOther, ""},
		// A small resume: headings and a bullet or two.
		{"short resume", "# Sam Doe\n\n## Skills\nC#, .NET\n\n## Experience\n- Built REST APIs in C#", KindResume, ""},
		// A resume whose roles describe duties ("Responsibilities:") is a resume.
		{"resume with duty labels", resume + "\nResponsibilities: on-call rota for 40 services", KindResume, ""},
	}
	for _, tt := range tests {
		r := classify(tt.text)
		if r.Kind != tt.want {
			t.Errorf("%s: %s (resume %d, posting %d, letter %d: %s), want %s", tt.name, r.Kind, r.Resume, r.Posting, r.Letter, r.Reason, tt.want)
		}
		if !strings.Contains(r.Reason, tt.reason) {
			t.Errorf("%s: reason %q lacks %q", tt.name, r.Reason, tt.reason)
		}
		if k := KindOf(strings.Split(tt.text, "\n"), nil); k != r.Kind {
			t.Errorf("%s: KindOf %s, Classify %s", tt.name, k, r.Kind)
		}
	}
}

func TestKindFinding(t *testing.T) {
	fs := findings(t, posting, Layout{})
	expect(t, fs, "document.kind", Fail, "not a resume: reads as a job posting")
	fs = findings(t, resume, Layout{})
	expect(t, fs, "document.kind", Pass, "reads as a resume")
}

func TestKindLabel(t *testing.T) {
	if KindJobPosting.Label() != "job posting" || KindCoverLetter.Label() != "cover letter" {
		t.Error(KindJobPosting.Label(), KindCoverLetter.Label())
	}
}

func TestPastTenseOpening(t *testing.T) {
	for s, want := range map[string]bool{
		"Led a team of five":        true,
		"Reduced costs by 20%":      true,
		"Built the billing service": true,
		"Detailed knowledge of SQL": false,
		"Experienced in Go":         false,
		"Lead the team":             false,
		"SQL, Go":                   false,
	} {
		if got := pastTenseOpening(s); got != want {
			t.Errorf("pastTenseOpening(%q) = %v, want %v", s, got, want)
		}
	}
}
