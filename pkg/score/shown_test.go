package score

import (
	"math"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/shown"
	"github.com/google/go-cmp/cmp"
)

// sdict is sorted by id, as Dict.Term needs.
var sdict = &keywords.Dict{Terms: []keywords.Term{
	{ID: "communication", Name: "Communication", Kind: keywords.Soft, Category: "soft"},
	{ID: "java", Name: "Java", Kind: keywords.Hard, Category: "language"},
}}

// TestShown: a soft skill the job asks for and the resume shows by a
// behaviour in its experience is met, "shown", with the behaviour quoted
// in its rule and its line as evidence; never by a skills list, never for
// a hard term, never when the behaviour is not one.
func TestShown(t *testing.T) {
	const job = "Requirements\n- Java\n- Strong communication\n"
	tests := []struct {
		name, resume string
		want         verdictOf
		line         int
	}{
		{"shown", "Experience\n- Built services in Java\n- Presented quarterly results to the board\n",
			verdictOf{Term: "Communication", Matched: true, How: "shown", Rule: "counted: 'Presented quarterly results to the board' shows communication",
				RuleID: "soft.shown", JobCount: 1, Required: true}, 3},
		{"named wins", "Experience\n- Presented quarterly results to the board\nSkills\nJava, communication\n",
			verdictOf{Term: "Communication", Matched: true, JobCount: 1, Required: true}, 4},
		{"not a behaviour", "Experience\n- Wrote off bad debt in Java\n- Was presented with an award\n",
			verdictOf{Term: "Communication", JobCount: 1, Required: true}, 0},
		{"skills list", "Skills\nJava\nPresented to executives, negotiated contracts\n",
			verdictOf{Term: "Communication", JobCount: 1, Required: true}, 0},
	}
	for _, tt := range tests {
		r := Compute(sdict, jobDoc(job, "Java=java", "communication=communication"),
			resumeDoc(tt.resume, "Java=java", "communication=communication"))
		var got verdictOf
		var tr TermResult
		for _, v := range r.Terms {
			if v.Term.ID == "communication" {
				tr = v
				got = verdictsOf(Result{Terms: []TermResult{v}})[0]
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: verdict (-want +got):\n%s", tt.name, diff)
		}
		if tt.line > 0 && (len(tr.Resume) == 0 || tr.Resume[0].Line != tt.line || tr.ResumeCount != len(tr.Resume)) {
			t.Errorf("%s: resume evidence %+v; want line %d", tt.name, tr.Resume, tt.line)
		}
	}
}

// TestShownCredit: a shown soft skill earns ShownCredit of its weight;
// only a soft skill is ever shown.
func TestShownCredit(t *testing.T) {
	job := jobDoc("Requirements\n- Java\n- Strong communication\n", "Java=java", "communication=communication")
	r := Compute(sdict, job, resumeDoc("Experience\n- Presented quarterly results to the board in Java\n", "Java=java"))
	// Java 1.5; Communication 1.5 × SoftFactor.
	want := round1(100 * (1.5 + ShownCredit*1.5*SoftFactor) / (1.5 + 1.5*SoftFactor))
	if r.Total != want || r.SoftMatched != 1 || r.Soft != round1(100*ShownCredit) {
		t.Errorf("Total %v, Soft %v, soft matched %d; want %v, %v, 1", r.Total, r.Soft, r.SoftMatched, want, round1(100*ShownCredit))
	}
	hard := &keywords.Dict{Terms: append([]keywords.Term(nil), sdict.Terms...)}
	for i := range hard.Terms {
		if hard.Terms[i].ID == "communication" {
			hard.Terms[i].Kind = keywords.Hard
		}
	}
	r = Compute(hard, job, resumeDoc("Experience\n- Presented quarterly results to the board in Java\n", "Java=java"))
	if r.HardMatched != 1 || math.Abs(r.Total-50) > 0.05 {
		t.Errorf("a hard Communication: matched %d, Total %v; want 1 (Java), 50", r.HardMatched, r.Total)
	}
}

// TestShownTermsInDictionary: every skill the behaviour table names is a
// soft term of the embedded dictionary, under its own id or one it
// replaced.
func TestShownTermsInDictionary(t *testing.T) {
	d, err := keywords.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range shown.Terms() {
		tm, ok := d.Term(id)
		if !ok {
			t.Errorf("shown table names %q, which the dictionary does not have", id)
			continue
		}
		if tm.Kind != keywords.Soft {
			t.Errorf("shown table names %q, a %s term: only soft skills are shown", id, tm.Kind)
		}
	}
}
