//go:build corpus

package main

import (
	"os"
	"strings"
	"testing"
)

// TestRequirementsShared reads the 16 recruiter pairs with the requirement
// readers and prints how many statuses agree with
// testdata/requirements_expected.json. It was written at 16/16 each; the
// floors allow one pair less, a change that loses more fails here.
func TestRequirementsShared(t *testing.T) {
	dir := pairsDir(t)
	exp, err := loadReqExpected("testdata/requirements_expected.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := newReqReader()
	if err != nil {
		t.Fatal(err)
	}
	a, err := agreeRequirements(r, dir, exp)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Rows) != 16 {
		t.Fatalf("%d pairs read", len(a.Rows))
	}
	var b strings.Builder
	a.print(&b)
	os.Stdout.WriteString(b.String())
	if a.Title < 15 || a.Education < 14 || a.Experience < 15 {
		t.Errorf("agreement fell:\n%s", b.String())
	}
}
