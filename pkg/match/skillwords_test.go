package match

import (
	"slices"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// verdictDict adds to testDict the kinds of ambiguous entries the skill
// word, list and company rules read: a capitalised name that is also a
// common noun (Telemetry, Logistics), soft skills in lower case, a degree
// initialism (MS), a tool named by a common word (teams), and a soft
// skill's adjective (thorough).
func verdictDict() *keywords.Dict {
	d := testDict()
	d.Terms = append(d.Terms,
		keywords.Term{ID: "telemetry", Name: "Telemetry", Kind: keywords.Hard, Ambiguous: []string{"Telemetry"}, Context: []string{"cardiac"}},
		keywords.Term{ID: "logistics", Name: "Logistics", Kind: keywords.Hard, Ambiguous: []string{"Logistics"}, Context: []string{"freight"}},
		keywords.Term{ID: "numpy", Name: "NumPy", Kind: keywords.Hard},
		keywords.Term{ID: "crm", Name: "CRM", Kind: keywords.Hard},
		keywords.Term{ID: "masters", Name: "Master's Degree", Kind: keywords.Hard, Aliases: []string{"Masters"}, Acronyms: []string{"MS"}, Ambiguous: []string{"MS", "Masters"}, Context: []string{"degree", "in"}},
		keywords.Term{ID: "google-analytics", Name: "Google Analytics", Kind: keywords.Hard},
		keywords.Term{ID: "teams", Name: "Microsoft Teams", Kind: keywords.Hard, Aliases: []string{"Teams"}, Ambiguous: []string{"teams"}, Context: []string{"microsoft"}},
		keywords.Term{ID: "empathy", Name: "Empathy", Kind: keywords.Soft},
		keywords.Term{ID: "active-listening", Name: "Active Listening", Kind: keywords.Soft},
		keywords.Term{ID: "patience", Name: "Patience", Kind: keywords.Soft, Ambiguous: []string{"Patience"}, Context: []string{"customers"}},
		keywords.Term{ID: "analytical", Name: "Analytical Skills", Kind: keywords.Soft, Aliases: []string{"Analytical"}, Ambiguous: []string{"Analytical"}, Context: []string{"thinking"}},
		keywords.Term{ID: "conscientiousness", Name: "Conscientiousness", Kind: keywords.Soft, Forms: []string{"thorough"}, Ambiguous: []string{"thorough"}, Context: []string{"checks"}},
	)
	return d
}

// verdictOf returns whether the first hit of id with surface counted and
// its rule's id (NoRule when it has none or is absent).
func verdictOf(r Result, id, surface string) (counted, found bool, rule RuleID) {
	for _, m := range r.Matches {
		if m.TermID == id && m.Surface == surface {
			if m.Rule != nil {
				rule = m.Rule.ID
			}
			return true, true, rule
		}
	}
	for _, m := range r.Rejected {
		if m.TermID == id && m.Surface == surface {
			return false, true, m.Rule.ID
		}
	}
	return false, false, NoRule
}

// TestSkillWords: the ordinary-word reading of a lower-case (or
// sentence-initial) ambiguous name yields to words that ask for a skill,
// and only to those; each rule both ways.
func TestSkillWords(t *testing.T) {
	m := mustCompile(t, verdictDict())
	tests := []struct {
		name, in, id, surface string
		counted               bool
		rule                  RuleID
	}{
		{"a skill noun after", "5 years of telemetry experience", "telemetry", "telemetry", true, ContextSkillWord},
		{"a skill noun after a sentence's first word", "Telemetry experience is required.", "telemetry", "Telemetry", true, ContextSkillWord},
		{"skills after", "strong excel skills", "excel", "excel", true, ContextSkillWord},
		{"a lead before", "advanced knowledge of excel", "excel", "excel", true, ContextSkillWord},
		{"a level before", "advanced excel", "excel", "excel", true, ContextSkillWord},
		{"a lead before, the phrase ends at and", "proficient in excel and Word", "excel", "excel", true, ContextSkillWord},
		{"a skill noun shared by a list", "excel, word and access skills", "excel", "excel", true, ContextSkillWord},
		{"a soft skill's skills shared by a list", "excellent analytical, organisational and communication skills", "analytical", "analytical", true, ContextSkillWord},
		{"a soft skill's abilities", "good analytical abilities", "analytical", "analytical", true, ContextSkillWord},
		{"asked for after it", "English is a plus.", "english", "English", true, ContextSkillWord},
		{"asked for with adverbs", "Kafka experience and English are both considered a plus", "english", "English", true, ContextSkillWord},
		{"asked for on the wrapped line", "Kafka experience and English are\nboth considered a plus.", "english", "English", true, ContextSkillWord},
		{"asked for without a verb at a clause end", "Python required; English preferred.", "english", "English", true, ContextSkillWord},
		{"would be desirable", "English would be highly desirable", "english", "English", true, ContextSkillWord},
		// The other way.
		{"plus as a conjunction", "a degree in English plus two years of experience", "english", "English", false, CapitalsProperNoun},
		{"must as a verb", "the reports in English must be sent weekly", "english", "English", false, CapitalsProperNoun},
		{"after a verb in lower case", "knowing English is a must", "english", "English", false, CapitalsProperNoun},
		{"a common noun states a condition", "Monitoring is required for all staff", "monitoring", "Monitoring", false, OrdinarySentenceStart},
		{"a word listed in lower case", "Python and excel is a must", "excel", "excel", false, OrdinaryLowercase},
		{"the name ends a longer phrase", "work with offshore teams is a plus", "teams", "teams", false, OrdinaryNoContext},
		{"not across a blank line", "Kafka experience and English are\n\nboth considered a plus.", "english", "English", false, CapitalsProperNoun},
		{"not into a capitalised line", "Kafka experience and English are\nBoth considered a plus.", "english", "English", false, CapitalsProperNoun},
		{"the verb", "I excel at building teams", "excel", "excel", false, OrdinaryLowercase},
		{"no skill word", "we go the extra mile", "go", "go", false, OrdinaryLowercase},
		{"a lead before a longer phrase", "knowledge of go to market strategy", "go", "go", false, OrdinaryLowercase},
		{"a lead before a capitalised phrase", "experience in Rust Belt towns", "rust", "Rust", false, CapitalsPhrase},
		{"a skill noun after a wrong case", "GO experience", "go", "GO", false, OrdinaryCase},
		{"a name in capitals is not its lower-case word", "solid experience with Java", "solid", "solid", false, OrdinaryLowercase},
		{"a soft skill's adjective before a noun", "we need thorough knowledge of payroll", "conscientiousness", "thorough", false, OrdinaryNoContext},
		{"a soft skill's adjective before a shared noun", "we need thorough, current knowledge of payroll", "conscientiousness", "thorough", false, OrdinaryNoContext},
		{"a separator with no item before the noun", "we go, and experience shows", "go", "go", false, OrdinaryLowercase},
		{"items too long to share the noun", "we go, to the market with our customers, and experience shows", "go", "go", false, OrdinaryLowercase},
		{"an initialism is read alike in every sense", "our HR experience", "hr", "HR", false, CapitalsInitialism},
		{"a single letter is a grade as often", "grade C certification", "c", "C", false, OrdinaryLetter},
		{"a hyphenated word", "our Go-to-market experience", "go", "Go", false, OrdinaryCompound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counted, found, rule := verdictOf(run(m, tt.in), tt.id, tt.surface)
			if !found || counted != tt.counted || rule != tt.rule {
				t.Errorf("Match(%q) %s %q: found %v counted %v rule %s; want counted %v rule %s", tt.in, tt.id, tt.surface, found, counted, rule, tt.counted, tt.rule)
			}
		})
	}
}

