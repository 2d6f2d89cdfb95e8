package match

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOccupationTerms pins the ambiguity decisions of the finance, HR,
// sales, retail, warehouse, product, design and SRE terms of dictionary
// 2026.12.2 through the matcher, both ways: the skill sense counts, the
// ordinary word, the other sense or the boilerplate does not. want is the
// sorted set of counted term IDs.
func TestOccupationTerms(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		// Indirect taxes: their acronyms are other things too.
		{"India tax compliance", "Ensure TDS and GST compliance for domestic vendors.", []string{"goods-and-services-tax", "tax-deducted-at-source"}},
		{"GST and TDS as lab words", "Ran GST pull-down assays; the TDS of the sample was 300 ppm.", []string{}},
		{"VAT returns", "Prepared quarterly VAT returns for HMRC.", []string{"value-added-tax"}},
		{"VAT in a pay line", "Day rate £450 plus VAT.", []string{}},
		{"PAYE payroll", "Ran monthly payroll with PAYE deductions and P60s.", []string{"paye", "payroll"}},
		{"PAYE contract type", "Paid via PAYE or umbrella.", []string{}},
		{"Tally the ERP", "Recorded vouchers in Tally ERP 9 and TallyPrime.", []string{"tally-erp"}},
		{"tally the verb", "Keep a tally of the votes.", []string{}},
		// Accountancy bodies: bare ACA is also the Affordable Care Act and
		// CA a state, and a list confirms either sense.
		{"UK accountancy list", "ACA, ACCA or CIMA qualified.", []string{"acca", "cima"}},
		{"ACA qualified", "ACA qualified accountant (ICAEW).", []string{"aca-chartered-accountant"}},
		{"ACA in a US HR list", "ACA, ADP Payroll, COBRA", []string{"adp", "payroll"}},
		{"CA the state", "San Diego, CA 92123", []string{}},
		{"investment appraisal", "Built NPV and IRR analysis for capital projects.", []string{"internal-rate-of-return", "net-present-value"}},
		{"NPV and IRR in research", "The test's NPV was high; IRR between raters was 0.85.", []string{}},
		// HR casework words are ordinary words outside it.
		{"disciplinary casework", "Advised on disciplinary, grievance and absence cases.", []string{"disciplinary-procedures", "grievance-handling"}},
		{"disciplinary in a classroom", "Handled disciplinary problems in class.", []string{}},
		{"assessment centres", "Designed graduate assessment centres.", []string{"assessment-centres"}},
		{"assessment center clinic", "Nurse at the Geriatric Assessment Center.", []string{}},
		{"salary review work", "Coordinated the salary review cycle.", []string{"salary-reviews"}},
		{"salary review perk", "Benefits: pension, 25 days' holiday, annual salary review.", []string{}},
		// Sales tools named by ordinary words.
		{"sales tools", "Ran email sequences in Outreach; reviewed calls in Gong.", []string{"gong-io", "outreach-io"}},
		{"outreach and gong as words", "Led community outreach events until the gong sounded.", []string{}},
		{"forecast deals", "Forecast accurately in Salesforce.", []string{"forecasting", "salesforce"}},
		{"weather forecast", "The weather forecast was bad.", []string{}},
		{"Challenger in a methods list", "MEDDICC, MEDDPICC or Challenger", []string{"challenger-sale", "meddic"}},
		{"Challenger the shuttle", "We studied the Challenger disaster.", []string{}},
		{"mid-market sales", "Sold software to mid-market companies.", []string{"mid-market-sales"}},
		{"mid-market fund", "Joined a mid-market private equity fund.", []string{}},
		// Retail and warehouse words.
		// "Controlling stock" is stock control (phrases.go).
		{"store controls", "Controlling stock, shrinkage and stock-takes.", []string{"inventory-management", "loss-prevention", "physical-inventory"}},
		{"concrete shrinkage", "Reduced concrete shrinkage cracks.", []string{}},
		{"EPOS and rotas", "Confident with EPOS; planned rotas in Planday.", []string{"employee-scheduling", "planday", "point-of-sale"}},
		{"rota as a work pattern", "45 hours including weekends on a rota.", []string{}},
		{"GRNs", "Matched invoices against POs and GRNs.", []string{"goods-receipt"}},
		{"GRN the nurse", "Geriatric Resource Nurse (GRN) certification.", []string{}},
		{"FIFO rotation", "Dated and rotated stock according to FIFO.", []string{"stock-rotation"}},
		// Product and design words.
		// "Prioritised the roadmap" is roadmap prioritisation (phrases.go).
		{"RICE prioritisation", "Prioritised the roadmap with RICE and MoSCoW.", []string{"moscow-method", "prioritization-frameworks", "rice-scoring"}},
		{"RICE first aid", "Treat sprains with the RICE protocol.", []string{}},
		{"visual design basics", "Typography, layout and colour.", []string{"color-theory", "layout-design", "typography"}},
		{"layout and colour as words", "Changed the store layout and her hair colour.", []string{}},
		{"fintech field", "Shipped payments and fintech features.", []string{"fintech"}},
		{"fintech in a company name", "Kestrel Fintech Solutions Pvt. Ltd., Bengaluru", []string{}},
		// Incident review words.
		{"postmortems", "Wrote blameless post-mortems after outages.", []string{"root-cause-analysis"}},
		{"post-mortem examinations", "Assisted with post-mortem examinations.", []string{}},
		{"service levels", "Defined SLOs and error budgets.", []string{"error-budgets", "service-level-objectives"}},
		{"SLO the city", "Studied at Cal Poly SLO.", []string{}},
		{"A-Levels", "Three A-Levels including Maths.", []string{"a-levels", "mathematics"}},
		{"a level of", "We work at a level of detail few match.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(run(m, tt.in))
			slices.Sort(got)
			got = slices.Compact(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
