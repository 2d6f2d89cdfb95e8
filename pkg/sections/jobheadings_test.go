package sections

import "testing"

// TestJobHeadingWording checks heading wordings of US, UK, Irish, Indian,
// German and Australian postings, each between a requirements list and a
// line of work, and content lines that hold a heading's words but are no
// heading.
func TestJobHeadingWording(t *testing.T) {
	tests := []struct {
		heading string
		want    Role
	}{
		{"Your tasks", Neutral},
		{"Your profile", Required},
		{"What you'll do", Neutral},
		{"What you'll be doing", Neutral},
		{"What you'll bring", Required},
		{"Essential criteria", Required},
		{"Essential", Required},
		{"Desirable criteria", Preferred},
		{"Desirable", Preferred},
		{"Desired Candidate Profile", Required},
		{"About you", Required},
		{"Required qualifications", Required},
		{"Preferred qualifications", Preferred},
		{"Considered a plus", Preferred},
		{"Considered as a plus", Preferred},
		{"Skills required -", Required},
		{"Skills required –", Required},
		{"Non-essential skills", Preferred},
		{"Job summary", Neutral},
		{"Position summary", Neutral},
		{"What's on offer", Ignored},
		{"In return", Ignored},
		{"Knowledge, skills and abilities", Required},
		{"Education and experience", Required},
		{"Education", Required},
		{"Mandatory skills", Required},
		{"Primary skills", Required},
		{"Secondary skills", Preferred},
		{"Added advantage", Preferred},
		{"About the candidate", Required},
		{"Your background", Required},
		{"Key selection criteria", Required},
		{"Eligibility criteria", Required},
		{"Desired profile", Required},
		{"Job specification", Required},
		{"Bonus points if you have", Preferred},
		{"Even better if you have", Preferred},
		{"The opportunity", Neutral},
		{"Tools we use", Neutral},
		{"The package", Ignored},
		// Content lines with a heading's words: Requirements go on.
		{"Automate tasks with Python", Required},
		{"You'll have shipped Go", Required},
		{"Working at heights on ladders", Required},
		{"Education sector experience", Required},
		{"Culture fit matters", Required},
		{"The opportunity to work with Go", Required},
		{"Mandatory site induction", Required},
		{"Kafka is an asset", Required}, // a line cue (TestJobPreferenceCues), not a heading
		{"Manage an asset register in SAP", Required},
		{"Experience in Docker -", Required}, // a dash after a content line: no heading
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			in := "Requirements\n- Go\n" + tt.heading + "\nKubernetes clusters"
			if got := Job(in)[3]; got.Role != tt.want {
				t.Errorf("Job(%q) line 4 role %v (%s), want %v", in, got.Role, got.Reason, tt.want)
			}
		})
	}
}

// TestJobPreferenceCues checks line cues of a preference, and look-alikes
// that are requirements.
func TestJobPreferenceCues(t *testing.T) {
	tests := []struct {
		line string
		want Role
	}{
		{"- Kafka is an asset", Preferred},
		{"- Experience with Kafka would be an asset", Preferred},
		{"- Terraform is a strong plus", Preferred},
		{"- Terraform is a huge plus", Preferred},
		{"- Considered as a plus: Terraform", Preferred},
		{"- Manage an asset register in SAP", Required},
		{"- A degree plus two years in retail", Required},
		{"- Strong plus-size retail experience", Required},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := "Requirements\n" + tt.line
			if got := Job(in)[1]; got.Role != tt.want {
				t.Errorf("Job(%q) line 2 role %v (%s), want %v", in, got.Role, got.Reason, tt.want)
			}
		})
	}
}
