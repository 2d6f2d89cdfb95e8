package sections

import "testing"

// TestJobSelfDescriptionAndApplying checks sentences in which the company
// describes itself, offers its side of the deal or tells how to apply,
// and the look-alikes that are the job.
func TestJobSelfDescriptionAndApplying(t *testing.T) {
	tests := []struct {
		line string
		want Role
	}{
		{"Kessler & Daughters is a family-owned commercial electrical contractor.", Ignored},
		{"We're a 40-person digital studio designing apps.", Ignored},
		{"We offer a competitive salary and a gym membership.", Ignored},
		{"To apply, email your resume and a writing sample.", Ignored},
		{"To apply: send your CV to jobs@acme.example.", Ignored},
		{"Interested candidates can share their CV at careers@acme.example.", Ignored},
		{"Kafka is a distributed streaming platform we run at scale.", Neutral},
		{"TDD is a practice we follow on every service.", Neutral},
		{"This is a hybrid role at a growing company.", Neutral},
		{"We are a Python shop.", Neutral},
		{"Offer technical support to customers in Zendesk.", Neutral},
		{"To apply statistical methods to large data sets", Neutral},
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
