package check

// Layout: what the reader learned of the file beyond its text (parse
// confidence, columns, tables, pictures, headers and footers, pages, size
// and type) and the glyphs an ATS cannot read.

import (
	"fmt"
	"strings"
	"unicode"
)

// Layout thresholds.
const (
	goodConfidence = 0.9 // below: some glyphs had no Unicode map
	badConfidence  = 0.6 // below: the text is likely garbled
	maxPages       = 2
	bigFile        = 1 << 20 // a resume's text is a few KiB; most of a big file is pictures or fonts
	hugeFile       = 5 << 20 // many ATS upload forms stop at 5 MB
)

// columnsWarning is the PDF reader's warning for a two-column page.
const columnsWarning = "two-column layout reordered"

func layoutFindings(v *view) []Finding {
	return []Finding{
		v.confidenceFinding(),
		v.columnsFinding(),
		v.tablesFinding(),
		v.imagesFinding(),
		v.regionsFinding(),
		v.glyphsFinding(),
		v.pagesFinding(),
		v.fileFinding(),
	}
}

func (v *view) confidenceFinding() Finding {
	const id = "layout.confidence"
	c := v.d.Layout.Confidence
	msg := fmt.Sprintf("parse confidence %.2f", c)
	if v.d.Layout.Format == "pdf" && c < 1 {
		msg += fmt.Sprintf(": %.0f%% of the glyphs come from fonts without a Unicode map", (1-c)*100)
	}
	switch {
	case c < badConfidence:
		return Finding{ID: id, Status: Fail, Message: msg,
			Fix: "export the PDF again from the word processor (Save as PDF, fonts embedded) or upload the DOCX: an ATS reads this text garbled"}
	case c < goodConfidence:
		return Finding{ID: id, Status: Warn, Message: msg,
			Fix: "export the PDF again from the word processor with standard fonts: some words will not reach the ATS"}
	}
	return Finding{ID: id, Status: Pass, Message: msg}
}

func (v *view) columnsFinding() Finding {
	const id = "layout.columns"
	for _, w := range v.d.Layout.Warnings {
		if w == columnsWarning {
			return Finding{ID: id, Status: Warn, Message: "two columns side by side: many ATS parsers read across them and interleave the lines",
				Fix: "use one column: put the side column's skills and contact details in sections of their own"}
		}
	}
	return Finding{ID: id, Status: Pass, Message: "one column"}
}

func (v *view) tablesFinding() Finding {
	const id = "layout.tables"
	n := v.d.Layout.Tables
	var rows []int
	if v.d.Layout.Format == "markdown" {
		for i, l := range v.d.Lines {
			t := strings.TrimSpace(l)
			if strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 3 {
				rows = append(rows, i)
			}
		}
		if len(rows) > 0 && n == 0 {
			n = 1
		}
	}
	if n == 0 {
		return Finding{ID: id, Status: Pass, Message: "no tables"}
	}
	return Finding{ID: id, Status: Warn, Message: fmt.Sprintf("%d %s: many ATS parsers read a table's cells out of order or not at all", n, plural(n, "table", "tables")),
		Lines: lineNumbers(rows), Fix: "write the table's content as plain lines or bullets"}
}

func (v *view) imagesFinding() Finding {
	const id = "layout.images"
	n := v.d.Layout.Images
	if n == 0 {
		return Finding{ID: id, Status: Pass, Message: "no pictures"}
	}
	return Finding{ID: id, Status: Warn, Message: fmt.Sprintf("%d %s: an ATS reads no text inside a picture (logos, skill bars, icons, a photo)", n, plural(n, "picture", "pictures")),
		Fix: "write as text whatever a picture says (skill levels, contact icons); leave out a photo unless the country expects one"}
}

func (v *view) regionsFinding() Finding {
	const id = "layout.header-footer"
	var idx []int
	kinds := map[string]bool{}
	var order []string
	for i, k := range v.region {
		if k == "" || strings.TrimSpace(v.d.Lines[i]) == "" {
			continue
		}
		idx = append(idx, i)
		if !kinds[k] {
			kinds[k] = true
			order = append(order, k)
		}
	}
	if len(idx) == 0 {
		msg := "no text in page headers, footers or text boxes"
		if v.d.Layout.Format == "pdf" {
			msg = "no headers or footers to drop: a PDF's header and footer text is read as body text"
		}
		return Finding{ID: id, Status: Pass, Message: msg}
	}
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("%d %s of text in %s, which many ATS parsers drop", len(idx), plural(len(idx), "line", "lines"), joinOr(order)),
		Lines:   lineNumbers(idx),
		Fix:     "move the text into the body of the document"}
}

