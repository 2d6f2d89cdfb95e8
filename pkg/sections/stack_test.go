package sections

import (
	"strings"
	"testing"
)

// TestStackStatementRole checks that a stack statement inside a
// requirement reads Neutral, as a duty does, and that asks worded like
// one do not.
func TestStackStatementRole(t *testing.T) {
	tests := []struct {
		name    string
		section string
		line    string
		word    string
		want    Role
	}{
		{"a parenthesis naming the company's platform", "Requirements", "- Cloud experience with Azure or GCP (we run on Azure: Blob Storage, Functions)", "Blob Storage", Neutral},
		{"the member inside it", "Requirements", "- Cloud experience with Azure or GCP (we run on Azure: Blob Storage, Functions)", "Azure:", Neutral},
		{"the ask before it stays required", "Requirements", "- Cloud experience with Azure or GCP (we run on Azure: Blob Storage, Functions)", "GCP", Required},
		{"after the parenthesis the requirement goes on", "Requirements", "- Azure or GCP (we use Azure) and strong Terraform", "Terraform", Required},
		{"we use in brackets", "About you", "- Comfortable with continuous integration (we use Buildkite)", "Buildkite", Neutral},
		{"a whole sentence", "Requirements", "- Solid SQL. Our stack is Snowflake and Looker.", "Looker", Neutral},
		{"the sentence before stays required", "Requirements", "- Solid SQL. Our stack is Snowflake and Looker.", "SQL", Required},
		{"you'll work with after a dash", "Requirements", "- Oracle or SAP experience – you’ll work with SAP S/4HANA daily", "S/4HANA", Neutral},
		{"a relative clause is no statement", "Requirements", "- Experience with the tools we use: Jira and Confluence", "Jira", Required},
		{"we need asks", "Requirements", "- We need strong Kafka skills", "Kafka", Required},
		{"you have asks", "Requirements", "- You have used Kafka in production", "Kafka", Required},
		{"a preference stays one", "Nice to have", "- Terraform (we use it for everything)", "it", Preferred},
		{"ignored stays ignored", "Benefits", "- Laptops (we use MacBooks)", "MacBooks", Ignored},
		{"a duty line is neutral anyway", "Responsibilities", "- We use Airflow to orchestrate jobs", "Airflow", Neutral},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := Job(tt.section + "\n" + tt.line)[1]
			col := strings.Index(tt.line, tt.word)
			if col < 0 {
				t.Fatalf("%q not in %q", tt.word, tt.line)
			}
			if got := RoleAt(tt.line, col, l); got != tt.want {
				t.Errorf("RoleAt(%q, %q) = %v, want %v (line %+v)", tt.line, tt.word, got, tt.want, l)
			}
		})
	}
}

func TestStackSpans(t *testing.T) {
	tests := []struct {
		line string
		want []string
	}{
		{"AWS or GCP (we run on AWS: S3, Glue, Lambda)", []string{"we run on AWS: S3, Glue, Lambda)"}},
		{"AWS or GCP (we run on AWS (mostly S3)) and SQL", []string{"we run on AWS (mostly S3))"}},
		{"We use Go. You have Go.", []string{"We use Go."}},
		{"SQL; we're using dbt and BigQuery", []string{"we're using dbt and BigQuery"}},
		{"Experience with tools we use", nil},
		{"You use Go", nil},
		{"Go, Kafka and Postgres", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range stackSpans(tt.line) {
			got = append(got, tt.line[s[0]:s[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("stackSpans(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
