package keywords_test

import (
	"slices"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
	"github.com/google/go-cmp/cmp"
)

// TestDataThroughMatcher runs the embedded dictionary through the matcher
// on sentences that pin a data decision: a term split off a broader one,
// a context gate, a not_before/not_after word. want is every term counted.
func TestDataThroughMatcher(t *testing.T) {
	m, err := match.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     []string
	}{
		// Tool names that are ordinary words count in a list of tools or
		// next to their context, not in prose.
		{"office list", "Word, Excel, Access, Outlook", []string{"microsoft-access", "microsoft-excel", "microsoft-outlook", "microsoft-word"}},
		{"access in prose", "We give everyone access to training. Access to the site needs a badge.", []string{}},
		{"Teams in a tool list", "Tools: Zoom, Teams, Slack", []string{"microsoft-teams", "slack", "zoom"}},
		{"teams in prose", "Our Teams are small. Worked with Engineering Teams and sales teams.", []string{}},
		{"Salt with Ansible", "Ansible, Salt, Terraform", []string{"ansible", "saltstack", "terraform"}},
		{"salt in prose", "Pass the salt. Salt Lake City office.", []string{}},
		{"Shell in a list", "Linux, Shell, Python", []string{"bash", "linux", "python"}},
		{"Shell the company", "Shell is an energy company; we sell shell fish.", []string{}},
		// Scrum's events by the names teams use.
		{"sprint demos", "Presented sprint demos to client stakeholders.", []string{"sprint-reviews"}},
		{"Scrum events", "Ran sprint planning, sprint retrospectives and the daily scrum.", []string{"daily-scrum", "sprint-planning", "sprint-retrospectives"}},
		{"agile rituals are not Scrum's", "Held retrospectives and daily standups.", []string{"daily-standups", "retrospectives"}},
		{"a sprint of another kind", "Ran a design sprint; a sprint to the finish.", []string{"design-sprints"}},
		// Data quality tools whose names are ordinary words count next to
		// data work or each other.
		{"data quality tools", "Great Expectations or Soda for data quality checks", []string{"data-quality", "great-expectations", "soda-data-quality"}},
		{"the phrase and the drink", "We have great expectations of you. Soda and snacks provided.", []string{}},
		{"streaming pipelines", "Build batch and streaming pipelines", []string{"stream-processing"}},
		// ARR next to a seller's numbers, not an arrival time.
		{"new ARR against quota", "Close $700K in new ARR per year against quota", []string{"annual-recurring-revenue"}},
		{"ARR as arrival", "The ARR column shows each arrival.", []string{}},
		{"KPIs", "Hit branch KPIs for services", []string{"key-performance-indicators"}},
		{"a sales methodology and its examples", "A structured sales methodology such as MEDDICC or Challenger", []string{"challenger-sale", "meddic", "sales-methodology"}},
		// Recruiting next to training a team; a hiring notice is not.
		{"recruiting and training", "Recruiting, training and inducting new staff", []string{"recruiting"}},
		{"we're recruiting", "Recruiting now! Apply today.", []string{}},
		{"a kitchen roster", "Write the kitchen roster each week", []string{"employee-scheduling"}},
		{"a sports roster", "The team roster is on the wall", []string{}},
		// Ordering stock beside stock words, or by its verb; not the
		// ordering of anything else.
		{"ordering stock", "Ordering, stock rotation and the weekly stocktake", []string{"physical-inventory", "stock-ordering", "stock-rotation"}},
		{"ordered stock", "Ordered fresh stock from suppliers", []string{"stock-ordering"}},
		{"an ordering of things", "The ordering of sections matters.", []string{}},
		{"a driving licence", "Full UK driving licence required", []string{"drivers-license"}},
		{"a valid driver's license", "A valid driver's license and reliable transportation", []string{"drivers-license"}},
		{"a seller's discovery", "Run discovery and tailored product demos for buyers", []string{"discovery-calls", "sales-presentations"}},
		{"discovery in a lawsuit", "Assist attorneys with discovery and trial binders", []string{"trial-binders"}},
		// Code review by its verb, from the singular alias.
		{"review pull requests", "Review pull requests and mentor juniors", []string{"code-reviews", "mentoring"}},
		{"opening pull requests", "Open pull requests daily", []string{}},
		// HR, an initialism written so in every sense, needs a word of the
		// field or of having it.
		{"HR experience", "3 years of HR experience; strong HR background", []string{"human-resources"}},
		{"HR as a department", "Please contact HR. Our HR portal lists the dates.", []string{}},
		// TCP/IP is a protocol suite, not networking, and not TCP alone.
		{"TCP/IP", "Solid understanding of TCP/IP and DNS.", []string{"dns", "tcp-ip"}},
		{"TCP/IP spellings", "Knowledge of TCP-IP, TCP IP and TCPIP stacks.", []string{"tcp-ip"}},
		{"networking is not TCP/IP", "Experience with networking and routing.", []string{"computer-networking"}},
		{"TCP alone", "TCP and UDP sockets", []string{"socket-programming", "tcp", "udp"}},
		// Employment laws: their own terms, counted next to HR work on
		// the law or in a skills list, not in equal-opportunity boilerplate.
		{"FMLA administration", "Handled FMLA administration for 300 staff.", []string{"fmla"}},
		{"FLSA classification", "Ensured FLSA classification of all roles.", []string{"flsa"}},
		{"EEO reporting", "Prepared EEO reporting for the board.", []string{"eeo"}},
		{"ADA compliance is its own term", "Led ADA compliance reviews.", []string{"ada-compliance"}},
		{"laws in a skills list", "Skills: FMLA, FLSA, HRIS, Payroll", []string{"flsa", "fmla", "hris", "payroll"}},
		{"knowledge of the laws", "Knowledge of FMLA, ADA and FLSA regulations.", []string{"ada", "flsa", "fmla"}},
		{"EEO employer", "We are an EEO employer.", []string{}},
		{"EEO employer spelled out", "We are an Equal Employment Opportunity employer.", []string{}},
		{"accommodation under the ADA", "We provide reasonable accommodation under the ADA.", []string{}},
		{"FLSA status field", "FLSA Status: Exempt", []string{}},
		{"EEO/AA employer", "EEO/AA employer", []string{}},
		{"ADA accommodation request", "Please let us know if you need an ADA accommodation.", []string{}},
		{"law's full name in boilerplate", "Accommodations are available in accordance with the Americans with Disabilities Act.", []string{}},
		{"EEO/AA employer spelled out", "XYZ is an Equal Employment Opportunity/Affirmative Action employer.", []string{}},
		{"four-letter acronym mid-sentence", "Administer FMLA requests for the plant.", []string{"fmla"}},
		// Ordinary phrases of postings that imported or curated names
		// matched; the skill sense keeps counting on resumes.
		{"funding valuation", "In 2019 the company reached a 2.5 billion valuation.", []string{}},
		{"valuation skill", "Built valuation models for acquisitions.", []string{"valuation"}},
		{"typing speed", "Typing 60 WPM", []string{"typing"}},
		{"typing in a list", "Strong typing skills, filing and data entry.", []string{"data-entry", "records-management", "typing"}},
		{"static typing", "We rely on static typing in Python.", []string{"python"}},
		{"lab typing", "Performed DNA strain typing and antigen typing.", []string{}},
		{"international development field", "Five years in international development and humanitarian aid.", []string{"humanitarian-aid", "international-development"}},
		{"international development degree", "MA in International Development", []string{"international-development", "masters-degree"}},
		{"international team", "You will work in an international development environment.", []string{}},
		{"building as a verb", "Python/Java for building automation or integration with APIs.", []string{"apis", "java", "python"}},
		{"building automation", "Commissioned BACnet building automation systems.", []string{"bacnet", "building-automation"}},
		{"imported language with fluency", "Fluent in Romanian and English.", []string{"english-language", "romanian"}},
		{"nationality", "HISTORY: the firm is a Romanian company founded in 2001.", []string{}},
		{"Latin America", "Managed distributors within Latin America.", []string{}},
		{"Apache Druid is not Apache", "Dashboards via AWS Redshift Apache Druid and Tableau.", []string{"amazon-redshift", "apache-druid", "aws", "data-visualization", "tableau"}},
		{"high quality standards", "Ensure high quality standards in production.", []string{}},
		{"ICS of another field", "The team consists of four continence nurses (all ICS certified).", []string{}},
		{"ICS in emergency response", "Trained in ICS and NIMS for emergency response.", []string{"incident-command-system"}},
		{"ES is not Macola", "Modern JavaScript (ES modules) and Elasticsearch (ES) clusters.", []string{"elasticsearch", "javascript"}},
		{"Macola", "Posted journals in Macola and Sage 100.", []string{"exact-software-macola", "sage-100-erp"}},
		{"PSM the role", "It is the responsibility of the PSM to drive customer adoption.", []string{}},
		{"CSM the role", "Work closely with our CSM and Account Executives.", []string{}},
		{"scrum certifications", "Certifications: CSM, PSM II", []string{"certified-scrummaster", "professional-scrum-master"}},
		{"Elk is no stack", "High School Diploma: Elk Creek High School", []string{"high-school-diploma"}},
		{"NEC the vendor", "Deployed over 30 NEC phones and support for NEC PBX systems.", []string{}},
		{"NEC the code", "Followed applicable regulations including NFPA 70E and NEC codes.", []string{"national-electrical-code", "nfpa-70e"}},
		{"ORC is not Parquet", "Data stored as ORC and Parquet files on S3.", []string{"amazon-s3", "apache-orc", "apache-parquet"}},
		{"IBM is not WebSphere", "IBM: DB2, SQL, Stored Procedures", []string{"ibm-db2", "sql", "stored-procedures"}},
		{"IBM MQ", "Messaging with JMS and IBM MQ.", []string{"ibm-mq", "java-message-service"}},
		{"AS400", "SAP, Dynamics AX, AS400 and Baan", []string{"ibm-i", "microsoft-dynamics-ax", "sap"}},
		{"CPL the metric", "Reduced CPL by 300% for one account.", []string{}},
		{"company policies", "Mentor new employees on company policies and practices.", []string{"mentoring"}},
		{"the Danish grading system", "Translate your grades to the Danish grading system.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := m.Match(tt.in, tokenize.Tokenize(tt.in))
			got := []string{}
			for _, x := range r.Matches {
				got = append(got, x.TermID)
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
				for _, x := range r.Rejected {
					t.Logf("rejected %+v", x)
				}
			}
		})
	}
}