func joinOr(kinds []string) string {
	var out []string
	for _, k := range kinds {
		if strings.HasSuffix(k, "x") {
			out = append(out, k+"es")
		} else {
			out = append(out, k+"s")
		}
	}
	if len(out) <= 1 {
		return strings.Join(out, "")
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

// glyphsFinding looks in the text as read, before normalising, for what
// an ATS cannot read: icon-font glyphs (private use), replacement
// characters (undecodable bytes) and pictographs (emoji, dingbats).
func (v *view) glyphsFinding() Finding {
	const id = "layout.glyphs"
	var idx []int
	var sample []string
	for i, l := range v.d.Raw {
		found := false
		for _, r := range l {
			if unusualGlyph(r) {
				found = true
				if len(sample) < maxCited {
					sample = append(sample, fmt.Sprintf("U+%04X", r))
				}
			}
		}
		if found {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return Finding{ID: id, Status: Pass, Message: "no icon glyphs, emoji or unreadable characters"}
	}
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("%d %s with icon glyphs, emoji or unreadable characters (%s)", len(idx), plural(len(idx), "line", "lines"), strings.Join(sample, ", ")),
		Lines:   lineNumbers(idx),
		Fix:     `replace icons with words ("Email:", "Phone:") and use plain bullets (•, -)`}
}

// unusualGlyph: a private-use code point (icon fonts), U+FFFD, or a
// pictograph; the common bullets and arrows are fine.
func unusualGlyph(r rune) bool {
	switch {
	case r == '\uFFFD':
		return true
	case unicode.Is(unicode.Co, r):
		return true
	case r >= 0x1F000 && r <= 0x1FAFF: // emoji and pictographs
		return true
	case r >= 0x2700 && r <= 0x27BF: // dingbats, bar the bullets and arrows people type
		return !strings.ContainsRune("✓✔➢➤➔➜❖✦✧❯", r)
	case r >= 0x2600 && r <= 0x26FF: // miscellaneous symbols: ☎ ☆ ⚡
		return true
	}
	return false
}

func (v *view) pagesFinding() Finding {
	const id = "layout.pages"
	p := v.d.Layout.Pages
	switch {
	case p == 0:
		return Finding{ID: id, Status: Pass, Message: v.d.Layout.Format + " has no pages"}
	case p > maxPages:
		return Finding{ID: id, Status: Warn, Message: fmt.Sprintf("%d pages: one or two is usual", p),
			Fix: "cut to two pages: older roles in a line each, duties this job does not ask for out"}
	}
	return Finding{ID: id, Status: Pass, Message: fmt.Sprintf("%d %s", p, plural(p, "page", "pages"))}
}

// fileFinding: PDF and DOCX are what ATS upload forms take everywhere;
// plain text mostly; the others often not.
func (v *view) fileFinding() Finding {
	const id = "layout.file"
	l := v.d.Layout
	size := humanBytes(l.Bytes)
	msg := fmt.Sprintf("%s, %s", l.Format, size)
	switch {
	case l.Bytes > hugeFile:
		return Finding{ID: id, Status: Fail, Message: msg + ": over 5 MB, which many ATS upload forms refuse",
			Fix: "save it again without pictures or with compressed ones; a resume's text needs a few hundred KB at most"}
	case l.Format != "pdf" && l.Format != "docx" && l.Format != "text":
		return Finding{ID: id, Status: Warn, Message: msg + ": many ATS upload forms take only PDF or DOCX",
			Fix: "upload it as DOCX or as a PDF exported from a word processor"}
	case l.Bytes > bigFile:
		return Finding{ID: id, Status: Warn, Message: msg + ": large for a resume, most of it pictures or fonts",
			Fix: "save it again without pictures or with compressed ones"}
	}
	return Finding{ID: id, Status: Pass, Message: msg}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+512)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
