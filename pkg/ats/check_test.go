package ats

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// checkResume is a small resume with an email but no phone.
const checkResume = `Sam Doe
Backend developer · Austin, TX · sam@example.com · linkedin.com/in/samdoe

Skills
C#, .NET, ASP.NET Core, PostgreSQL, Docker

Experience
Backend Developer, Acme
Jan 2021 - Present
- Built REST APIs in C# on ASP.NET Core serving 2 million requests a day
- Moved 11 services to Docker

Education
BSc Computer Science, 2020`

func status(t *testing.T, fs []report.Finding, id string) report.Finding {
	t.Helper()
	i := slices.IndexFunc(fs, func(f report.Finding) bool { return f.ID == id })
	if i < 0 {
		t.Fatalf("no finding %s", id)
	}
	return fs[i]
}

func TestCheck(t *testing.T) {
	res, err := Check(context.Background(), extract.Source{Name: "cv.txt", Data: []byte(checkResume)}, extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind != "resume" || res.Document.Name != "cv.txt" || res.Document.Parse.Format != "text" || res.Job != nil {
		t.Errorf("kind %q, document %+v, job %v", res.Kind, res.Document, res.Job)
	}
	if f := status(t, res.Checks, "contact.email"); f.Status != "pass" || !slices.Equal(f.Lines, []int{2}) {
		t.Errorf("contact.email: %+v", f)
	}
	if f := status(t, res.Checks, "contact.phone"); f.Status != "warn" || f.Fix == "" {
		t.Errorf("contact.phone: %+v", f)
	}
	if f := status(t, res.Checks, "layout.file"); f.Message != fmt.Sprintf("text, %d bytes", len(checkResume)) {
		t.Errorf("layout.file: %+v", f)
	}
	s := res.Summary
	if s.Pass+s.Warn+s.Fail != len(res.Checks) || s.Warn == 0 {
		t.Errorf("summary %+v for %d checks", s, len(res.Checks))
	}
	if len(res.Lines) != 14 || res.Lines[1] == "" {
		t.Errorf("lines: %d", len(res.Lines))
	}
	for _, f := range res.Checks {
		if f.Lines == nil {
			t.Errorf("%s: nil lines (JSON would say null)", f.ID)
		}
	}
}

// TestCheckLayout: what the reader saw reaches the findings: the DOCX
// page header is a region.
func TestCheckLayout(t *testing.T) {
	doc := &extract.Document{Format: extract.FormatDOCX, Text: "sam@example.com\nSam Doe", Confidence: 1,
		Layout: extract.Layout{Images: 2, Regions: []extract.Region{{Kind: extract.RegionHeader, From: 1, To: 1}}}}
	d := checkDoc(doc, []string{"sam@example.com", "Sam Doe"}, nil, 1000)
	if d.Layout.Images != 2 || len(d.Layout.Regions) != 1 || d.Layout.Regions[0].Kind != "header" || len(d.Raw) != 2 {
		t.Errorf("check doc: %+v", d)
	}
}

func TestCheckMatch(t *testing.T) {
	a := newAnalyzer(t)
	jobs := prepare(t, a, batchJob)
	res, m, err := a.CheckMatch(context.Background(), jobs[0], extract.Source{Name: "cv.txt", Data: []byte(checkResume)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Job == nil || res.Job.Name != "job1.txt" || res.Job.Score != m.Score || res.Job.Coverage != m.Coverage {
		t.Fatalf("job %+v, match score %.1f", res.Job, m.Score)
	}
	if res.Requirements == nil || res.Requirements != m.Requirements || res.AsOf == "" || res.AsOf != m.AsOf {
		t.Errorf("requirements %p as of %q, match's %p as of %q", res.Requirements, res.AsOf, m.Requirements, m.AsOf)
	}
	if c, err := Check(context.Background(), extract.Source{Name: "cv.txt", Data: []byte(checkResume)}, extract.Limits{}); err != nil || c.Requirements != nil || c.AsOf != "" {
		t.Errorf("check without a job: requirements %v, as of %q, err %v", c.Requirements, c.AsOf, err)
	}
	f := status(t, res.Checks, "job.keywords")
	if f.ID != res.Checks[len(res.Checks)-1].ID {
		t.Error("job.keywords is not the last finding")
	}
	if len(res.Job.TopMissing) == 0 || len(res.Job.TopMissing) > DefaultTopMissing || res.Job.TopMissing[0] != m.Missing[0].Term {
		t.Errorf("top missing %v", res.Job.TopMissing)
	}
	if _, _, err := a.CheckMatch(context.Background(), nil, extract.Source{Name: "cv.txt", Data: []byte(checkResume)}); err == nil {
		t.Error("CheckMatch without a job: no error")
	}
	if _, _, err := a.CheckMatch(context.Background(), jobs[0], extract.Source{Name: "empty.txt"}); err == nil {
		t.Error("an empty resume: no error")
	}
}

// TestRankDocumentKind: a job posting given as a resume is flagged and
// listed after the resumes, however high it scores.
func TestRankDocumentKind(t *testing.T) {
	a := newAnalyzer(t)
	jobs := prepare(t, a, batchJob)
	srcs := []extract.Source{
		{Name: "posting.txt", Data: []byte("We are looking for a backend engineer.\n\n" + batchJob + "\nBenefits\n- Remote work\n\nApply now!")},
		{Name: "cv.txt", Data: []byte(checkResume)},
	}
	var rows []report.BatchRow
	if err := a.Rank(context.Background(), jobs, feed(srcs), RankOptions{Workers: 1}, func(rs []report.BatchRow) { rows = append(rows, rs...) }); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, r := range rows {
		kinds[r.Resume] = r.DocumentKind
	}
	if kinds["posting.txt"] != "job-posting" || kinds["cv.txt"] != "" {
		t.Errorf("kinds %v", kinds)
	}
	if err := report.SortRows(rows, report.SortScore, []string{"job1.txt"}); err != nil {
		t.Fatal(err)
	}
	if rows[0].Resume != "cv.txt" {
		t.Errorf("first row %s (score %.1f), want the resume", rows[0].Resume, rows[0].Score)
	}
}

// TestCheckDOCXHeader: an email only in a Word page header is found but
// flagged, end to end from the DOCX bytes.
func TestCheckDOCXHeader(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range [][2]string{
		{"[Content_Types].xml", `<Types/>`},
		{"word/document.xml", `<w:document ` + ns + `><w:body>` + p("Sam Doe") + p("Experience") + p("Developer, Acme") +
			p("Jan 2021 - Present") + `</w:body></w:document>`},
		{"word/header1.xml", `<w:hdr ` + ns + `>` + p("sam@example.com") + `</w:hdr>`},
	} {
		w, err := zw.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(f[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := Check(context.Background(), extract.Source{Name: "cv.docx", Data: buf.Bytes()}, extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if f := status(t, res.Checks, "contact.email"); f.Status != "warn" || !slices.Equal(f.Lines, []int{1}) {
		t.Errorf("contact.email: %+v", f)
	}
	if f := status(t, res.Checks, "layout.header-footer"); f.Status != "warn" {
		t.Errorf("layout.header-footer: %+v", f)
	}
}