// TestListMembership: a word in lower case joins a list of confirmed
// skills as a whole item, soft skills join soft skills, other short items
// may stand between, and an initialism before a name is no item.
func TestListMembership(t *testing.T) {
	m := mustCompile(t, verdictDict())
	tests := []struct {
		name, in, id, surface string
		counted               bool
		rule                  RuleID
	}{
		{"a soft skill among soft skills", "empathy, patience, active listening", "patience", "patience", true, ContextList},
		{"a lower-case tool among tools", "Python, excel, SQL", "excel", "excel", true, ContextList},
		{"another item between", "such as R, Weka, NumPy", "r", "R", true, ContextList},
		{"two other items between", "Python, Weka, Orange, excel", "excel", "excel", true, ContextList},
		// The other way.
		{"not a whole item", "Java, go to market", "go", "go", false, OrdinaryLowercase},
		{"a lower-case word inside an item", "development teams and agile methods with Python", "teams", "teams", false, OrdinaryNoContext},
		{"a soft skill confirms no hard one", "empathy, excel", "excel", "excel", false, OrdinaryLowercase},
		{"too many items between", "R, Weka, Orange, KNIME, NumPy", "r", "R", false, OrdinaryLetter},
		{"a long item between", "R, the open source Weka suite, NumPy", "r", "R", false, OrdinaryLetter},
		{"an initialism before a name", "MS CRM", "masters", "MS", false, OrdinarySentenceStart},
		{"an initialism before a name mid-sentence", "we use MS CRM daily", "masters", "MS", false, CapitalsInitialism},
		{"a degree in a list", "BSc, MS, PhD", "masters", "MS", false, CapitalsInitialism},
		// A bare "in" confirms a degree, not the end of a course's name;
		// two plain capitalised words are no technology name to list with.
		{"a bare in after the degree", "a Masters in Finance", "masters", "Masters", true, ContextQualifier},
		{"a bare in after a course's name", "the Google Analytics Masters in 2020", "masters", "Masters", false, CapitalsPhrase},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			counted, found, rule := verdictOf(run(m, tt.in), tt.id, tt.surface)
			if !found || counted != tt.counted || rule != tt.rule {
				t.Errorf("Match(%q) %s %q: found %v counted %v rule %s; want counted %v rule %s", tt.in, tt.id, tt.surface, found, counted, rule, tt.counted, tt.rule)
			}
		})
	}
}

