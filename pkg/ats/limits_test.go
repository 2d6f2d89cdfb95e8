package ats

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/internal/hostile"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/google/go-cmp/cmp"
)

func TestCapMatches(t *testing.T) {
	hit := func(start int) match.Match { return match.Match{Start: start} }
	rej := func(start int) match.Rejection { return match.Rejection{Start: start} }
	res := match.Result{
		Matches:  []match.Match{hit(0), hit(10), hit(30), hit(50)},
		Rejected: []match.Rejection{rej(5), rej(20), rej(40)},
	}
	starts := func(r match.Result) (m, j []int) {
		for _, x := range r.Matches {
			m = append(m, x.Start)
		}
		for _, x := range r.Rejected {
			j = append(j, x.Start)
		}
		return m, j
	}
	tests := []struct {
		max            int
		matches, rejct []int
		warning        string
	}{
		{7, []int{0, 10, 30, 50}, []int{5, 20, 40}, ""},
		{8, []int{0, 10, 30, 50}, []int{5, 20, 40}, ""},
		{4, []int{0, 10}, []int{5, 20}, "truncated at 4 matches (the limit)"},
		{5, []int{0, 10, 30}, []int{5, 20}, "truncated at 5 matches (the limit)"},
		{1, []int{0}, nil, "truncated at 1 matches (the limit)"},
	}
	for _, tt := range tests {
		got, warning := capMatches(res, tt.max)
		m, j := starts(got)
		if !slices.Equal(m, tt.matches) || !slices.Equal(j, tt.rejct) || warning != tt.warning {
			t.Errorf("capMatches(%d) = %v, %v, %q; want %v, %v, %q", tt.max, m, j, warning, tt.matches, tt.rejct, tt.warning)
		}
	}
}

// TestAnalysisCaps: a document of one skill repeated keeps MaxMatches hits
// and says so; normalising that lengthens the text is cut again. Counts,
// never time.
func TestAnalysisCaps(t *testing.T) {
	lim := extract.DefaultLimits()
	lim.MaxChars = 300
	a, err := New(Options{Limits: lim, MaxMatches: 10})
	if err != nil {
		t.Fatal(err)
	}
	kw, err := a.Keywords(context.Background(), extract.Source{Name: "cv.txt", Data: hostile.Text(1<<20, "Kubernetes")})
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for _, k := range kw.Keywords {
		count += k.Count
	}
	want := []string{"truncated at 300 characters (the limit)", "truncated at 10 matches (the limit)"}
	if diff := cmp.Diff(want, kw.Document.Parse.Warnings); count != 10 || diff != "" {
		t.Errorf("%d hits counted, want 10; warnings (-want +got):\n%s", count, diff)
	}

	// U+FDFA is one character that NFKC spells in 18: 100 of them fit the
	// cap as read and not as normalised.
	res, err := a.Text(context.Background(), extract.Source{Name: "cv.txt", Data: []byte(strings.Repeat("\uFDFA ", 100))})
	if err != nil {
		t.Fatal(err)
	}
	if n := utf8.RuneCountInString(res.Text); n > 300 || !slices.Contains(res.Document.Parse.Warnings, "truncated at 300 characters (the limit)") {
		t.Errorf("normalised text: %d characters, warnings %q; want at most 300 and the cap's warning", n, res.Document.Parse.Warnings)
	}
}

// TestUnderDeadline: the per-document deadline returns a timeout naming the
// file even when the work it covers never returns; a cancel of the
// caller's stays a cancel; a panic becomes an error.
func TestUnderDeadline(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := func(context.Context) (int, error) { <-release; return 1, nil }
	lim := extract.Limits{Timeout: time.Millisecond}
	_, err := underDeadline(context.Background(), lim, nil, "cv.pdf", stuck)
	var fe *extract.FileError
	if !errors.As(err, &fe) || fe.Name != "cv.pdf" || extract.Kind(err) != "timeout" {
		t.Errorf("stuck work: err = %v, want a timeout naming cv.pdf", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := underDeadline(ctx, extract.Limits{Timeout: time.Hour}, nil, "cv.pdf", stuck); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}

	_, err = underDeadline(context.Background(), extract.Limits{}, nil, "cv.pdf", func(context.Context) (int, error) { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "internal error") {
		t.Errorf("panic: err = %v, want an internal error", err)
	}

	// A stuck analysis gives its CPU slot back at its deadline: the next
	// one runs instead of waiting for it for ever.
	slots := make(chan struct{}, 1)
	if _, err := underDeadline(context.Background(), lim, slots, "stuck.pdf", stuck); extract.Kind(err) != "timeout" {
		t.Fatalf("stuck: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := underDeadline(context.Background(), extract.Limits{Timeout: time.Hour}, slots, "next.pdf",
			func(context.Context) (int, error) { return 1, nil })
		done <- err
	}()
	if err := hangGuard(t, done, "an analysis after a stuck one"); err != nil {
		t.Errorf("next: %v", err)
	}
}
