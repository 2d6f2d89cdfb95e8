package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// Zip-bomb guards: a resume's XML is well under a megabyte.
const maxZipEntries = 10000

// maxUnzippedBytes caps decompressed bytes read from one DOCX; a variable so
// tests can lower it.
var maxUnzippedBytes int64 = 64 << 20

// readZip reads a DOCX; other zip-based formats are refused with a cause.
func readZip(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: bad zip: %v", ErrMalformed, err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, fmt.Errorf("%w: zip has %d entries", ErrTooLarge, len(zr.File))
	}
	var body *zip.File
	var headers, footers, notes []*zip.File
	names := map[string]bool{}
	for _, f := range zr.File {
		names[f.Name] = true
		dir, base := path.Split(f.Name)
		if dir != "word/" {
			continue
		}
		switch {
		case base == "document.xml":
			body = f
		case strings.HasPrefix(base, "header") && strings.HasSuffix(base, ".xml"):
			headers = append(headers, f)
		case strings.HasPrefix(base, "footer") && strings.HasSuffix(base, ".xml"):
			footers = append(footers, f)
		case base == "footnotes.xml" || base == "endnotes.xml":
			notes = append(notes, f)
		}
	}
	if body == nil {
		switch {
		case names["content.xml"] && names["mimetype"]:
			return readODT(ctx, zr, lim)
		case names["xl/workbook.xml"]:
			return nil, fmt.Errorf("%w: spreadsheet, not a document", ErrUnsupported)
		case names["ppt/presentation.xml"]:
			return nil, fmt.Errorf("%w: presentation: save it as PDF", ErrUnsupported)
		case names["[Content_Types].xml"] || names["word/"]:
			return nil, fmt.Errorf("%w: Word file without word/document.xml", ErrMalformed)
		}
		return nil, fmt.Errorf("%w: zip archive, not a document", ErrUnsupported)
	}
	byName := func(fs []*zip.File) {
		sort.Slice(fs, func(i, j int) bool { return fs[i].Name < fs[j].Name })
	}
	byName(headers)
	byName(footers)
	byName(notes)

	d := newDocxReader(ctx, lim)
	parts := append(append(append(headers, body), notes...), footers...)
	var declared uint64
	for _, f := range parts {
		declared += f.UncompressedSize64
	}
	// Honest headers let a bomb be refused before inflating anything; the
	// budget in countingReader catches lying ones.
	if declared > uint64(maxUnzippedBytes) {
		return nil, fmt.Errorf("%w: %d MiB decompressed (zip bomb?)", ErrTooLarge, declared>>20)
	}
	seen := map[string]bool{} // headers often repeat (first page, default)
	kind := map[*zip.File]string{}
	for _, f := range headers {
		kind[f] = RegionHeader
	}
	for _, f := range footers {
		kind[f] = RegionFooter
	}
	for _, f := range parts {
		if d.cut {
			break // the text is over its caps: Truncate says so
		}
		before, boxes := len(d.lines), len(d.boxLines)
		if err := d.part(f); err != nil {
			if f != body && !errors.Is(err, ErrTooLarge) && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
				d.warn("skipped damaged " + f.Name)
				d.lines, d.boxLines = d.lines[:before], d.boxLines[:boxes]
				continue
			}
			return nil, err
		}
		if f != body {
			key := strings.Join(d.lines[before:], "\n")
			if seen[key] {
				d.lines, d.boxLines = d.lines[:before], d.boxLines[:boxes]
			}
			seen[key] = true
			if k := kind[f]; k != "" && len(d.lines) > before {
				d.regions = append(d.regions, lineRun{k, before, len(d.lines) - 1})
			}
		}
	}
	text := strings.Join(d.lines, "\n")
	return &Document{Format: FormatDOCX, Text: text, Confidence: 1, Warnings: d.warnings, Layout: d.layout()}, nil
}

// lineRun is a region of d.lines by index, both ends included.
type lineRun struct {
	kind     string
	from, to int
}

// layout turns the counts and the runs of d.lines into a Layout whose
// regions are lines of the joined text (a paragraph may hold a newline or
// a carriage return, which Extract folds into one).
func (d *docxReader) layout() Layout {
	l := Layout{Images: d.images, Tables: d.tables}
	runs := append([]lineRun(nil), d.regions...)
	for _, i := range d.boxLines {
		if n := len(runs); n > 0 && runs[n-1].kind == RegionTextBox && runs[n-1].to == i-1 {
			runs[n-1].to = i
			continue
		}
		runs = append(runs, lineRun{RegionTextBox, i, i})
	}
	if len(runs) == 0 {
		return l
	}
	// first[i] is the 1-based text line d.lines[i] starts on.
	first := make([]int, len(d.lines)+1)
	first[0] = 1
	for i, s := range d.lines {
		first[i+1] = first[i] + 1 + strings.Count(foldBreaks(s), "\n")
	}
	for _, r := range runs {
		l.Regions = append(l.Regions, Region{Kind: r.kind, From: first[r.from], To: first[r.to+1] - 1})
	}
	sort.SliceStable(l.Regions, func(i, j int) bool { return l.Regions[i].From < l.Regions[j].From })
	return l
}

