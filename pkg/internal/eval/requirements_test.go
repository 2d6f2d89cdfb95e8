package main

import (
	"strings"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/requirements"
)

// TestRequirementsExpected: the expected statuses load, one entry per
// recruiter pair, with a note each.
func TestRequirementsExpected(t *testing.T) {
	e, err := loadReqExpected("testdata/requirements_expected.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Pairs) != 16 || e.AsOf != "2025-06-30" {
		t.Fatalf("%d pairs as of %s", len(e.Pairs), e.AsOf)
	}
	for n := range e.Pairs {
		if e.Notes[n] == "" {
			t.Errorf("%s: no note says why", n)
		}
	}
}

// TestReqReader runs a pair we wrote through the hook: the statuses come
// from the text, both ways.
func TestReqReader(t *testing.T) {
	r, err := newReqReader()
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC)
	job := "Data Engineer\n\nRequirements\n- 3+ years of experience with Airflow\n- Master's degree in Statistics\n"
	resume := "ANA LIMA\nData Engineer\n\nEXPERIENCE\nData Engineer - Example GmbH     Feb 2022 - Present\n- Built Airflow DAGs\n\nEDUCATION\nBSc Statistics, 2021\n"
	got := statusesOf(r.read(job, resume, asOf))
	want := reqStatuses{requirements.Match, requirements.Below, requirements.Met}
	if got != want {
		t.Errorf("statuses %+v, want %+v", got, want)
	}
	resume = strings.Replace(resume, "BSc Statistics", "MSc Statistics", 1)
	resume = strings.Replace(resume, "Feb 2022", "Feb 2023", 1)
	got = statusesOf(r.read(job, resume, asOf))
	want = reqStatuses{requirements.Match, requirements.Met, requirements.Below}
	if got != want {
		t.Errorf("statuses %+v, want %+v", got, want)
	}
	var b strings.Builder
	reqAgreement{Rows: []reqRow{{Name: "x", Got: got, Want: want}}, Title: 1, Education: 1, Experience: 1}.print(&b)
	if !strings.Contains(b.String(), "title 1/1, education 1/1, experience 1/1") {
		t.Errorf("print: %q", b.String())
	}
}
