package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitGlued(t *testing.T) {
	body := "Experience with PostgreSQL, database schema optimization and event-driven architecture, background jobs, automated testing. " +
		"Code reviews, technical discussions, pair programming, clear documentation and asynchronous communication. collaboration"
	vocab := vocabOf(body)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"seed hard list", ".NETC#Object-Oriented ProgrammingDomain-Driven DesignPostgreSQLdatabase schema optimizationevent-driven architecturebackground jobsautomated testingCI/CD",
			[]string{".NET", "C#", "Object-Oriented Programming", "Domain-Driven Design", "PostgreSQL", "database schema optimization", "event-driven architecture", "background jobs", "automated testing", "CI/CD"}},
		{"seed soft list", "collaborationcode reviewstechnical discussionspair programmingclear documentationasynchronous communication",
			[]string{"collaboration", "code reviews", "technical discussions", "pair programming", "clear documentation", "asynchronous communication"}},
		{"caps run then lower", "AWSlambda", []string{"AWS", "lambda"}},
		{"camel case unknown word splits", "JavaScriptTypeScript", []string{"Java", "Script", "Type", "Script"}},
		{"camel case known word stays", "TerraformPostgreSQLdatabase", []string{"Terraform", "PostgreSQL", "database"}},
		{"single term", "Terraform", []string{"Terraform"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitGlued(tt.in, vocab)); diff != "" {
				t.Errorf("splitGlued(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseSeed(t *testing.T) {
	in := "Job\nUse Go.\nApplicant Tracking System Keywords\nTip: use these.\nHard skills\nGoC#\nSoft skills\nteamwork\n"
	body, hard, soft := parseSeed(in)
	if diff := cmp.Diff([]string{"Job\nUse Go.\n", "GoC#", "teamwork"}, []string{body, hard, soft}); diff != "" {
		t.Errorf("parseSeed mismatch (-want +got):\n%s", diff)
	}
}
