package check

import (
	"strings"
	"testing"
)

// findings runs every check on text (normalised already) and returns the
// findings by id.
func findings(t *testing.T, text string, lay Layout) map[string]Finding {
	t.Helper()
	if lay.Format == "" {
		lay.Format, lay.Confidence, lay.Bytes = "text", 1, int64(len(text))
	}
	r := Run(Doc{Lines: strings.Split(text, "\n"), Layout: lay})
	out := map[string]Finding{}
	for _, f := range r.Findings {
		if _, dup := out[f.ID]; dup {
			t.Fatalf("finding %s twice", f.ID)
		}
		out[f.ID] = f
	}
	return out
}

// expect checks one finding's status and, when given, that its message
// holds msg and its lines are lines.
func expect(t *testing.T, fs map[string]Finding, id string, st Status, msg string, lines ...int) {
	t.Helper()
	f, ok := fs[id]
	if !ok {
		t.Fatalf("no finding %s", id)
	}
	if f.Status != st {
		t.Errorf("%s: status %s, want %s (%s)", id, f.Status, st, f.Message)
	}
	if msg != "" && !strings.Contains(f.Message+" | "+f.Fix, msg) {
		t.Errorf("%s: message %q (fix %q) lacks %q", id, f.Message, f.Fix, msg)
	}
	if lines != nil && !equalInts(f.Lines, lines) {
		t.Errorf("%s: lines %v, want %v", id, f.Lines, lines)
	}
	if f.Status != Pass && f.Fix == "" {
		t.Errorf("%s: %s without a fix", id, f.Status)
	}
	if f.Status == Pass && f.Fix != "" {
		t.Errorf("%s: pass with a fix %q", id, f.Fix)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// resume is a small, clean resume every check passes on; tests change
// one thing in it.
const resume = `Dana Kowalczyk
Backend developer · Gdańsk, Poland · dana.k@example.com · +48 601 234 567 · linkedin.com/in/danak

Summary
Backend developer with six years of experience building C# services for logistics companies.

Skills
C#, .NET, PostgreSQL, Docker, Kubernetes, Azure

Experience
Backend Developer, CargoLink
Jan 2021 - Present
- Built the shipment tracking API serving 40 million requests a day
- Cut deployment time from an hour to six minutes with Docker
- Raised test coverage of the billing module from 35% to 80%
Software Developer, PayBridge
Mar 2018 - Dec 2020
- Wrote payment reconciliation jobs covering 12 banks
- Replaced a nightly export with events, saving 3 hours a day
- Mentored two interns through their first releases

Education
BSc Computer Science, Gdańsk University of Technology, 2018`
