package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/sections"
)

// view is a document read once for every check: each line's text without
// its list marker, whether it is a bullet, its section, the headings, the
// top block and the date ranges.
type view struct {
	d       Doc
	text    []string // trimmed, list marker removed
	bullet  []bool
	cont    []bool   // the line goes on with the line above (a wrapped item or sentence)
	joined  []string // a line's text with the lines that go on with it
	heading []bool   // the line opens a section run (a heading, or "Skills: Go")
	sec     []string // each line's section: sections.Resume's, with the capitals headings it misses
	region  []string
	ranges  [][]dateRange // per line
	top     int           // lines [0, top) are the top block, before the first heading
	words   int
}

// noHeading is the reason sections.Resume gives the lines before the
// first heading.
var noHeading = sections.Resume("x")[0].Reason

// minWrapWidth: lines shorter than this never wrap.
const minWrapWidth = 40

// maxCapsHeadingWords bounds a heading capsHeading reads.
const maxCapsHeadingWords = 4

// maxTopLines bounds the top block: contact details sit in the first
// lines, and a resume without headings must not read as all header.
const maxTopLines = 15

func newView(d Doc) *view {
	n := len(d.Lines)
	v := &view{d: d, text: make([]string, n), bullet: make([]bool, n), heading: make([]bool, n),
		region: make([]string, n), top: min(n, maxTopLines), cont: make([]bool, n), joined: make([]string, n)}
	for i, l := range d.Lines {
		v.text[i], v.bullet[i] = stripMarker(l)
		v.words += wordCount(l)
	}
	if d.Layout.Words > 0 {
		v.words = d.Layout.Words // the count the report shows
	}
	v.ranges = rangesByLine(v.text)
	v.joinWraps()
	v.sec = make([]string, n)
	cur := ""
	for i := range d.Sections {
		v.sec[i] = d.Sections[i].Section
		if (i == 0 || d.Sections[i].Reason != d.Sections[i-1].Reason) && d.Sections[i].Reason != noHeading {
			v.heading[i], cur = true, ""
		} else if sec, ok := capsHeading(d.Lines[i]); ok {
			v.heading[i], cur = true, sec
		}
		if cur != "" {
			v.sec[i] = cur
		}
		if v.heading[i] && i < v.top {
			v.top = i
		}
	}
	for _, r := range d.Layout.Regions {
		for l := max(r.From, 1); l <= min(r.To, n); l++ {
			v.region[l-1] = r.Kind
		}
	}
	return v
}

// joinWraps marks the lines that go on with the line above: a line that
// opens in lower case, or one under a list item that is indented ("- Built
// the API,\n  serving 40 million requests") or follows a full-width line
// that ends mid-sentence (a PDF wraps at the margin), unless it is a
// heading, a list item or holds a date range. joined gets each first
// line's text with its continuations.
func (v *view) joinWraps() {
	full := wrapWidth(v.d.Lines)
	head := -1
	for i, l := range v.d.Raw {
		v.joined[i] = v.text[i]
		t := v.text[i]
		r, _ := utf8.DecodeRuneInString(t)
		// A line with a date range starts a role, unless it goes on in
		// lower case ("met their targets in 2023-24").
		dated := len(v.ranges[i]) > 0 && !unicode.IsLower(r)
		if t == "" || v.bullet[i] || v.heading[i] || dated || head < 0 {
			head = i
			if t == "" || v.heading[i] {
				head = -1
			}
			continue
		}
		indented := l != "" && (l[0] == ' ' || l[0] == '\t')
		prev := v.text[i-1]
		wrapped := utf8.RuneCountInString(prev) >= full && !strings.ContainsAny(prev[len(prev)-1:], ".!?:;")
		if unicode.IsLower(r) || (indented || wrapped) && (v.bullet[head] || v.cont[i-1]) {
			v.cont[i] = true
			v.joined[head] += " " + t
			continue
		}
		head = i
	}
}