// TestCompanyNames: a name inside a company's name with its legal form is
// no skill, ambiguous or not; the same name elsewhere counts.
func TestCompanyNames(t *testing.T) {
	m := mustCompile(t, verdictDict())
	tests := []struct {
		in      string
		want    []string // counted term ids
		company []string // surfaces ruled part of a company name
	}{
		{"Brightline Logistics, Inc. · Columbus, OH", []string{}, []string{"Logistics"}},
		{"Worked at Acme Python Labs Ltd on Kafka", []string{}, []string{"Python"}},
		{"Kessler & Rust Electric, Inc.", []string{}, []string{"Rust"}},
		{"Nordlicht Python GmbH", []string{}, []string{"Python"}},
		// The other way.
		{"logistics experience at Brightline", []string{"logistics"}, nil},
		{"Python, Go and SQL", []string{"python", "go", "sql"}, nil},
		{"python ltd", []string{"python"}, nil}, // a company is written capitalised
		{"Java User Group", []string{"java"}, nil},
		{"Python incorporates", []string{"python"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r := run(m, tt.in)
			if got := ids(r); !slices.Equal(got, tt.want) {
				t.Errorf("Match(%q) counted %v, want %v", tt.in, got, tt.want)
			}
			var company []string
			for _, x := range r.Rejected {
				if x.Rule.ID == ExcludeCompany {
					company = append(company, x.Surface)
				}
			}
			if !slices.Equal(company, tt.company) {
				t.Errorf("Match(%q) company-name rejections %v, want %v", tt.in, company, tt.company)
			}
		})
	}
}

// TestSkillWordsDefaultDictionary runs the class on the embedded
// dictionary: the brief's examples count, the precision cases do not.
func TestSkillWordsDefaultDictionary(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		in   string
		want string // a term id that must count, or "" for none of notWant
		not  []string
	}{
		{"advanced knowledge of excel", "microsoft-excel", nil},
		{"3 years of telemetry experience", "cardiac-telemetry", nil},
		{"Skills: empathy, patience, active listening", "patience", nil},
		{"tools such as R, Weka, NumPy", "r", nil},
		{"I excel at building relationships", "", []string{"microsoft-excel"}},
		{"express interest in the role", "", []string{"express"}},
		{"swift delivery to customers", "", []string{"swift"}},
		{"R&D budget", "", []string{"r"}},
		{"monitoring 24 hours a day", "", []string{"monitoring"}},
		{"solid experience with payroll", "", []string{"solid-principles"}},
		{"thorough knowledge of payroll", "", []string{"conscientiousness"}},
		{"experience in lead generation", "", []string{"leadership"}},
		{"Brightline Logistics, Inc.", "", []string{"logistics"}},
		// Dictionary data of the class: EMT, algorithms, MS and Masters.
		{"Certified EMT with 3 years on an ambulance", "emergency-medical-technician", nil},
		{"Bend and install EMT, rigid and PVC conduit", "", []string{"emergency-medical-technician"}},
		{"Strong knowledge of algorithms", "data-structures-and-algorithms", nil},
		{"algorithms and complexity", "data-structures-and-algorithms", nil},
		{"You will improve our current pricing algorithms", "", []string{"data-structures-and-algorithms"}},
		{"MS in Computer Science", "masters-degree", nil},
		{"a Masters in Finance", "masters-degree", nil},
		{"Proficient in MS CRM", "", []string{"masters-degree"}},
		{"Completed the Google Analytics Masters in 2020", "", []string{"masters-degree"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ids(run(m, tt.in))
			if tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("Match(%q) = %v, want %s among them", tt.in, got, tt.want)
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("Match(%q) = %v, must not hold %s", tt.in, got, n)
				}
			}
		})
	}
}
