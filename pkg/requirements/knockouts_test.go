package requirements

import (
	"strings"
	"testing"
)

func TestReadKnockouts(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // kinds, space-separated
	}{
		{"Must be authorized to work in the US; we are unable to offer visa sponsorship", "work_authorization sponsorship"},
		{"Full working rights in Australia", "work_authorization"},
		{"Active TS/SCI security clearance required", "clearance"},
		{"Current RN license in Nebraska or a multistate license", "licence"},
		{"Valid driver's license and reliable transportation", "licence transport"},
		{"Class A CDL", "licence"},
		{"Current registration with the General Pharmaceutical Council", "licence"},
		{"Food Safety Supervisor certificate, or willing to obtain one within 30 days", "certification"},
		{"Willing to relocate to Denver", "relocation"},
		{"Up to 25% travel", "travel"},
		{"Registered Nurse - ICU (Full-time Nights, 3x12s)", "shift"},
		{"UK shift (1:30 PM - 10:30 PM IST)", "shift"},
		{"Join a 1-in-6 on-call rotation", "shift"},
		{"Able to lift 25 kg and stand for long periods", "physical"},
		{"Able to lift 50 lbs and work at heights", "physical"},
		{"Offer subject to an enhanced DBS check", "background_check"},
		{"We are a drug-free workplace", "background_check"},
		{"Applicants must be 18 years or older", "age"},
		// Not knockouts.
		{"Experience with software licence management tools", ""},
		{"AWS Certified Solutions Architect or CKA certification", ""},
		{"Build travel booking features for our customers", ""},
		{"Lift the team's engineering standards", ""},
		{"Staff meals every shift, 50% dining discount and a 5-day week", ""},
		{"Bend and install EMT and rigid conduit", ""},
		{"without regard to race, color, religion, sex, age, disability or veteran status", ""},
		{"3+ years of experience with Go", ""},
	} {
		d, _ := pipeline(t)
		var kinds []string
		for _, k := range ReadKnockouts(d, doc(t, tc.line, true)) {
			if k.Line != 1 || k.Text != strings.TrimSpace(tc.line) {
				t.Errorf("%q: knockout %+v", tc.line, k)
			}
			kinds = append(kinds, k.Kind)
		}
		if got := strings.Join(kinds, " "); got != tc.want {
			t.Errorf("ReadKnockouts(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}
