package build

import (
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

func TestSubPhraseOf(t *testing.T) {
	tests := []struct {
		name, alias string
		want        bool
	}{
		{"Web Accessibility", "Accessibility", true},
		{"API Design", "APIs", true}, // plural ignored
		{"Logistics Management", "Logistics", true},
		{"Supply Chain Management", "Supply Chain", true},
		{"Shipping and Receiving", "Receiving", true},
		{"Bachelor's Degree", "Bachelor's", true},
		{"Import/Export Compliance", "Import Export", true},
		{"Microsoft Excel", "Excel", false}, // vendor dropped: same product
		{"Amazon S3", "S3", false},
		{"Google Cloud Dataflow", "Dataflow", false},
		{"Google Cloud Platform", "Google Cloud", true}, // not a vendor prefix: the head was cut
		{"Help Desk Support", "Helpdesk", false},        // joined spelling, not a sub-phrase
		{"Data Lineage", "Data Catalog", false},
		{"Kubernetes", "k8s", false},
		{"PostgreSQL", "Postgres", false},
		{"Full-Stack Development", "Full Stack", true},
		{"REST APIs", "RESTful APIs", false},
		{"Product Roadmapping", "Product Roadmap", false}, // different word, not cut
	}
	for _, tt := range tests {
		if got := subPhraseOf(tt.name, tt.alias); got != tt.want {
			t.Errorf("subPhraseOf(%q, %q) = %v, want %v", tt.name, tt.alias, got, tt.want)
		}
	}
}

func TestNarrowerThan(t *testing.T) {
	tests := []struct {
		name, alias string
		want        bool
	}{
		{"Regression Analysis", "Linear Regression Analysis", true},
		{"Welding", "MIG Welding", true},
		{"Nutrition", "Clinical Nutrition", true},
		{"Construction Management", "Construction Project Management", true}, // name words in order, one inserted
		{"Pediatrics", "Pediatric Nursing", true},                            // plural-insensitive
		{"SAP", "SAP S/4HANA", true},                                         // a name, not a version
		{"Animation", "3D Animation", true},
		{"Compensation", "Compensation and Benefits", true}, // more than the term is not the term either
		{"Python", "Python 3", false},                       // versions
		{"OAuth", "OAuth 2.0", false},
		{"Angular", "Angular 2+", false},
		{"ITIL Foundation", "ITIL v4 Foundation", false},
		{"Hadoop", "Apache Hadoop", false}, // vendor in front
		{"Active Directory", "Microsoft Active Directory", false},
		{"Spring", "Spring Framework", false}, // the class noun the thing is
		{"CRM", "CRM Systems", false},
		{"Communication", "Communication Skills", false},
		{"Work Ethic", "Strong Work Ethic", false},
		{"CPR", "CPR Certification", false},
		{"Payroll", "Payroll Processing", false}, // the activity on it
		{"Bakery Products", "a bakery product", false},
		{"Regression Analysis", "Logistic Regression", false},      // not the whole name: no shape to see
		{"Team Building", "Building High-Performing Teams", false}, // name words out of order
		{"Web Accessibility", "Accessibility", false},              // broader: rule (a)
		{"Kubernetes", "k8s", false},
		{"/", "slash", false}, // a name without words
		{"Go", "", false},
	}
	for _, tt := range tests {
		if got := narrowerThan(tt.name, tt.alias); got != tt.want {
			t.Errorf("narrowerThan(%q, %q) = %v, want %v", tt.name, tt.alias, got, tt.want)
		}
	}
}

func TestVersion(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"3", true}, {"2.0", true}, {"v4", true}, {"2+", true}, {"11", true},
		{"3d", false}, {"x86", false}, {"s/4hana", false}, {"v", false}, {"", false}, {"+", false},
	}
	for _, tt := range tests {
		if got := version(tt.w); got != tt.want {
			t.Errorf("version(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestRoleNoun(t *testing.T) {
	tests := []struct{ name, s, want string }{
		{"Product Management", "product manager", "manager"},
		{"Product Management", "product owners", "owners"},
		{"Project Management", "Project Manager", "manager"},
		{"Welding", "welder", "welder"},
		{"Auditing", "auditor", "auditor"},
		{"Photography", "photographer", "photographer"},
		{"Phlebotomy", "phlebotomist", "phlebotomist"},
		{"Carpentry", "carpenter", "carpenter"},
		{"Caregiving", "caregivers", "caregivers"},
		{"Food Preparation", "Line Cook", "cook"},
		{"Human Resources", "HR Generalist", "generalist"},
		{"Refactoring", "refactor", ""}, // a verb stem, not an agent noun
		{"Lead Generation", "generated leads", ""},
		{"Fluid Mechanics", "liquid mechanics", ""}, // -ics is a field, not "mechanic"s
		{"Mentoring", "mentoring junior", ""},
		{"Code Reviews", "reviewed code", ""},
		{"Budgeting", "budgets", ""},
		{"Air Passenger Behaviour", "air passenger behavior", ""}, // a spelling, not an agent noun
		{"Colour Theory", "color theory", ""},
		{"Google Tag Manager", "Tag Manager", ""}, // the product's own name
		{"/", "slash manager", "manager"},         // a name without words must not panic
		{"Go", "", ""},
	}
	for _, tt := range tests {
		if got := roleNoun(tt.name, tt.s); got != tt.want {
			t.Errorf("roleNoun(%q, %q) = %q, want %q", tt.name, tt.s, got, tt.want)
		}
	}
}

func TestGeneratedPlural(t *testing.T) {
	hard, soft := &keywords.Term{Kind: keywords.Hard}, &keywords.Term{Kind: keywords.Soft}
	tests := []struct {
		t    *keywords.Term
		s    string
		want string
	}{
		{hard, "Code Review", "Code reviews"},
		{hard, "Data Warehouse", "Data warehouses"},
		{hard, "Message Query", "Message queries"},
		{hard, "Docker", ""},      // one word: no plural generated
		{soft, "Code Review", ""}, // soft terms get none
		{hard, "Python 3", ""},
	}
	for _, tt := range tests {
		if got := generatedPlural(tt.t, tt.s); got != tt.want {
			t.Errorf("generatedPlural(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestBuildLints runs the data lints through Build: curated violations are
// errors naming file and line unless allow-listed; imported ones are
// dropped.
func TestBuildLints(t *testing.T) {
	imported := "category: imported\nkind: hard\nsource: esco\nterms:\n"
	tests := []struct {
		name    string
		files   []keywords.SourceFile
		want    []string // built terms (brief), when no error
		wantErr string   // substring of the error
	}{
		{
			name:    "broader alias refused",
			files:   []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head + "  - name: Web Accessibility\n    aliases: [WCAG, Accessibility]\n")}},
			wantErr: `a.yaml:6: alias "Accessibility" of web-accessibility is a broader word`,
		},
		{
			name: "broad_ok keeps a reviewed exception",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: iOS Development\n    aliases: [iOS]\n    broad_ok: [iOS]  # the platform names the skill\n")}},
			want: []string{"ios-development:iOS Development/hard/tools/curated[iOS]"},
		},
		{
			name: "stale broad_ok refused",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Kubernetes\n    aliases: [k8s]\n    broad_ok: [k8s]\n")}},
			wantErr: `broad_ok "k8s" of kubernetes is not needed`,
		},
		{
			name: "broad_ok must name a surface",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Kubernetes\n    broad_ok: [Kube]\n")}},
			wantErr: `broad_ok "Kube" is not an alias, acronym or form of kubernetes`,
		},
		{
			name:    "narrower alias refused",
			files:   []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head + "  - name: Regression Analysis\n    aliases: [Regression Modeling, Logistic Regression Analysis]\n")}},
			wantErr: `a.yaml:6: alias "Logistic Regression Analysis" of regression-analysis names a kind of "Regression Analysis", a narrower term`,
		},
		{
			name:    "narrower acronym refused",
			files:   []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head + "  - name: SOC 2\n    acronyms: [SOC 2 Type II]\n")}},
			wantErr: `a.yaml:6: acronym "SOC 2 Type II" of soc-2 names a kind of "SOC 2"`,
		},
		{
			name: "narrower term of its own with related, a form with an object, and broad_ok",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Welding\n    forms: [welding pipelines]\n  - name: MIG Welding\n    related: [welding]\n" +
				"  - name: Helm\n    aliases: [Helm Charts]\n    broad_ok: [Helm Charts]  # Helm's packages\n")}},
			want: []string{"helm:Helm/hard/tools/curated[Helm Charts]", "mig-welding:MIG Welding/hard/tools/curated{welding}", "welding:Welding/hard/tools/curated"},
		},
		{
			name: "stale narrower broad_ok refused",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Python\n    aliases: [Python 3]\n    broad_ok: [Python 3]\n")}},
			wantErr: `a.yaml:7: broad_ok "Python 3" of python is not needed`,
		},
		{
			name: "imported narrower alias dropped",
			files: []keywords.SourceFile{{Name: "imported-esco.yaml", Data: []byte(imported +
				"  - name: human anatomy\n    aliases: [human gross anatomy, anatomy of humans]\n")}},
			want: []string{"human-anatomy:human anatomy/hard/imported/esco[anatomy of humans]"},
		},
		{
			name:    "context left without ambiguous surfaces refused",
			files:   []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head + "  - name: Pricing Strategy\n    context: [revenue]\n")}},
			wantErr: `a.yaml:6: pricing-strategy: context without ambiguous surfaces confirms nothing`,
		},
		{
			name:    "agent-noun form on a hard term refused",
			files:   []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head + "  - name: Product Management\n    forms: [product manager]\n")}},
			wantErr: `a.yaml:6: form "product manager" of hard term product-management names a person or job title`,
		},
		{
			name: "agent nouns stay on soft terms",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Mentoring\n    kind: soft\n    forms: [mentor, mentors]\n")}},
			want: []string{"mentoring:Mentoring/soft/tools/curated"},
		},
		{
			name: "role_ok and credentials",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Load Balancing\n    aliases: [Load Balancer]\n    role_ok: [Load Balancer]  # a device\n" +
				"  - name: CISM\n    aliases: [Certified Information Security Manager]\n")}},
			want: []string{"cism:CISM/hard/tools/curated[Certified Information Security Manager]", "load-balancing:Load Balancing/hard/tools/curated[Load Balancer]"},
		},
		{
			name: "generated plural owned by another term",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Code Reviews\n  - name: Peer Feedback\n    aliases: [Code Review]\n")}},
			wantErr: `"Code Review" of peer-feedback becomes "Code reviews", a surface of code-reviews`,
		},
		{
			name: "joined alias kept, hyphen variant dropped",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Help Desk\n    aliases: [Helpdesk, help-desk]\n")}},
			want: []string{"help-desk:Help Desk/hard/tools/curated[Helpdesk]"},
		},
		{
			name: "imported vendor form of a curated term dropped",
			files: []keywords.SourceFile{
				{Name: "a.yaml", Data: []byte(head + "  - name: 3ds Max\n")},
				{Name: "imported-onet.yaml", Data: []byte(imported + "  - name: Autodesk 3ds Max\n    aliases: [3ds Max]\n  - name: Autodesk Maya\n    aliases: [Maya]\n")},
			},
			want: []string{"3ds-max:3ds Max/hard/tools/curated", "autodesk-maya:Autodesk Maya/hard/imported/esco"},
		},
		{
			name:    "name without words: lints run, no panic",
			files:   []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head + "  - name: \"/\"\n    id: slash\n    aliases: [slash manager]\n")}},
			wantErr: `a.yaml:7: alias "slash manager" of hard term slash names a person`,
		},
		{
			// One surface, one term: the plural the matcher adds for a kept
			// surface belongs to that term, whichever side is imported.
			name: "imported singular or plural of a kept surface dropped",
			files: []keywords.SourceFile{
				{Name: "a.yaml", Data: []byte(head + "  - name: Pricing Strategy\n  - name: Health Records\n")},
				{Name: "imported-esco.yaml", Data: []byte(imported + "  - name: pricing strategies\n  - name: Health Record\n" +
					"  - name: Audit Planning\n    aliases: [internal audits, pricing strategies]\n  - name: Internal Audit\n")},
			},
			want: []string{"audit-planning:Audit Planning/hard/imported/esco[internal audits]",
				"health-records:Health Records/hard/tools/curated", "pricing-strategy:Pricing Strategy/hard/tools/curated"},
		},
		{
			name: "imported ambiguous alias dropped for its plural: its context goes too",
			files: []keywords.SourceFile{
				{Name: "a.yaml", Data: []byte(head + "  - name: Code Reviews\n")},
				{Name: "imported-esco.yaml", Data: []byte(imported +
					"  - name: Peer Feedback\n    aliases: [Code Review]\n    ambiguous: [Code Review]\n    context: [software]\n")},
			},
			want: []string{"code-reviews:Code Reviews/hard/tools/curated", "peer-feedback:Peer Feedback/hard/imported/esco"},
		},
		{
			name: "imported broader and role aliases dropped",
			files: []keywords.SourceFile{{Name: "imported-esco.yaml", Data: []byte(imported +
				"  - name: Logistics Management\n    aliases: [Logistics, Freight Management, Logistics Manager]\n")}},
			want: []string{"logistics-management:Logistics Management/hard/imported/esco[Freight Management]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, err := Build("1", tt.files)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(problemText(err), tt.wantErr) {
					t.Fatalf("Build error = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if diff := cmp.Diff(tt.want, brief(d)); diff != "" {
				t.Errorf("Build terms mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