// docxReader turns WordprocessingML into lines with a streaming decoder.
type docxReader struct {
	ctx      context.Context
	odt      bool  // OpenDocument content.xml: text sits directly in text:p
	budget   int64 // decompressed bytes left
	lines    []string
	warnings []string
	// chars counts the text read; once it or the lines are over the caps
	// (or one run of text is longer than any the caps keep), reading stops
	// and cut is set: Truncate then cuts exactly and warns.
	chars              int
	maxChars, maxLines int
	maxRun             int // bytes of one text run (no '<') read at most
	cut                bool
	// What the layout check needs: pictures, tables, and which lines
	// came from headers, footers (regions) and text boxes (boxLines,
	// indexes into lines).
	images, tables int
	box            int // depth inside w:txbxContent
	boxLines       []int
	regions        []lineRun
}

// add appends a line, marking it when it comes from a text box.
func (d *docxReader) add(s string) {
	if d.box > 0 {
		d.boxLines = append(d.boxLines, len(d.lines))
	}
	d.lines = append(d.lines, s)
}

func newDocxReader(ctx context.Context, lim Limits) *docxReader {
	lim = lim.withDefaults()
	return &docxReader{ctx: ctx, budget: maxUnzippedBytes, maxChars: lim.MaxChars, maxLines: lim.MaxLines,
		maxRun: 4*lim.MaxChars + 4}
}

// full reports more text than Truncate keeps.
func (d *docxReader) full() bool { return d.chars > d.maxChars || len(d.lines) > d.maxLines }

func (d *docxReader) warn(s string) {
	for _, w := range d.warnings {
		if w == s {
			return
		}
	}
	d.warnings = append(d.warnings, s)
}

// countingReader charges decompressed bytes against the shared budget,
// and ends the part (io.EOF, with d.cut set) once the text is over its
// caps or one text run is longer than the caps keep: the XML decoder holds
// a whole run in memory, and a 63 MB paragraph inflates from 60 KB.
type countingReader struct {
	r   io.Reader
	d   *docxReader
	run int // bytes since the last '<'
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.d.full() {
		c.d.cut = true
	}
	if c.d.cut {
		return 0, io.EOF
	}
	if c.d.budget <= 0 {
		return 0, fmt.Errorf("%w: over %d MiB decompressed (zip bomb?)", ErrTooLarge, maxUnzippedBytes>>20)
	}
	if int64(len(p)) > c.d.budget {
		p = p[:c.d.budget]
	}
	n, err := c.r.Read(p)
	c.d.budget -= int64(n)
	for i, b := range p[:n] {
		if b == '<' {
			c.run = 0
			continue
		}
		if c.run++; c.run > c.d.maxRun {
			c.d.cut = true
			return i, io.EOF
		}
	}
	return n, err
}

// para is one paragraph (or table cell) being built.
type para struct {
	b      strings.Builder
	bullet bool
}

