package match

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

// rejection is the comparable core of a Rejection.
type rejection struct{ ID, Surface, Rule string }

func rejections(r Result) []rejection {
	out := []rejection{}
	for _, x := range r.Rejected {
		out = append(out, rejection{x.TermID, x.Surface, x.Rule.String()})
	}
	return out
}

func excludeDict() *keywords.Dict {
	d := testDict()
	d.Terms = append(d.Terms,
		keywords.Term{ID: "phd", Name: "PhD", Kind: keywords.Hard, Aliases: []string{"Doctorate"},
			NotBefore: []string{"student", "fellowship", "summer school"}},
		keywords.Term{ID: "ml-ops", Name: "Machine Learning Operations", Kind: keywords.Hard, NotBefore: []string{"engineer"}},
		keywords.Term{ID: "mba", Name: "MBA", Kind: keywords.Hard, NotAfter: []string{"executive", "part time", "full-time"}},
		keywords.Term{ID: "people-management", Name: "People Management", Kind: keywords.Soft, Aliases: []string{"Team Management"}},
		keywords.Term{ID: "unit-testing", Name: "Unit Testing", Kind: keywords.Hard, Aliases: []string{"Unit Tests"}},
		keywords.Term{ID: "integration-testing", Name: "Integration Testing", Kind: keywords.Hard, Aliases: []string{"Integration Tests"}},
	)
	return d
}

