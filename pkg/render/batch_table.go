package render

// The table format, rank's terminal view. Columns are laid out by
// go-pretty (display widths, multi-line cells, ANSI-aware padding); what
// fits where is decided here: on a terminal (Options.Width) the table
// keeps to the width by wrapping the missing terms between terms and
// cutting file names in the middle, never a term; off a terminal nothing
// is cut.

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/fatih/color"
	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/jedib0t/go-pretty/v6/text"
)

func writeBatchTable(w io.Writer, res *report.BatchResult, o BatchOptions) error {
	if o.RowsOnly && len(res.Rows) == 0 {
		return nil
	}
	bw := bufio.NewWriter(w)
	e := &errWriter{w: bw}
	var pal *palette // colour the scores on a terminal only
	if o.Color {
		p := newPalette(true)
		pal = &p
	}
	e.printf("%s\n", rowsTable(res.Rows, o.Width, pal))
	if o.RowsOnly {
		if e.err != nil {
			return e.err
		}
		return bw.Flush()
	}
	s := res.Summary
	e.printf("\n%s\n", countsLine(s))
	if len(s.Jobs) > 1 {
		writeJobsTable(e, s, o.Width, pal)
	} else {
		writeTableStats(e, s)
	}
	if !res.Complete {
		e.printf("\n%s\n", partialNote)
	}
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

// rowsTable is the ranked rows. On a terminal too narrow for every column
// the HARD and SOFT sub-scores go first (they are in every other format).
func rowsTable(rows []report.BatchRow, width int, pal *palette) string {
	head := []string{"RANK", "RESUME", "JOB", "SCORE", "HARD", "SOFT", "TOP MISSING"}
	cols := []colFit{{}, {name: true}, {name: true}, {score: true}, {}, {}, {terms: true}}
	cells := make([][]string, len(rows))
	prose := make([]bool, len(rows))
	rk := ranks(rows)
	for i, r := range rows {
		score, hard, soft := "-", "-", "-"
		if r.Error == nil {
			score, hard, soft = fmt1(r.Score), fmt1(r.Subscores.Hard), fmt1(r.Subscores.Soft)
		}
		cells[i] = []string{rk[i], tabSafe(r.Resume), tabSafe(r.Job), score, hard, soft, tabSafe(missingCell(r))}
		prose[i] = r.Error != nil || r.DocumentKind != ""
	}
	if _, over := fitWidths(head, cells, cols, prose, width); over > 0 {
		drop := func(c []string) []string { return append(c[:4:4], c[6:]...) }
		head = drop(head)
		cols = append(cols[:4:4], cols[6:]...)
		for i := range cells {
			cells[i] = drop(cells[i])
		}
	}
	return fitTable(head, cells, cols, prose, width, pal)
}

// writeTableStats is a single job's summary: the scores, their
// distribution as bars, and the terms most often missing.
func writeTableStats(e *errWriter, s report.BatchSummary) {
	if s.Scored > 0 {
		e.printf("Scores: mean %s, median %s, min %s, max %s\n\nDistribution:\n", fmt1(s.Mean), fmt1(s.Median), fmt1(s.Min), fmt1(s.Max))
		most := 0
		for _, b := range s.Histogram {
			most = max(most, b.Count)
		}
		for _, b := range s.Histogram {
			bar := 0
			if most > 0 {
				bar = (b.Count*30 + most - 1) / most
			}
			e.printf("  %3d-%-3d %-30s %d\n", b.From, bucketTop(b), strings.Repeat("#", bar), b.Count)
		}
	}
	if len(s.CommonMissing) > 0 {
		e.printf("\nMost often missing (what to teach):\n")
		for _, t := range s.CommonMissing {
			e.printf("  %-30s %d\n", tabSafe(t.Term), t.Count)
		}
	}
}

// writeJobsTable is the summary of several jobs: each job's scores and
// bands, its most often missing terms, and the resume × job matrix.
func writeJobsTable(e *errWriter, s report.BatchSummary, width int, pal *palette) {
	head := append([]string{"JOB", "SCORED", "MEAN", "MEDIAN", "MIN", "MAX"}, bandHeads...)
	var rows [][]string
	cols := []colFit{{name: true}}
	for _, j := range s.ByJob {
		rows = append(rows, safeCells(jobCells(j)))
	}
	e.printf("\nBy job:\n%s\n", fitTable(head, rows, cols, nil, width, pal))
	e.printf("\nMost often missing, by job (what to teach):\n")
	for _, j := range s.ByJob {
		terms := termCounts(j.CommonMissing)
		if terms == "" {
			terms = "-"
		}
		line := tabSafe(j.Job) + ": " + tabSafe(terms)
		if width > 0 { // between terms, the lines after the first indented
			line = strings.ReplaceAll(wrapUnits(line, width-4, ", "), "\n", "\n    ")
		}
		e.printf("  %s\n", line)
	}
	if len(s.BestJobs) == 0 {
		return
	}
	head = safeCells(append(append([]string{"RESUME"}, s.Jobs...), "BEST JOB "+floorLabel(s)))
	rows = rows[:0]
	cols = []colFit{{name: true}}
	for range s.Jobs {
		cols = append(cols, colFit{score: true})
	}
	cols = append(cols, colFit{name: true})
	for _, b := range s.BestJobs {
		rows = append(rows, safeCells(matrixCells(b, len(s.Jobs))))
	}
	e.printf("\nResume x job:\n%s\n", fitTable(head, rows, cols, nil, width, pal))
}

// colFit says how a column may give up width: a name is cut in the middle,
// a terms cell wraps between terms; a score is coloured by its band.
type colFit struct{ name, terms, score bool }

// Two spaces between columns, as the table always had; narrower than
// minName a cut name says too little.
const (
	colGap  = 2
	minName = 12
)

// fitTable lays out head and rows in aligned columns, within width when it
// is above 0, scores coloured with pal unless it is nil. Every cell must
// already be terminal-safe.
func fitTable(head []string, rows [][]string, cols []colFit, prose []bool, width int, pal *palette) string {
	t := table.NewWriter()
	st := table.StyleDefault
	st.Box.PaddingLeft, st.Box.PaddingRight = "", strings.Repeat(" ", colGap)
	st.Options = table.Options{}
	st.Format.Header = text.FormatDefault
	t.SetStyle(st)
	t.SuppressTrailingSpaces()
	limits, _ := fitWidths(head, rows, cols, prose, width)
	t.AppendHeader(rowOf(head))
	for k, r := range rows {
		r = slices.Clone(r)
		for i := range r {
			// A terms cell wraps here, where it is known whether it is a
			// list (between terms) or a message (between words).
			if i < len(cols) && cols[i].terms && limits[i] > 0 {
				r[i] = wrapUnits(r[i], limits[i], unitSep(prose, k))
			}
		}
		t.AppendRow(rowOf(r))
	}
	var cfg []table.ColumnConfig
	for i := range head {
		c := table.ColumnConfig{Number: i + 1}
		var f colFit
		if i < len(cols) {
			f = cols[i]
		}
		if lim := limits[i]; lim > 0 && f.name {
			c.WidthMax, c.WidthMaxEnforcer = lim, cutMiddle
		}
		if f.score && pal != nil {
			c.Transformer = func(v any) string { return bandColor(*pal, v) }
		}
		cfg = append(cfg, c)
	}
	t.SetColumnConfigs(cfg)
	return t.Render()
}

func rowOf(cells []string) table.Row {
	r := make(table.Row, len(cells))
	for i, c := range cells {
		r[i] = c
	}
	return r
}

// bandColor colours a score cell green, amber or red as the match report
// does; a cell that is no number ("-") stays as it is.
func bandColor(pal palette, v any) string {
	s, _ := v.(string)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	var c *color.Color
	switch {
	case f >= bandGood:
		c = pal.good
	case f >= bandFair:
		c = pal.warn
	default:
		c = pal.bad
	}
	return c.Sprint(s)
}

// fitWidths gives each column its width limit (0: none) and says by how
// many columns the table is still too wide. Within width the terms column
// wraps first, down to its widest term (30 columns at least); then the
// name columns are cut, the widest first, to no less than minName; then
// the terms column wraps down to 16. A term wider than its column is never
// cut: it has a line of its own, which may be wider.
func fitWidths(head []string, rows [][]string, cols []colFit, prose []bool, width int) ([]int, int) {
	n := len(head)
	limits := make([]int, n)
	if width <= 0 {
		return limits, 0
	}
	natural := make([]int, n)
	longestUnit := 0 // the widest term (or word of a message), with its comma
	for k, r := range append([][]string{head}, rows...) {
		for i := 0; i < n && i < len(r); i++ {
			natural[i] = max(natural[i], text.StringWidthWithoutEscSequences(r[i]))
			if k > 0 && i < len(cols) && cols[i].terms {
				for _, u := range strings.Split(r[i], unitSep(prose, k-1)) {
					longestUnit = max(longestUnit, text.StringWidthWithoutEscSequences(u)+1)
				}
			}
		}
	}
	total := colGap * (n - 1)
	for _, w := range natural {
		total += w
	}
	over := total - width
	shrinkTerms := func(floor int) {
		for i := range n {
			if i < len(cols) && cols[i].terms && over > 0 {
				cur := widthOf(natural, limits, i)
				if give := min(over, cur-floor); give > 0 {
					limits[i] = cur - give
					over -= give
				}
			}
		}
	}
	shrinkTerms(max(30, longestUnit))
	// Names: take from the widest first, one column at a time.
	for over > 0 {
		widest := -1
		for i := range n {
			if i < len(cols) && cols[i].name && widthOf(natural, limits, i) > minName && (widest < 0 || widthOf(natural, limits, i) > widthOf(natural, limits, widest)) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		limits[widest] = widthOf(natural, limits, widest) - 1
		over--
	}
	shrinkTerms(16)
	return limits, max(over, 0)
}

func widthOf(natural, limits []int, i int) int {
	if limits[i] > 0 {
		return limits[i]
	}
	return natural[i]
}

// cutMiddle shortens a name to width display columns by dropping its
// middle, "cv/very-lo…resume.pdf", so the folder and the extension show.
func cutMiddle(s string, width int) string {
	if text.StringWidthWithoutEscSequences(s) <= width || width <= 1 {
		return s
	}
	runes := []rune(s)
	keep := width - 1 // the ellipsis
	tail := keep / 2
	head := keep - tail
	var b strings.Builder
	w := 0
	i := 0
	for ; i < len(runes) && w+text.RuneWidth(runes[i]) <= head; i++ {
		w += text.RuneWidth(runes[i])
		b.WriteRune(runes[i])
	}
	b.WriteRune('…')
	j, tw := len(runes), 0
	for j > i && tw+text.RuneWidth(runes[j-1]) <= width-1-w {
		j--
		tw += text.RuneWidth(runes[j])
	}
	b.WriteString(string(runes[j:]))
	return b.String()
}

// unitSep is what a terms cell of row k breaks at: between terms, or for
// a message (an error, a document that is no resume) between words.
func unitSep(prose []bool, k int) string {
	if k < len(prose) && prose[k] {
		return " "
	}
	return ", "
}

// wrapUnits breaks s into lines of at most width columns at sep, never
// inside a unit (a term): one wider than width has a line of its own.
// The separator's comma stays at the end of its line.
func wrapUnits(s string, width int, sep string) string {
	parts := strings.Split(s, sep)
	var lines []string
	line := ""
	for i, p := range parts {
		if i < len(parts)-1 {
			p += strings.TrimRight(sep, " ")
		}
		switch {
		case line == "":
			line = p
		case text.StringWidthWithoutEscSequences(line+" "+p) <= width:
			line += " " + p
		default:
			lines = append(lines, line)
			line = p
		}
	}
	return strings.Join(append(lines, line), "\n")
}

// tabSafe keeps a cell on one table cell and shows what a terminal
// would act on (TermSafe writes a tab as \t).
func tabSafe(s string) string { return TermSafe(s) }

// safeCells is cells made terminal-safe, as fitTable wants them.
func safeCells(cells []string) []string {
	for i, c := range cells {
		cells[i] = tabSafe(c)
	}
	return cells
}