// part reads one XML part. Paragraphs become lines; table cells of a row are
// joined with " | "; text boxes become lines of their own; mc:Fallback
// (a VML copy of the same text box) is skipped.
func (d *docxReader) part(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformed, f.Name, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&countingReader{r: rc, d: d})
	dec.Strict = false
	dec.Entity = xml.HTMLEntity

	var (
		stack  []*para    // open paragraphs; text boxes nest inside runs
		rows   [][]string // open table rows' cells (nested tables stack)
		inText bool
		bullet bool // ODT: the next paragraph opens a list item
		skip   int  // depth inside ignored subtrees
	)
	cur := func() *para {
		if len(stack) == 0 {
			stack = append(stack, &para{}) // text outside a paragraph
		}
		return stack[len(stack)-1]
	}
	emit := func(p *para) {
		s := strings.TrimSpace(p.b.String())
		if p.bullet && s != "" {
			s = "- " + s
		}
		if len(rows) > 0 && len(stack) <= 1 {
			// Inside a cell: paragraphs join the cell text.
			r := rows[len(rows)-1]
			if len(r) == 0 {
				r = append(r, "")
			}
			if s != "" {
				if r[len(r)-1] != "" {
					r[len(r)-1] += " "
				}
				r[len(r)-1] += s
			}
			rows[len(rows)-1] = r
			return
		}
		d.add(s)
	}
	for n := 0; ; n++ {
		if n&4095 == 0 && d.ctx.Err() != nil {
			return d.ctx.Err()
		}
		tok, err := dec.Token()
		if err == io.EOF || (err != nil && d.cut) {
			break // a part cut inside an element keeps its text so far
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return err
			}
			return fmt.Errorf("%w: %s: %v", ErrMalformed, f.Name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			local := d.local(t.Name)
			if local == "list-item" {
				bullet = true
			}
			switch local {
			case "txbxContent", "text-box":
				d.box++
			case "pic", "imagedata", "image":
				d.images++
			case "tbl", "table":
				if len(rows) == 0 {
					d.tables++
				}
			}
			switch local {
			case "Fallback", "delText", "instrText", "del":
				skip = 1
			case "p":
				stack = append(stack, &para{bullet: bullet})
				bullet = false
			case "space":
				cur().b.WriteByte(' ')
			case "t":
				inText = true
			case "tab", "ptab":
				cur().b.WriteByte('\t')
			case "br", "cr":
				if p := cur(); len(rows) == 0 || len(stack) > 1 {
					emit(p)
					p.b.Reset()
					p.bullet = false
				} else {
					p.b.WriteByte(' ')
				}
			case "noBreakHyphen":
				cur().b.WriteByte('-')
			case "numPr":
				cur().bullet = true
			case "tr":
				rows = append(rows, nil)
			case "tc":
				if len(rows) > 0 {
					rows[len(rows)-1] = append(rows[len(rows)-1], "")
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			switch d.local(t.Name) {
			case "txbxContent", "text-box":
				d.box = max(d.box-1, 0)
			case "t":
				inText = false
			case "p":
				if len(stack) > 0 {
					p := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					emit(p)
				}
			case "tr":
				if len(rows) > 0 {
					r := rows[len(rows)-1]
					rows = rows[:len(rows)-1]
					var cells []string
					for _, c := range r {
						if c != "" {
							cells = append(cells, c)
						}
					}
					line := strings.Join(cells, " | ")
					if len(rows) > 0 {
						// A nested table's row folds into the outer cell.
						p := &para{}
						p.b.WriteString(line)
						emit(p)
					} else {
						d.add(line)
					}
				}
			}
		case xml.CharData:
			if skip == 0 && (inText || (d.odt && len(stack) > 0)) {
				cur().b.Write(t)
				d.chars += utf8.RuneCount(t)
			}
		}
	}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		emit(p)
	}
	return nil
}

// odtNames maps OpenDocument element names onto the WordprocessingML ones
// part understands, so one walker serves both formats.
var odtNames = map[string]string{
	"h": "p", "line-break": "br", "table-row": "tr", "table-cell": "tc", "s": "space",
	"tracked-changes": "del", "annotation": "del", "note-citation": "del",
}

func (d *docxReader) local(n xml.Name) string {
	if d.odt {
		if m, ok := odtNames[n.Local]; ok {
			return m
		}
		if n.Local == "t" {
			return "" // no w:t wrapper in ODT
		}
	}
	return n.Local
}

// readODT reads an OpenDocument text file's content.xml.
func readODT(ctx context.Context, zr *zip.Reader, lim Limits) (*Document, error) {
	var content, mimetype *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "content.xml":
			content = f
		case "mimetype":
			mimetype = f
		}
	}
	// Spreadsheets and presentations share the layout; only text is read.
	if mt := readSmall(mimetype, 128); !strings.HasPrefix(mt, "application/vnd.oasis.opendocument.text") {
		return nil, fmt.Errorf("%w: OpenDocument %q is not a text document", ErrUnsupported, mt)
	}
	if content.UncompressedSize64 > uint64(maxUnzippedBytes) {
		return nil, fmt.Errorf("%w: %d MiB decompressed (zip bomb?)", ErrTooLarge, content.UncompressedSize64>>20)
	}
	d := newDocxReader(ctx, lim)
	d.odt = true
	if err := d.part(content); err != nil {
		return nil, err
	}
	return &Document{Format: FormatODT, Text: strings.Join(d.lines, "\n"), Confidence: 1, Warnings: d.warnings, Layout: d.layout()}, nil
}

// readSmall returns up to n bytes of f, or "" when it cannot be read.
func readSmall(f *zip.File, n int64) string {
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, n))
	return strings.TrimSpace(string(b))
}