func TestNotBeforeAfter(t *testing.T) {
	m := mustCompile(t, excludeDict())
	tests := []struct {
		name    string
		in      string
		want    []string
		wantRej []rejection
	}{
		{"degree counts", "A PhD in physics", []string{"phd"}, []rejection{}},
		{"followed by a listed word", "a PhD student", []string{}, []rejection{{"phd", "PhD", "ignored: followed by 'student'"}}},
		{"inflection of the word", "two PhD students", []string{}, []rejection{{"phd", "PhD", "ignored: followed by 'students'"}}},
		{"every surface of the term", "a Doctorate fellowship", []string{}, []rejection{{"phd", "Doctorate", "ignored: followed by 'fellowship'"}}},
		{"hyphen between", "PhD-student wanted", []string{}, []rejection{{"phd", "PhD", "ignored: followed by 'student'"}}},
		{"a phrase", "PhD Summer Schools", []string{}, []rejection{{"phd", "PhD", "ignored: followed by 'Summer Schools'"}}},
		{"a hyphenated phrase", "PhD summer-school", []string{}, []rejection{{"phd", "PhD", "ignored: followed by 'summer-school'"}}},
		{"only the first word of a phrase", "PhD summer job", []string{"phd"}, []rejection{}},
		{"not adjacent", "a PhD and a student job", []string{"phd"}, []rejection{}},
		{"word before the surface is no match", "student with a PhD", []string{"phd"}, []rejection{}},
		{"not across a line", "PhD\nstudent", []string{"phd"}, []rejection{}},
		{"not across a sentence end", "PhD. Student", []string{"phd"}, []rejection{}},
		{"other terms unaffected", "Python student", []string{"python"}, []rejection{}},
		{"not after", "an executive MBA", []string{}, []rejection{{"mba", "MBA", "ignored: preceded by 'executive'"}}},
		{"not after phrase", "a part-time MBA", []string{}, []rejection{{"mba", "MBA", "ignored: preceded by 'part-time'"}}},
		{"not after is not before", "MBA executive", []string{"mba"}, []rejection{}},
		{"a listed hyphenated word", "a full-time MBA", []string{}, []rejection{{"mba", "MBA", "ignored: preceded by 'full-time'"}}},
		{"a listed hyphenated word, spaced", "a full time MBA", []string{}, []rejection{{"mba", "MBA", "ignored: preceded by 'full time'"}}},
		{"a declared acronym too", "Machine Learning Operations (MLO). MLO engineer", []string{"ml-ops"}, []rejection{{"ml-ops", "MLO", "ignored: followed by 'engineer'"}}},
		{"excluded hit confirms no list neighbour", "R, PhD student", []string{}, []rejection{
			{"r", "R", "ignored: single letter 'R' with no skill context"}, {"phd", "PhD", "ignored: followed by 'student'"}}},
		{"a counted neighbour confirms", "R, PhD", []string{"r", "phd"}, []rejection{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(m, tt.in)
			if diff := cmp.Diff(tt.want, ids(r)); diff != "" {
				t.Errorf("Match(%q) matches mismatch (-want +got):\n%s", tt.in, diff)
			}
			if diff := cmp.Diff(tt.wantRej, rejections(r)); diff != "" {
				t.Errorf("Match(%q) rejections mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestNegation(t *testing.T) {
	m := mustCompile(t, testDict())
	tests := []struct {
		name string
		in   string
		want []string // counted
		neg  []string // ignored as negated
	}{
		{"no X experience required", "No Java experience required.", nil, []string{"java"}},
		{"no X needed", "no SQL needed", nil, []string{"sql"}},
		{"no prior X knowledge is necessary", "no prior Python knowledge is necessary", nil, []string{"python"}},
		{"a negated list", "No Java or Python experience required", nil, []string{"java", "python"}},
		{"a negated list with an ambiguous item", "No Java, Go or Rust experience required", nil, []string{"java", "go", "rust"}},
		{"X is not required", "Kubernetes is not required", nil, []string{"kubernetes"}},
		{"X experience is not a requirement", "Terraform experience is not a requirement", nil, []string{"terraform"}},
		{"X are not needed", "SQL skills are not needed", nil, []string{"sql"}},
		{"contraction", "Java isn't required", nil, []string{"java"}},
		{"curly contraction", "Java isn’t required", nil, []string{"java"}},
		{"do not have to speak", "you do not have to be able to speak English fluently", nil, []string{"english"}},
		{"don't need to know", "You don't need to know Python", nil, []string{"python"}},
		{"does not need to use", "the role does not need to use SQL", nil, []string{"sql"}},
		{"apply without X experience", "you can apply without Java experience", nil, []string{"java"}},
		{"welcome without any X experience", "we welcome applicants without any Python experience", nil, []string{"python"}},
		{"even without prior X knowledge", "even without prior Terraform knowledge you will learn fast", nil, []string{"terraform"}},
		{"without X experience are welcome", "Candidates without Java experience are welcome to apply.", nil, []string{"java"}},
		{"without X experience can apply", "People without SQL experience can apply too", nil, []string{"sql"}},
		{"no prior X experience needed", "no prior Kubernetes experience needed", nil, []string{"kubernetes"}},
		{"read through a declared acronym", "No Domain-Driven Design (DDD) experience required", nil, []string{"ddd"}},
		{"read through a parenthesised name", "No DDD (Domain-Driven Design) experience required", nil, []string{"ddd"}},
		{"read through a listed acronym", "no Machine Learning (ML) knowledge is necessary", nil, []string{"ml"}},
		{"not required to have", "You are not required to have a Python certificate", nil, []string{"python"}},
		{"do not need to have", "you don't need to have any SQL experience", nil, []string{"sql"}},
		{"soft skill too", "no collaborative experience required", nil, []string{"collab"}},
		{"a declared acronym too", "Domain-Driven Design (DDD) is our style. No DDD experience required", []string{"ddd"}, []string{"ddd"}},
		// Counted: not one of the patterns.
		{"required", "Java experience required", []string{"java"}, nil},
		{"a clause end between", "No Java; Python required", []string{"java", "python"}, nil},
		{"not only but", "not only Java but Python", []string{"java", "python"}, nil},
		{"not limited to", "including but not limited to Java, Python", []string{"java", "python"}, nil},
		{"nice to have", "Java is nice to have", []string{"java"}, nil},
		{"a plus but not required", "Java is a plus but not required", []string{"java"}, nil},
		{"is required", "Python is required, SQL is not optional", []string{"python", "sql"}, nil},
		{"without alone", "Python without frameworks", []string{"python"}, nil},
		{"without X experience states a need", "Without PostgreSQL experience you will struggle", []string{"postgresql"}, nil},
		{"bare without X experience", "applicants without any Python experience", []string{"python"}, nil},
		{"without X knowledge not considered", "Candidates without Java knowledge will not be considered.", []string{"java"}, nil},
		{"do not apply without", "Please do not apply without Java experience.", []string{"java"}, nil},
		{"not welcome without", "applicants without Java experience are not welcome", []string{"java"}, nil},
		{"parentheses read through only next to the run", "No Java (see below) experience required", []string{"java"}, nil},
		{"a required acronym in parentheses", "Domain-Driven Design (DDD) experience required", []string{"ddd"}, nil},
		{"without X, no experience word", "without Java", []string{"java"}, nil},
		{"not across a sentence", "No. Java experience required", []string{"java"}, nil},
		{"not across a line", "no\nJava experience required", []string{"java"}, nil},
		{"negation names another word", "no travel required; Java experience", []string{"java"}, nil},
		{"must-match symbols", "C#, C++, .NET, Node.js and CI/CD required", []string{"csharp", "cpp", "dotnet", "nodejs", "ci-cd"}, nil},
		{"must-match symbols negated", "no C#, C++, .NET, Node.js or CI/CD experience required", nil, []string{"csharp", "cpp", "dotnet", "nodejs", "ci-cd"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(m, tt.in)
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, ids(r)); diff != "" {
				t.Errorf("Match(%q) matches mismatch (-want +got):\n%s", tt.in, diff)
			}
			neg := []string{}
			for _, x := range r.Rejected {
				if *x.Rule == negatedRule {
					neg = append(neg, x.TermID)
				}
			}
			wantNeg := tt.neg
			if wantNeg == nil {
				wantNeg = []string{}
			}
			if diff := cmp.Diff(wantNeg, neg); diff != "" {
				t.Errorf("Match(%q) negated mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
