package check

import (
	"strings"
	"testing"
)

// TestCleanResume: the reference resume passes every check but its
// length: a short test text.
func TestCleanResume(t *testing.T) {
	fs := findings(t, resume, Layout{Format: "pdf", Pages: 1, Bytes: 40 << 10, Confidence: 1})
	for id, f := range fs {
		if id == "content.words" {
			continue
		}
		if f.Status != Pass {
			t.Errorf("%s: %s: %s", id, f.Status, f.Message)
		}
	}
	expect(t, fs, "content.words", Fail, "400-800")
}

// TestRunOrder: ids are unique, in the documented order, every one.
func TestRunOrder(t *testing.T) {
	r := Run(Doc{Lines: strings.Split(resume, "\n"), Layout: Layout{Format: "text", Confidence: 1}})
	var ids []string
	for _, f := range r.Findings {
		ids = append(ids, f.ID)
	}
	want := []string{"document.kind", "contact.email", "contact.phone", "contact.location", "contact.link",
		"sections.experience", "sections.education", "sections.skills", "sections.summary", "sections.headings",
		"dates.ranges", "dates.format", "dates.order",
		"layout.confidence", "layout.columns", "layout.tables", "layout.images", "layout.header-footer",
		"layout.glyphs", "layout.pages", "layout.file",
		"content.words", "content.measurable", "content.weak-start", "content.pronouns", "content.repeated", "content.cliches"}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("ids\n got %v\nwant %v", ids, want)
	}
	if r.Kind != KindResume {
		t.Errorf("kind %s", r.Kind)
	}
	p, w, f := Summary(r.Findings)
	if p+w+f != len(r.Findings) {
		t.Errorf("summary %d+%d+%d for %d findings", p, w, f, len(r.Findings))
	}
}

// TestRunDeterministic: the same document, the same findings.
func TestRunDeterministic(t *testing.T) {
	a := Run(Doc{Lines: strings.Split(resume, "\n")})
	for range 3 {
		b := Run(Doc{Lines: strings.Split(resume, "\n")})
		for i := range a.Findings {
			if a.Findings[i].Message != b.Findings[i].Message || a.Findings[i].Status != b.Findings[i].Status {
				t.Fatalf("%s differs between runs", a.Findings[i].ID)
			}
		}
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, text := range []string{"", "\n\n", "x"} {
		r := Run(Doc{Lines: strings.Split(text, "\n")})
		if len(r.Findings) == 0 || r.Kind != KindOther {
			t.Errorf("%q: %d findings, kind %s", text, len(r.Findings), r.Kind)
		}
	}
}

func TestStatusRank(t *testing.T) {
	if !(Pass.Rank() < Warn.Rank() && Warn.Rank() < Fail.Rank()) {
		t.Error("ranks out of order")
	}
}
