package main

import (
	"os"
	"path/filepath"
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

// TestAgreeRequirements reads a folder of pairs laid out as the recruiter
// pairs are and counts the agreeing statuses.
func TestAgreeRequirements(t *testing.T) {
	dir := t.TempDir()
	write := func(name, job, resume string) {
		if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
		for f, s := range map[string]string{"job.txt": job, "resume.txt": resume} {
			if err := os.WriteFile(filepath.Join(dir, name, f), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	write("01-baker", "Baker\n\nRequirements\n- 2+ years of experience\n",
		"SAM\nBaker\n\nEXPERIENCE\nBaker - Example Bakery     2019 - 2024\n")
	write("02-nurse", "Registered Nurse\n\nRequirements\n- Bachelor's degree in Nursing\n",
		"ALEX\nPastry Chef\n\nEDUCATION\nB.A. History, 2010\n")
	r, err := newReqReader()
	if err != nil {
		t.Fatal(err)
	}
	exp := &reqExpected{AsOf: "2025-06-30", Pairs: map[string]reqStatuses{
		"01-baker": {requirements.Match, requirements.NotAsked, requirements.Met},
		"02-nurse": {requirements.Missing, requirements.Met, requirements.Met}, // the last is wrong on purpose
	}}
	a, err := agreeRequirements(r, dir, exp)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Rows) != 2 || a.Title != 2 || a.Education != 2 || a.Experience != 1 {
		t.Errorf("agreement %+v", a)
	}
	if _, err := agreeRequirements(r, t.TempDir(), exp); err == nil {
		t.Error("a missing pair folder is no error")
	}
}
