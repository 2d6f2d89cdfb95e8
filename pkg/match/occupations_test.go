package match

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCareTerms runs the embedded dictionary's clinical, teaching,
// legal, trade and kitchen terms through the matcher both ways: the
// skill's own words count, and the same surface in its everyday, perk or
// other-trade sense does not. want is the sorted set of terms counted.
func TestCareTerms(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		in   string
		want []string
	}{
		// Nursing: a drug next to "titrate"; a clinical word next to
		// "rapid response" or "codes".
		{"Titrate norepinephrine and propofol drips per protocol.", []string{"medication-titration"}},
		{"We titrated the acid to a pH endpoint.", nil},
		{"Respond to rapid responses and codes.", []string{"code-blue", "rapid-response"}}, // codes: a whole item of a list with rapid responses
		{"Respond to codes and maintain arterial lines.", []string{"arterial-lines", "code-blue"}},
		{"Ensure a rapid response to customer issues.", nil},
		{"Zip codes and billing codes.", nil},
		{"Educate patients and families about discharge medications.", []string{"patient-education"}},
		{"EMT-B, CPR and First Aid certified.", []string{"cpr", "emergency-medical-technician", "first-aid"}},
		// Pharmacy: flu jabs given, not offered as a perk or required of
		// staff; controlled substances handled, not forbidden.
		{"Accredited to give flu vaccinations.", []string{"flu-vaccination"}},
		{"Free flu jabs and a cycle-to-work scheme.", nil},
		{"COVID-19 vaccination is required for all staff.", nil},
		{"DEA controlled substance inventory counts.", []string{"controlled-drugs", "physical-inventory"}},
		{"Illicit use of controlled substances is prohibited.", nil},
		// Teaching.
		{"Differentiate literacy instruction for students.", []string{"differentiated-instruction", "literacy-instruction"}},
		{"Differentiate our products from competitors.", nil},
		{"Lead small groups in guided reading.", []string{"guided-reading", "small-group-instruction"}},
		{"A small group of investors.", nil},
		{"Valid Illinois PEL with an ESL endorsement.", []string{"esl-endorsement", "professional-educator-license"}},
		{"Keep exposure below the OSHA PEL.", []string{"osha"}},
		{"Level 3 safeguarding training is essential.", []string{"safeguarding"}},
		{"We are committed to safeguarding and promoting the welfare of children.", nil},
		{"Experience supporting pupils with SEND.", []string{"special-educational-needs-and-disabilities"}},
		{"PLEASE SEND YOUR CV TO THE OFFICE.", nil},
		// Legal.
		{"Manage document productions in Relativity.", []string{"document-production", "relativity"}},
		{"Film and theatre productions.", nil},
		// Trades: EMT is the conduit without a medical word; PLCs are the
		// controllers, a school's PLC is not.
		{"Bend and install EMT, rigid and PVC conduit.", []string{"conduit-installation"}},
		{"Act as a conduit between product and sales.", nil},
		{"Program and troubleshoot Allen-Bradley PLCs and VFDs.", []string{"allen-bradley", "plc-programming", "technical-troubleshooting", "variable-frequency-drives"}},
		{"Participate in PLCs and grade-level planning.", nil},
		{"Install and test fire alarm systems.", []string{"fire-alarm-systems"}},
		{"Leave the building when the fire alarm sounds.", nil},
		{"Set panelboards and dry-type transformers.", []string{"electrical-transformers", "panelboards"}},
		{"PyTorch, Transformers and LangChain.", []string{"langchain", "pytorch"}},
		{"Rough-in and trim-out wiring.", []string{"rough-in", "trim-out"}},
		{"The road was rough in places.", nil},
		{"Fit-up and tack welding of pipe.", []string{"fit-up", "welding"}},
		{"The room can fit up to 20 people.", nil},
		{"Asphalt paving crew lead.", []string{"asphalt-paving", "leadership"}}, // a crew lead leads, as a team lead does
		{"Paving the way for growth.", nil},
		{"Valid CSCS card holder.", []string{"cscs-card"}},
		{"NSCA CSCS certified strength coach.", []string{"cscs"}},
		{"OSHA construction safety card (10-hour or 30-hour).", []string{"osha"}},
		{"Wrote the site safety plan.", []string{"construction-safety"}},
		// Kitchen.
		{"Solid butchery and sauce skills.", []string{"butchery", "sauce-making"}},
		{"Our secret sauce is our people.", nil},
		{"Rotate stock FIFO and label food.", []string{"stock-rotation"}},
		{"Run the pass on busy services.", []string{"kitchen-expediting"}},
		{"Expediting purchase orders with suppliers.", []string{"procurement"}},
		{"NSW Food Safety Supervisor (FSS) certificate.", []string{"food-safety-supervisor"}},
		{"RSA and AES encryption keys.", []string{"aes", "encryption", "rsa"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			want := tt.want
			if want == nil {
				want = []string{}
			}
			got := ids(run(m, tt.in))
			slices.Sort(got)
			got = slices.Compact(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
