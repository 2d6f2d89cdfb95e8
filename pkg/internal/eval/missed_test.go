package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGroupByHead(t *testing.T) {
	in := []missedSpan{
		{"cloud platforms", "s1"}, {"Java", "s2"}, {"AWS Platforms,", "s3"}, {"java", "s4"}, {"Agile", "s5"},
	}
	want := []headGroup{
		{"java", []missedSpan{{"Java", "s2"}, {"java", "s4"}}},
		{"platforms", []missedSpan{{"cloud platforms", "s1"}, {"AWS Platforms,", "s3"}}},
		{"agile", []missedSpan{{"Agile", "s5"}}},
	}
	if diff := cmp.Diff(want, groupByHead(in)); diff != "" {
		t.Errorf("groupByHead mismatch (-want +got):\n%s", diff)
	}
	if got := groupByHead(nil); got != nil {
		t.Errorf("groupByHead(nil) = %v, want nil", got)
	}
}

func TestPrintMissed(t *testing.T) {
	var b strings.Builder
	printMissed(&b, []missedSpan{{"SQL databases", "Know SQL databases"}, {"Go", "Write Go"}})
	out := b.String()
	for _, want := range []string{"every missed knowledge span (2) by head word", "  1 databases\n", "SQL databases", "| Write Go"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
