package sections

import "testing"

// TestJobHeader checks the lines under a posting's title: the employer,
// the place, the pay and the work pattern are ignored; a line of skills, a
// sentence or anything after the header keeps its role.
func TestJobHeader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
		want Role
	}{
		{"company, place and pattern", "HR Generalist\nAcme Medical Devices Ltd · Galway, Ireland · Permanent, full-time", 2, Ignored},
		{"employer without a legal form", "Product Manager\nTidewater Software · Remote (US) · Full-time", 2, Ignored},
		{"town and region code", "Sous Chef\nGully Road Bistro – Surry Hills, Sydney NSW", 2, Ignored},
		{"a separator inside brackets", "Account Executive\nQuillfeather Analytics · New York, NY or Remote (US – Eastern time)", 2, Ignored},
		{"two names and a place", "Teacher\nPrairie Oak School · Linden Grove School District 287 · Aurora, IL", 2, Ignored},
		{"pay on its own line", "Store Manager\nBrightline Ltd · Chester\n£34,000–£38,000 + up to 20% annual bonus", 3, Ignored},
		{"a company alone", "Warehouse Lead\nBrightline Logistics, Inc.", 2, Ignored},
		{"after a blank line", "Data Engineer\n\nNordlicht Mobility GmbH · Berlin · Full-time", 3, Ignored},
		{"the title stays", "Senior Engineer (Java / Spring)\nLarkspur Freight · Columbus, OH · Full-time", 1, Neutral},
		// The other way: these are no header.
		{"a skill line with a work pattern", "Backend Engineer\nPython · Go · Kubernetes · Remote", 2, Neutral},
		{"a sentence", "Backend Engineer\nWe build logistics software in Go for Acme Ltd and its carriers across Europe, in a team of nine.", 2, Neutral},
		{"a plain line", "Backend Engineer\nPython, Go and Kubernetes on AWS", 2, Neutral},
		{"a pay word without an amount", "Backend Engineer\nBonus points for Rust", 2, Preferred},
		{"after a known heading", "Requirements\n- Go\nAcme Ltd · Berlin, Germany · full-time", 3, Required},
		{"after a line of the posting", "Backend Engineer\nYou will build Go services.\nAcme Ltd · Berlin · Full-time", 3, Neutral},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Job(tt.in)[tt.line-1]; got.Role != tt.want {
				t.Errorf("Job(%q) line %d role %v (%s), want %v", tt.in, tt.line, got.Role, got.Reason, tt.want)
			}
		})
	}
}

// TestJobPay checks that a sentence about pay is ignored under any
// heading, and that an amount of money in the work is not pay.
func TestJobPay(t *testing.T) {
	tests := []struct {
		line string
		want Role
	}{
		{"Sign-on bonus up to $15,000 for experienced ICU nurses.", Ignored},
		{"Salary range $135,000–$165,000 and a 401(k).", Ignored},
		{"$32–$40/hour DOE", Ignored},
		{"Package: 12 LPA fixed plus variable pay.", Ignored},
		{"Manage a $2M budget across three sites.", Neutral},
		{"Close $50k deals with Salesforce and HubSpot.", Neutral},
		{"Annual bonus based on company performance.", Preferred}, // no amount: the bonus cue, as before
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
