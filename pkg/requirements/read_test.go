package requirements

import (
	"encoding/json"
	"os"
	"testing"
)

func TestReadTwoPages(t *testing.T) {
	job, err := os.ReadFile("testdata/job.txt")
	if err != nil {
		t.Fatal(err)
	}
	resume, err := os.ReadFile("testdata/resume.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := read(t, string(job), string(resume))
	if r.AsOf != "2025-06-30" {
		t.Errorf("as_of %q", r.AsOf)
	}
	// An SRE is no platform engineer by title: both are engineers, of
	// different specialties.
	if r.JobTitle.Status != Missing || r.JobTitle.Resume != "Senior Platform Engineer" {
		t.Errorf("title %+v", r.JobTitle)
	}
	if r.Education.Status != Met || r.Education.Required.Level != "bachelor" || r.Education.Preferred.Level != "master" {
		t.Errorf("education %+v", r.Education)
	}
	// Roles: Sept 2014 - Present with the summer of 2014 just before (133
	// months), the project and the volunteering left out.
	if r.Experience.Status != Met || r.Experience.RequiredYears != 5 || r.Experience.ResumeYears != 11 || len(r.Experience.ResumeEvidence) != 5 {
		t.Errorf("experience %+v", r.Experience)
	}
	var kinds []string
	for _, k := range r.Knockouts {
		kinds = append(kinds, k.Kind)
	}
	if got, _ := json.Marshal(kinds); string(got) != `["shift","work_authorization","sponsorship","clearance"]` &&
		string(got) != `["shift","sponsorship","work_authorization","clearance"]` {
		t.Errorf("knockouts %s", got)
	}
	// The same input and as-of date give the same output.
	a, _ := json.Marshal(r)
	b, _ := json.Marshal(read(t, string(job), string(resume)))
	if string(a) != string(b) {
		t.Error("two reads differ")
	}
}

// FuzzRead: any pair of texts reads without a panic, every evidence line
// inside its document.
func FuzzRead(f *testing.F) {
	f.Add("Senior Engineer\n\nRequirements\n- 3+ years of Go\n- Bachelor's degree\n", "JANE\nEngineer\nEXPERIENCE\nEngineer - Acme  2019 - Present\n")
	f.Add("", "")
	f.Add("Nurse (1+ year)\n- RN license\n", "RN\n\nJun - Jul 2023\n\n2016-2019\nEDUCATION\nBSN 2015 - 2019\n")
	f.Fuzz(func(t *testing.T, job, resume string) {
		jd, rd := doc(t, job, true), doc(t, resume, false)
		d, _ := pipeline(t)
		r := Read(d, jd, rd, Options{AsOf: testAsOf})
		check := func(what string, ev []Evidence, n int) {
			for _, e := range ev {
				if e.Line < 1 || e.Line > n {
					t.Fatalf("%s evidence line %d of %d", what, e.Line, n)
				}
			}
		}
		check("title job", r.JobTitle.JobEvidence, len(jd.Lines))
		check("title resume", r.JobTitle.ResumeEvidence, len(rd.Lines))
		check("education job", r.Education.JobEvidence, len(jd.Lines))
		check("education resume", r.Education.ResumeEvidence, len(rd.Lines))
		check("experience job", r.Experience.JobEvidence, len(jd.Lines))
		check("experience resume", r.Experience.ResumeEvidence, len(rd.Lines))
		for _, k := range r.Knockouts {
			if k.Line < 1 || k.Line > len(jd.Lines) {
				t.Fatalf("knockout line %d of %d", k.Line, len(jd.Lines))
			}
		}
	})
}

// BenchmarkRead runs every reader on a two-page resume and a posting, the
// documents already matched (the target: all readers < 0.2 ms).
func BenchmarkRead(b *testing.B) {
	job, _ := os.ReadFile("testdata/job.txt")
	resume, _ := os.ReadFile("testdata/resume.txt")
	d, _ := pipeline(b)
	jd, rd := doc(b, string(job), true), doc(b, string(resume), false)
	b.ReportAllocs()
	for b.Loop() {
		Read(d, jd, rd, Options{AsOf: testAsOf})
	}
}
