package extract

// Layout counts pictures and tables and marks the lines that came from
// page headers, footers and text boxes. A reader fills what its format
// tells it: DOCX and ODT all of it, HTML pictures and tables, PDF
// pictures; the rest is zero.
type Layout struct {
	Images  int      // pictures drawn (a picture drawn on every page counts once)
	Tables  int      // tables, nested ones not counted apart
	Regions []Region // in line order
}

// Region kinds.
const (
	RegionHeader  = "header"
	RegionFooter  = "footer"
	RegionTextBox = "text box"
)

// Region is a run of lines of Text that came from a page header, a footer
// or a text box rather than the body.
type Region struct {
	Kind     string // RegionHeader, RegionFooter or RegionTextBox
	From, To int    // 1-based lines, inclusive
}

// clip keeps the regions inside a text of n lines, once Truncate has cut
// it.
func (l *Layout) clip(n int) {
	out := l.Regions[:0]
	for _, r := range l.Regions {
		if r.From > n {
			continue
		}
		r.To = min(r.To, n)
		out = append(out, r)
	}
	if len(out) == 0 {
		out = nil
	}
	l.Regions = out
}
