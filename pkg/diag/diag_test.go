package diag

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.yaml", Line: 3, Field: "aliases", Msg: "bad"}, "a.yaml:3: bad"},
		{Problem{File: "a.yaml", Msg: "bad"}, "a.yaml: bad"},
		{Problem{Msg: "bad"}, "bad"},
		{Problem{Line: 3, Msg: "bad"}, "bad"}, // a line without a file names nothing
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Error("empty List.Err() != nil")
	}
	l.Addf("b.yaml", 0, "", "whole b")
	l.Addf("a.yaml", 9, "", "nine")
	l.Addf("a.yaml", 0, "", "whole a")
	l.Addf("a.yaml", 2, "", "two")
	l.Addf("a.yaml", 9, "", "nine again")
	if got, want := l.Error(), "b.yaml: whole b (and 4 more errors)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var asList List
	if err := l.Err(); !errors.As(err, &asList) || len(asList) != 5 {
		t.Errorf("Err() = %v, want the list", err)
	}
	l.Sort()
	var got []string
	for _, p := range l {
		got = append(got, p.Error())
	}
	want := []string{"a.yaml:2: two", "a.yaml:9: nine", "a.yaml:9: nine again", "a.yaml: whole a", "b.yaml: whole b"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted (-want +got):\n%s", diff)
	}
	if got := (List{{Msg: "only"}}).Error(); got != "only" {
		t.Errorf("one problem: Error() = %q", got)
	}
}
