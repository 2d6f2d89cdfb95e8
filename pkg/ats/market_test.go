package ats

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/market"
)

// marketJob is a posting with a closed group, an open list with its head,
// a term on its own twice, and boilerplate naming a skill.
var marketJob = extract.Source{Name: "job.txt", Data: []byte("Backend Developer\n\nRequirements\n" +
	"- Experience writing unit tests (xUnit or NUnit)\n" +
	"- Familiarity with message queues such as RabbitMQ or Kafka\n" +
	"- Strong C# skills; C# 12 a plus\n" +
	"\nNice to have\n- Terraform\n" +
	"\nBenefits\n- Free Python courses\n")}

// TestPostingAsks: the asks are match's (boilerplate left out, a group
// one ask), each term the posting writes with its wordings; a group's
// members are alternatives and its head is not; with a resume, each ask is
// met as match decides and each term shown as match decides it alone.
func TestPostingAsks(t *testing.T) {
	a, err := New(Options{Overlays: []Overlay{{Name: "links.yaml", Data: []byte(
		"terms:\n  - extends: azure-service-bus\n    broader: [message-queues]\n")}}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	cv := extract.Source{Name: "cv.md", Data: []byte("# Dana Doe\n\n## Experience\n" +
		"- Built the order service in C# with NUnit tests and Azure Service Bus events\n")}
	resume, err := a.PrepareResume(ctx, cv)
	if err != nil {
		t.Fatal(err)
	}
	type term struct {
		Name        string
		Alternative bool
		Wordings    []string
		Shown       bool
	}
	type ask struct {
		Terms         []term
		Required, Met bool
	}
	view := func(p market.Posting) []ask {
		if p.Error != nil {
			t.Fatalf("posting failed: %+v", p.Error)
		}
		var out []ask
		for _, a := range p.Asks {
			v := ask{Required: a.Required, Met: a.Met}
			for _, tm := range a.Terms {
				v.Terms = append(v.Terms, term{tm.Name, tm.Alternative, tm.Wordings, tm.Shown})
			}
			out = append(out, v)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Terms[0].Name < out[j].Terms[0].Name })
		return out
	}
	got := view(a.posting(ctx, Input{Name: marketJob.Name, Source: marketJob}, resume))
	want := []ask{
		{Terms: []term{{Name: "Backend Development", Wordings: []string{"Backend"}}}},
		{Terms: []term{{Name: "C#", Wordings: []string{"C#", "C#"}, Shown: true}}, Required: true, Met: true},
		// The open list is met through Azure Service Bus, a kind of message
		// queues, which shows its head; RabbitMQ and Kafka are alternatives
		// the resume does not show.
		{Terms: []term{{Name: "Message Queues", Wordings: []string{"message queues"}, Shown: true},
			{Name: "RabbitMQ", Alternative: true, Wordings: []string{"RabbitMQ"}},
			{Name: "Apache Kafka", Alternative: true, Wordings: []string{"Kafka"}}}, Required: true, Met: true},
		{Terms: []term{{Name: "Terraform", Wordings: []string{"Terraform"}}}},
		// NUnit is a kind of unit testing: the ask is met and the term shown.
		{Terms: []term{{Name: "Unit Testing", Wordings: []string{"unit tests"}, Shown: true}}, Required: true, Met: true},
		{Terms: []term{{Name: "xUnit", Alternative: true, Wordings: []string{"xUnit"}},
			{Name: "NUnit", Alternative: true, Wordings: []string{"NUnit"}, Shown: true}}, Required: true, Met: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("asks with a resume (-want +got):\n%s", diff)
	}
	// Without a resume: the same asks, none met or shown.
	for i := range want {
		want[i].Met = false
		for j := range want[i].Terms {
			want[i].Terms[j].Shown = false
		}
	}
	if diff := cmp.Diff(want, view(a.posting(ctx, Input{Name: marketJob.Name, Source: marketJob}, nil))); diff != "" {
		t.Errorf("asks without a resume (-want +got):\n%s", diff)
	}
}

// TestPostingAgreesWithMatch: over the bundled pairs, a posting's asks are
// met exactly as match meets them, and a term asked on its own is shown
// exactly when match meets it.
func TestPostingAgreesWithMatch(t *testing.T) {
	a := newAnalyzer(t)
	ctx := context.Background()
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "pairs", "*"))
	if len(dirs) == 0 {
		t.Fatal("no pairs")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			job := readDoc(t, filepath.Join(dir, "job.txt"))
			cvs, _ := filepath.Glob(filepath.Join(dir, "resume.*"))
			cv := readDoc(t, cvs[0])
			m, err := a.Match(ctx, job, cv)
			if err != nil {
				t.Fatal(err)
			}
			r, err := a.PrepareResume(ctx, cv)
			if err != nil {
				t.Fatal(err)
			}
			p := a.posting(ctx, Input{Name: job.Name, Source: job}, r)
			met := 0
			for _, ask := range p.Asks {
				if ask.Met {
					met++
				}
				if len(ask.Terms) == 1 && !ask.Terms[0].Alternative && ask.Terms[0].Shown != ask.Met {
					t.Errorf("%s: shown %v, met %v", ask.Terms[0].Name, ask.Terms[0].Shown, ask.Met)
				}
			}
			if met != len(m.Matched) || len(p.Asks)-met != len(m.Missing) {
				t.Errorf("market: %d met of %d asks; match: %d matched, %d missing", met, len(p.Asks), len(m.Matched), len(m.Missing))
			}
		})
	}
}

func readDoc(t *testing.T, path string) extract.Source {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return extract.Source{Name: path, Data: data}
}

// TestMarketRun: every posting is emitted once, whatever fails: a file
// that cannot be read, a resume given as a posting.
func TestMarketRun(t *testing.T) {
	a := newAnalyzer(t)
	cv := readDoc(t, filepath.Join("..", "..", "testdata", "examples", "resume-backend.md"))
	inputs := make(chan Input, 4)
	inputs <- Input{Name: "job.txt", Source: marketJob}
	inputs <- Input{Name: "missing.txt", Load: func(context.Context) (extract.Source, error) {
		return extract.Source{}, &extract.FileError{Name: "missing.txt", Err: extract.ErrNotFound}
	}}
	inputs <- Input{Name: "cv.md", Source: cv}
	inputs <- Input{Name: "empty.txt", Source: extract.Source{Name: "empty.txt"}}
	close(inputs)
	var got []string
	err := a.Market(context.Background(), inputs, MarketOptions{Workers: 2}, func(p market.Posting) {
		s := p.Name + ": ok"
		if p.Error != nil {
			s = p.Name + ": " + p.Error.Kind
		}
		got = append(got, s)
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	want := []string{"cv.md: " + notPostingKind, "empty.txt: empty", "job.txt: ok", "missing.txt: not-found"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("postings (-want +got):\n%s", diff)
	}
	if err := a.Market(context.Background(), nil, MarketOptions{Resume: &Resume{}}, nil); err == nil {
		t.Error("Market with a Resume not from PrepareResume: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.Market(ctx, make(chan Input), MarketOptions{}, func(market.Posting) {}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Market = %v", err)
	}
}
