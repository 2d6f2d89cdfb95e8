package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/keywords/internal/build"
)

func TestCleanONETName(t *testing.T) {
	tests := []struct {
		name, in      string
		want, wantAcr string
		wantOK        bool
	}{
		{"vendor product", "Microsoft Excel", "Microsoft Excel", "", true},
		{"software suffix cut", "SAP Business Objects software", "SAP Business Objects", "", true},
		{"trailing acronym", "Structured query language SQL", "Structured query language", "SQL", true},
		{"acronym with small words", "Failure mode and effects analysis FMEA", "Failure mode and effects analysis", "FMEA", true},
		{"generic descriptor dropped", "Spreadsheet software", "", "", false},
		{"generic without suffix dropped", "Word processing", "", "", false},
		{"bracketed acronym", "Human resource information system (HRIS)", "Human resource information system", "HRIS", true},
		{"article-led phrase dropped", "A programming language APL", "", "", false},
		{"caps word that is not the initials stays", "Oracle Database XE", "Oracle Database XE", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, acr, ok := cleanONETName(tt.in)
			if diff := cmp.Diff([]any{tt.want, tt.wantAcr, tt.wantOK}, []any{name, acr, ok}); diff != "" {
				t.Errorf("cleanONETName(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestImportONET(t *testing.T) {
	in := "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n" +
		rows("Microsoft Excel", "Spreadsheet software", "N", 3) +
		rows("Microsoft Word", "Word processing software", "N", 3) +
		rows("Microsoft Teams", "Electronic mail software", "N", 3) +
		rows("Microsoft Project", "Project management software", "N", 3) +
		rows("Epic Systems", "Medical software", "Y", 1) +
		rows("Rare Tool", "Analytical or scientific software", "N", 1) +
		rows("Microsoft machine Helper", "Analytical or scientific software", "N", 3) +
		rows("Accounting software", "Accounting software", "Y", 5)
	common := map[string]bool{"excel": true, "word": true, "project": true, "teams": true}
	got, err := importONET(strings.NewReader(in), 3, common)
	if err != nil {
		t.Fatal(err)
	}
	ctx := func(cat ...string) []string { return append([]string{"Microsoft", "software"}, cat...) }
	office := ctx("spreadsheet", "spreadsheets", "documents", "Office")
	want := &file{Category: "business-software", Kind: "hard", Source: "onet", Terms: []term{
		{Name: "Epic Systems", Category: "healthcare", Source: "onet"},
		{Name: "Microsoft Excel", Category: "office", Aliases: []string{"Excel", "MS Excel"}, Ambiguous: []string{"Excel"}, Context: office, Source: "onet"},
		{Name: "Microsoft machine Helper", Category: "engineering", Source: "onet"},
		{Name: "Microsoft Project", Category: "management", Aliases: []string{"Project", "MS Project"}, Ambiguous: []string{"Project"}, Context: ctx(), Source: "onet"},
		{Name: "Microsoft Teams", Category: "office", Aliases: []string{"Teams", "MS Teams"}, Ambiguous: []string{"Teams"}, Context: office, Source: "onet"},
		{Name: "Microsoft Word", Category: "office", Aliases: []string{"Word", "MS Word"}, Ambiguous: []string{"Word"}, Context: office, Source: "onet"},
	}}
	if _, err := got.encode(); err != nil { // sorts
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("importONET mismatch (-want +got):\n%s", diff)
	}
}

// rows writes n occupation rows for one tool.
func rows(tool, title, hot string, n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("11-10" + string(rune('0'+i)) + "1.00\t" + tool + "\t1\t" + title + "\t" + hot + "\tN\n")
	}
	return b.String()
}

func TestDisplayTag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"node.js", "Node.js"},
		{"c#", "C#"},
		{"ruby-on-rails", "Ruby on Rails"},
		{"apache-kafka", "Apache Kafka"},
		{"scikit-learn", "Scikit Learn"},
		{"hdfs", "HDFS"},
		{"django", "Django"},
		{"udp", "UDP"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, displayTag(tt.in)); diff != "" {
				t.Errorf("displayTag(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestImportSO(t *testing.T) {
	tags := `Id,TagName,Count,ExcerptPostId
"1","node.js","400000","1"
"2","python-3.x","300000","1"
"3","function","200000","1"
"4","ruby-on-rails","300000","1"
"5","lazy-loading","9000","1"
"6","android","500000","1"
"7","android-viewpager","9000","1"
"8","ios5","9000","1"
"9","tiny-tag","10","1"
"10","border","90000","1"
"11","uitableview","90000","1"
`
	syn := `Id,SourceTagName,TargetTagName
"1","nodejs","node.js"
"2","rails","ruby-on-rails"
"3","ror","ruby-on-rails"
"4","python3","python-3.x"
`
	english := map[string]bool{"lazy": true, "loading": true, "border": true, "rails": true}
	got, err := importSO(strings.NewReader(tags), strings.NewReader(syn), 5000, english)
	if err != nil {
		t.Fatal(err)
	}
	want := &file{Category: "software", Kind: "hard", Source: "stackoverflow", Terms: []term{
		{Name: "Node.js", Aliases: []string{"Nodejs"}, Source: "stackoverflow"},
		{Name: "Ruby on Rails", Aliases: []string{"ROR"}, Ambiguous: []string{"ROR"}, // short synonyms need context
			Context: []string{"Ruby on Rails", "software", "programming", "development", "developer", "IDE"}, Source: "stackoverflow"},
		{Name: "Android", Source: "stackoverflow"},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("importSO mismatch (-want +got):\n%s", diff)
	}
}

func TestImportESCO(t *testing.T) {
	in := `preferredLabel,altLabels,skillType
financial forecasting,"financial forecasts
forecast finances
fiscal forecasting",knowledge
phlebotomy,,knowledge
types of wood,,knowledge
manage musical staff,,skill/competence
Christianity,,knowledge
manage staff,,skill/competence
forklift operation,,skill/competence
Slovak,,skill/competence
Romanian,"ability to comprehend spoken and written Romanian and to speak and write in Romanian
Romanian",knowledge
health,,knowledge
label with far too many words here,,knowledge
energy,,knowledge
personal development,,knowledge
own management skills,"management skills
managerial skills",knowledge
data protection law,"data protection
EU data protection law
privacy law",knowledge
`
	common := map[string]bool{"health": true}
	english := map[string]bool{"energy": true, "phlebotomy": false}
	got, err := importESCO(strings.NewReader(in), common, english)
	if err != nil {
		t.Fatal(err)
	}
	want := &file{Category: "knowledge", Kind: "hard", Source: "esco", Terms: []term{
		{Name: "financial forecasting", Aliases: []string{"financial forecasts", "forecast finances", "fiscal forecasting"}, Source: "esco"},
		{Name: "phlebotomy", Source: "esco"},
		{Name: "Christianity", Source: "esco"},
		{Name: "forklift operation", Source: "esco"},
		{Name: "Slovak", Category: "spoken-language", Ambiguous: []string{"Slovak"}, Context: fluency, Source: "esco"},
		{Name: "Romanian", Category: "spoken-language", Ambiguous: []string{"Romanian"}, Context: fluency, Source: "esco"}, // a language typed knowledge
		{Name: "own management skills", Source: "esco"},
		{Name: "data protection law", Aliases: []string{"privacy law"}, Source: "esco"}, // broader and narrower alt labels dropped
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("importESCO mismatch (-want +got):\n%s", diff)
	}
}

func TestFrequentOutside(t *testing.T) {
	in := `{"idx":1,"tokens":["we","need","python","we","the"],"tags_skill":["O","O","O","O","O"],"tags_knowledge":["O","O","B","O","O"],"source":"tech"}
{"idx":2,"tokens":["the","python","Go"],"tags_skill":["O","O","O"],"tags_knowledge":["O","O","O"],"source":"tech"}
`
	got, err := frequentOutside(strings.NewReader(in), 2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"the", "we"}, got); diff != "" {
		t.Errorf("frequentOutside mismatch (-want +got):\n%s", diff)
	}
}

// TestOutputBuilds runs the importer on the shared data (when present) and
// checks the generator accepts the result with the curated files, and that
// the rerun is byte-identical.
func TestOutputBuilds(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "onet")); err != nil {
		t.Skip("shared data not present")
	}
	if testing.Short() {
		t.Skip("reads the full data sets")
	}
	out := t.TempDir()
	o := options{shared: shared, out: out, onetMin: 3, soMin: 5000, commonTop: 4000,
		skillspan: filepath.Join(shared, "data", "skillspan", "train.json")}
	if err := run(o, new(strings.Builder)); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(filepath.Join(out, "imported-esco.yaml"))
	if err := run(o, new(strings.Builder)); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(filepath.Join(out, "imported-esco.yaml"))
	if string(first) != string(second) {
		t.Error("rerun is not byte-identical")
	}
	src := filepath.Join("..", "..", "data", "src")
	curated, err := build.ReadSources(os.DirFS(src))
	if err != nil {
		t.Fatal(err)
	}
	var files []keywords.SourceFile
	for _, f := range curated {
		if !strings.HasPrefix(f.Name, "imported-") {
			files = append(files, f)
		}
	}
	imported, err := build.ReadSources(os.DirFS(out))
	if err != nil {
		t.Fatal(err)
	}
	d, st, err := build.Build("test", append(files, imported...))
	if err != nil {
		t.Fatal(err)
	}
	hard := 0
	for _, term := range d.Terms {
		if term.Kind == keywords.Hard {
			hard++
		}
	}
	if hard < 3000 {
		t.Errorf("hard terms = %d (imported %d), want >= 3000", hard, st.Imported)
	}
}

// TestFluencyMatchesCurated: imported languages are confirmed by the same
// words as the curated ones (spoken-languages.yaml's &fluency list).
func TestFluencyMatchesCurated(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "data", "src", "spoken-languages.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var src struct {
		Terms []struct {
			Name    string   `yaml:"name"`
			Context []string `yaml:"context"`
		} `yaml:"terms"`
	}
	if err := yaml.Unmarshal(data, &src); err != nil {
		t.Fatal(err)
	}
	if len(src.Terms) == 0 || src.Terms[0].Name != "English" {
		t.Fatalf("spoken-languages.yaml: want English first (it holds the &fluency anchor), got %d terms", len(src.Terms))
	}
	if diff := cmp.Diff(src.Terms[0].Context, fluency); diff != "" {
		t.Errorf("importer fluency differs from spoken-languages.yaml &fluency (-curated +importer):\n%s", diff)
	}
}
