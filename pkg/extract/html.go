package extract

import (
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lineWriter collects text into lines, collapsing whitespace inside a line
// and keeping at most one blank line in a row.
type lineWriter struct {
	b       strings.Builder
	line    strings.Builder
	blank   bool // last emitted line was blank (or nothing emitted yet)
	started bool
	lines   int // lines emitted
}

func (w *lineWriter) text(s string) {
	if s == "" {
		return
	}
	if isHTMLSpace(s[0]) {
		w.space()
	}
	for i, f := range strings.Fields(s) {
		if i > 0 {
			w.line.WriteByte(' ')
		}
		w.line.WriteString(f)
	}
	// Keep the separating space a later inline element needs ("<b>Go</b> and").
	if isHTMLSpace(s[len(s)-1]) {
		w.space()
	}
}

// space adds one separating space unless the line is empty or has one.
func (w *lineWriter) space() {
	if n := w.line.Len(); n > 0 {
		if c := w.line.String()[n-1]; c != ' ' && c != '\t' {
			w.line.WriteByte(' ')
		}
	}
}

// raw appends s with its spaces as they are (for <pre>).
func (w *lineWriter) raw(s string) { w.line.WriteString(s) }

func (w *lineWriter) rawString() string { return w.line.String() }

// flush ends the current line; an empty line becomes a blank line only when
// force is set and the previous line was not blank.
func (w *lineWriter) flush(force bool) {
	l := strings.TrimSpace(w.line.String())
	w.line.Reset()
	if l == "-" { // an empty list item
		l = ""
	}
	if l == "" {
		if !force || w.blank {
			return
		}
	}
	if w.started {
		w.b.WriteByte('\n')
	}
	w.lines++
	w.b.WriteString(l)
	w.started = true
	w.blank = l == ""
}

func (w *lineWriter) String() string {
	w.flush(false)
	return strings.TrimRight(w.b.String(), "\n")
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// skipped elements hold no visible text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Button: false,
}

// blocks end a line where they open and close.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Tr: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Main: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Form: true,
	atom.Fieldset: true, atom.Address: true, atom.Figure: true, atom.Figcaption: true,
	atom.Caption: true, atom.Title: true, atom.Body: true, atom.Html: true, atom.Summary: true,
	atom.Details: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

// over reports more text than Truncate keeps under lim (bytes bound
// characters from above: four bytes a character at most).
func (w *lineWriter) over(lim Limits) bool {
	return w.b.Len()+w.line.Len() > 4*lim.MaxChars+4 || w.lines > lim.MaxLines
}

// readHTML walks the token stream (no tree: linear memory and time) and
// turns block structure into lines; it stops once it has more text than
// the caps keep.
func readHTML(ctx context.Context, text string, lim Limits) (*Document, error) {
	lim = lim.withDefaults()
	z := html.NewTokenizer(strings.NewReader(text))
	z.SetMaxBuf(0)
	var w lineWriter
	skip := 0 // depth inside skipped elements
	inTitle := false
	pre := 0
	cells := 0  // cells written in the current table row
	tables := 0 // open tables: nested ones are not counted apart
	var lay Layout
	for n := 0; ; n++ {
		if n&1023 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if w.over(lim) {
			return &Document{Format: FormatHTML, Text: w.String(), Confidence: 1}, nil
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return &Document{Format: FormatHTML, Text: w.String(), Confidence: 1, Layout: lay}, nil
		case html.TextToken:
			if skip > 0 && !inTitle {
				continue
			}
			if pre > 0 {
				for i, part := range strings.Split(string(z.Text()), "\n") {
					if i > 0 {
						w.flush(true)
					}
					w.raw(part)
				}
				continue
			}
			w.text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := tt != html.EndTagToken
			if a == atom.Title && skip > 0 {
				// The title is the one part of <head> worth keeping.
				inTitle = start && tt == html.StartTagToken
				if !start {
					w.flush(false)
				}
				continue
			}
			if skipped[a] {
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			}
			if skip > 0 {
				continue
			}
			if tt != html.EndTagToken {
				switch a {
				case atom.Img:
					lay.Images++
				case atom.Table:
					if tables == 0 {
						lay.Tables++
					}
				}
			}
			if a == atom.Table {
				if tt == html.StartTagToken {
					tables++
				} else if tt == html.EndTagToken && tables > 0 {
					tables--
				}
			}
			switch a {
			case atom.Br:
				w.flush(true)
			case atom.Td, atom.Th:
				if start {
					if cells > 0 && strings.TrimSpace(w.rawString()) != "" {
						w.raw(" | ")
					}
					cells++
				}
			case atom.Tr:
				cells = 0
				w.flush(false)
			case atom.Pre:
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
				w.flush(false)
			case atom.Li:
				w.flush(false)
				if start {
					w.raw("- ")
				}
			default:
				if blocks[a] {
					w.flush(false)
				}
			}
		}
	}
}