// wrapWidth is the length from which a line reads as filled to the
// margin: 85% of the 90th percentile of the line lengths (0 for a
// document of short lines only, where nothing wraps).
func wrapWidth(lines []string) int {
	var ns []int
	for _, l := range lines {
		if n := utf8.RuneCountInString(strings.TrimSpace(l)); n > 0 {
			ns = append(ns, n)
		}
	}
	if len(ns) == 0 {
		return 1 << 30
	}
	slices.Sort(ns)
	w := ns[len(ns)*9/10] * 85 / 100
	if w < minWrapWidth {
		return 1 << 30
	}
	return w
}

// section is line i's resume section.
func (v *view) section(i int) string { return v.sec[i] }

// capsHeading reads a heading sections.Resume does not know in capitals
// or marked up, whose last word names a section: "TEACHING EXPERIENCE",
// "## Clinical Experience". An ATS finds the section by that word.
func capsHeading(line string) (string, bool) {
	t := strings.TrimSpace(line)
	marked := strings.HasPrefix(t, "#")
	t = strings.TrimSpace(strings.Trim(strings.TrimLeft(t, "#"), "*_: "))
	ws := strings.Fields(padded(t))
	if len(ws) == 0 || len(ws) > maxCapsHeadingWords || strings.ContainsAny(t, ".,;") {
		return "", false
	}
	if !marked && strings.ToUpper(t) != t {
		return "", false
	}
	sec, ok := headingNouns[ws[len(ws)-1]]
	return sec, ok
}

// hasSection reports whether any line is in section s, and the first
// heading line (1-based) of it.
func (v *view) hasSection(s string) (bool, int) {
	for i := range v.d.Lines {
		if v.section(i) == s {
			return true, i + 1
		}
	}
	return false, 0
}

// experienceLines are the indexes of the experience section's lines;
// the whole document when it has no experience section.
func (v *view) experienceLines() []int {
	var out []int
	for i := range v.d.Lines {
		if v.section(i) == sections.Experience {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		for i := range v.d.Lines {
			out = append(out, i)
		}
	}
	return out
}

// stripMarker trims s and removes a leading list marker.
func stripMarker(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, m := range bulletMarkers {
		if strings.HasPrefix(t, m) {
			return strings.TrimSpace(t[len(m):]), true
		}
	}
	// "1." or "1)" numbered items.
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		return strings.TrimSpace(t[i+1:]), true
	}
	return t, false
}

// wordCount counts runs of letters or digits that hold a letter or digit.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

// lineWords splits s into lower-case words (letters, digits, inner
// apostrophes and hyphens).
func lineWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '\'' || r == '’' || r == '-'))
		if w && start < 0 {
			start = i
		}
		if !w && start >= 0 {
			out = append(out, strings.ToLower(strings.TrimRight(s[start:i], "'’-")))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(strings.TrimRight(s[start:], "'’-")))
	}
	return out
}

// padded lower-cases s and replaces every run of non-word runes by one
// space, with a space at each end, so phrases match on word boundaries
// with strings.Contains(padded, " "+phrase+" "). Curly apostrophes become
// straight ones.
func padded(s string) string { return string(appendPadded(make([]byte, 0, len(s)+2), s)) }

// appendPadded appends s padded to dst: Classify reuses one buffer for
// every line.
func appendPadded(dst []byte, s string) []byte {
	dst = append(dst, ' ')
	space := true
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '\''):
			dst = append(dst, byte(r))
			space = false
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
			space = false
		case r == '’':
			dst = append(dst, '\'')
			space = false
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			space = false
		case !space:
			dst = append(dst, ' ')
			space = true
		}
	}
	if !space {
		dst = append(dst, ' ')
	}
	return dst
}

// quoteLine is line i's text for a message, shortened.
func (v *view) quoteLine(i int) string { return `"` + shortText(v.text[i], 40) + `"` }

// shortText cuts s to at most n runes, marking the cut.
func shortText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// lineNumbers turns 0-based indexes into sorted, distinct 1-based lines.
func lineNumbers(idx []int) []int {
	out := make([]int, 0, len(idx))
	for _, i := range idx {
		if n := len(out); n == 0 || out[n-1] != i+1 {
			out = append(out, i+1)
		}
	}
	return out
}
