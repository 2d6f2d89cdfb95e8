package check

import (
	"strings"
	"testing"
)

func pdf(mod func(*Layout)) Layout {
	l := Layout{Format: "pdf", Pages: 1, Bytes: 80 << 10, Confidence: 1}
	mod(&l)
	return l
}

func TestLayout(t *testing.T) {
	same := func(*Layout) {}
	tests := []struct {
		id      string
		good    Layout
		bad     Layout
		status  Status
		message string
	}{
		{"layout.confidence", pdf(same), pdf(func(l *Layout) { l.Confidence = 0.8 }), Warn, "20% of the glyphs come from fonts without a Unicode map"},
		{"layout.confidence", pdf(same), pdf(func(l *Layout) { l.Confidence = 0.3 }), Fail, "garbled"},
		{"layout.columns", pdf(func(l *Layout) { l.Warnings = []string{"stopped after 200 pages"} }),
			pdf(func(l *Layout) { l.Warnings = []string{"two-column layout reordered"} }), Warn, "interleave"},
		{"layout.tables", pdf(same), pdf(func(l *Layout) { l.Tables = 2 }), Warn, "2 tables"},
		{"layout.images", pdf(same), pdf(func(l *Layout) { l.Images = 1 }), Warn, "1 picture"},
		{"layout.pages", pdf(func(l *Layout) { l.Pages = 2 }), pdf(func(l *Layout) { l.Pages = 4 }), Warn, "4 pages"},
		{"layout.file", pdf(same), pdf(func(l *Layout) { l.Bytes = 3 << 20 }), Warn, "3.0 MB"},
		{"layout.file", pdf(func(l *Layout) { l.Format = "docx" }), pdf(func(l *Layout) { l.Bytes = 6 << 20 }), Fail, "over 5 MB"},
		{"layout.file", pdf(func(l *Layout) { l.Format = "text" }), pdf(func(l *Layout) { l.Format = "odt" }), Warn, "only PDF or DOCX"},
		{"layout.header-footer", pdf(same), pdf(func(l *Layout) {
			l.Format = "docx"
			l.Regions = []Region{{RegionHeader, 1, 1}, {RegionTextBox, 4, 5}}
		}), Warn, "headers and text boxes"},
	}
	for _, tt := range tests {
		expect(t, findings(t, resume, tt.good), tt.id, Pass, "")
		expect(t, findings(t, resume, tt.bad), tt.id, tt.status, tt.message)
	}
}

func TestLayoutMarkdownTable(t *testing.T) {
	text := resume + "\n| Skill | Years |\n| --- | --- |\n| Go | 5 |"
	expect(t, findings(t, text, Layout{Format: "markdown", Confidence: 1}), "layout.tables", Warn, "1 table", 24, 25, 26)
}

// TestLayoutGlyphs reads the text as read: icon fonts' private-use
// glyphs and U+FFFD are gone from the normalised lines.
func TestLayoutGlyphs(t *testing.T) {
	lines := strings.Split(resume, "\n")
	raw := append([]string(nil), lines...)
	raw[1] = "\uf0e0 dana.k@example.com · ☎ +48 601 234 567"
	raw[13] = "- Cut deployment time \U0001F680 from an hour"
	r := Run(Doc{Lines: lines, Raw: raw, Layout: Layout{Format: "pdf", Confidence: 1}})
	fs := map[string]Finding{}
	for _, f := range r.Findings {
		fs[f.ID] = f
	}
	expect(t, fs, "layout.glyphs", Warn, "U+F0E0", 2, 14)
	// Bullets and arrows people type are fine.
	raw = append([]string(nil), lines...)
	raw[12] = "• ✓ ➤ – Built the API"
	r = Run(Doc{Lines: lines, Raw: raw, Layout: Layout{Format: "pdf", Confidence: 1}})
	for _, f := range r.Findings {
		if f.ID == "layout.glyphs" && f.Status != Pass {
			t.Errorf("bullets flagged: %s", f.Message)
		}
	}
}
