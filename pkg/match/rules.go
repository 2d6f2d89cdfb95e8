package match

// Context rules: which ambiguous hits count, declared acronyms, echoes.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

func (m *Matcher) badGlued(view []vtok, cands []cand, n int) map[int]bool {
	covered := make([]bool, len(view))
	for _, c := range cands {
		if c.e.ambiguous {
			continue
		}
		for k := c.i; k < c.j; k++ {
			covered[k] = true
		}
	}
	bad := map[int]bool{}
	for k, v := range view {
		if v.glued > 0 && !covered[k] {
			bad[int(v.glued)] = true
		}
	}
	return bad
}

// listSep reports tokens that separate items of a list.
func listSep(v vtok) bool {
	if v.Kind == tokenize.Punct {
		return len(v.Text) == 1 && strings.IndexByte(",/|;&+()", v.Text[0]) >= 0 || v.Text == "•"
	}
	return v.Norm == "and" || v.Norm == "or"
}

// confirm applies the context rules to ambiguous candidates.
func (m *Matcher) confirm(view []vtok, cands []cand) {
	for k := range cands {
		c := &cands[k]
		// Before anything else: an excluded hit must not confirm its
		// neighbours in a list either.
		if rej := m.excluded(view, c); rej != "" {
			c.rej = rej
			continue
		}
		if !c.e.ambiguous {
			c.ok = true
			continue
		}
		if q := m.qualifier(view, c); q != "" {
			c.ok, c.rule = true, "counted: next to '"+q+"'"
			continue
		}
		if !m.rightCase(view, c) {
			w := spanText(view, c)
			if w == strings.ToLower(w) {
				c.rej = "ignored: lowercase '" + w + "' reads as an ordinary word"
			} else {
				c.rej = "ignored: '" + w + "' is not written '" + strings.Join(c.e.cased, " ") + "'"
			}
			continue
		}
		// A version follows a name, not a common noun: "monitoring 24
		// hours", "serving 12 million customers".
		if c.j < len(view) && view[c.j].Kind == tokenize.Number && view[c.j].Line == view[c.j-1].Line && !c.e.common {
			c.ok, c.rule = true, "counted: followed by version "+view[c.j].Text
		}
	}
	// List rule to a fixpoint: a neighbour confirmed by the list rule can
	// confirm the next one ("Go, Rust and Python").
	// Passes alternate direction so a chain confirms in one pass either
	// way, keeping long lists linear rather than quadratic.
	for pass, changed := 0, true; changed; pass++ {
		changed = false
		for n := range cands {
			k := n
			if pass%2 == 1 {
				k = len(cands) - 1 - n
			}
			c := &cands[k]
			if c.ok || c.rej != "" {
				continue
			}
			var with []string
			if k > 0 && m.listed(view, cands, k-1) {
				with = append(with, spanText(view, &cands[k-1]))
			}
			if k+1 < len(cands) && m.listed(view, cands, k) {
				with = append(with, spanText(view, &cands[k+1]))
			}
			if len(with) > 0 {
				c.ok, c.rule = true, "counted: listed with "+strings.Join(with, ", ")
				changed = true
			}
		}
	}
	for k := range cands {
		c := &cands[k]
		if c.ok || c.rej != "" {
			continue
		}
		if h := m.headingContext(view, c); h != "" {
			c.ok, c.rule = true, "counted: listed under '"+h+"'"
			continue
		}
		word := spanText(view, c)
		switch {
		case c.e.letter:
			c.rej = "ignored: single letter '" + word + "' with no skill context"
		case partOfCompound(view, c):
			c.rej = "ignored: '" + word + "' is part of a hyphenated word"
		case sentenceStart(view, c.i):
			c.rej = "ignored: '" + word + "' starts a sentence with no skill nearby"
		case c.e.common && hasUpper(word):
			c.rej = "ignored: capitalised '" + word + "' is a common noun (listed in lower case); no skill context"
		case c.e.cased == nil || !hasUpper(c.e.cased[0]):
			c.rej = "ignored: no skill context"
		default:
			c.ok, c.rej = false, m.capitalRule(view, cands, k, word)
			if c.rej == "" {
				c.ok, c.rule = true, "counted: written '"+word+"' mid-sentence"
			}
		}
	}
}

// Categories whose names are proper nouns, capitalised in every sense
// ("apply in English", "the Danish market").
var properCategories = map[string]bool{"spoken-language": true}

// capitalRule says why a capitalised ambiguous surface mid-sentence,
// cands[k], is no evidence of the skill, or "" when it is. Capitals are
// evidence only where the ordinary-word reading is lower case (go/Go,
// swift/Swift, excel/Excel), and only for a name: not for an initialism
// (HR reads HR in every sense), a language or nationality, a soft skill (a
// common noun, capitalised as a heading or a bullet start), a word inside
// a capitalised name ("Department of Research", "Recruitment and
// Philanthropy Committee"), a team's name ("our Monitoring team"), or the
// verb ("Excel at building relationships").
func (m *Matcher) capitalRule(view []vtok, cands []cand, k int, word string) string {
	c := &cands[k]
	t := &m.dict.Terms[c.e.term]
	switch {
	case initialism(word):
		return "ignored: '" + word + "' is an acronym written in capitals anyway; no skill context"
	case properCategories[t.Category]:
		return "ignored: '" + word + "' is a proper noun written in capitals anyway; no skill context"
	case t.Kind == keywords.Soft:
		return "ignored: capitalised '" + word + "' names no soft skill by itself; no skill context"
	case titleCase(view, cands, k):
		return "ignored: '" + word + "' is part of a capitalised phrase with no skill nearby"
	}
	if name := inName(view, c.i); name != "" {
		return "ignored: '" + word + "' is part of the name '" + name + " " + word + "'"
	}
	if titlePhrase(view, cands, k) {
		return "ignored: '" + word + "' is part of a capitalised phrase with no skill nearby"
	}
	if unit := teamName(view, c.j); unit != "" {
		return "ignored: '" + word + " " + unit + "' names a team, not the skill; no skill context"
	}
	if cue := m.verbCue(view, cands, k); cue != "" {
		return "ignored: '" + word + "' reads as the verb before '" + cue + "'"
	}
	return ""
}

// titlePhrase reports cands[k] joined by "and" or "&" to a capitalised
// phrase that is no skill hit: "Recruitment and Philanthropy Committee",
// "Monitoring & Alerting Team", "Go and Chess team" (two capitalised
// words, or one and a team word after it).
// One capitalised word after "and" is as often the next item of a skill
// list ("Cypress and WebDriver.io"), so it is no phrase.
func titlePhrase(view []vtok, cands []cand, k int) bool {
	c := &cands[k]
	j, line := c.j, view[c.i].Line
	if j+1 >= len(view) || view[j+1].Line != line || !(view[j].Norm == "and" || view[j].Text == "&") || !capital(view[j+1]) {
		return false
	}
	for n := k + 1; n < len(cands) && cands[n].i <= j+2; n++ {
		if cands[n].i >= j+1 {
			return false // a skill hit: a list
		}
	}
	return teamName(view, j+2) != "" || j+2 < len(view) && view[j+2].Line == line && capital(view[j+2])
}

// teamName returns the word after a surface that makes it the name of a
// team or department ("our Recruitment team", "the Monitoring group"), or
// "". The capital marks the name, not the skill: a team is named so in
// any case. Not "unit", "office" or "function": "Go unit tests", "an
// Excel function" are the tool.
func teamName(view []vtok, j int) string {
	if j < len(view) && view[j].Line == view[j-1].Line &&
		isAny(view[j].Norm, "team", "teams", "department", "departments", "dept", "group", "division", "committee", "squad") {
		return view[j].Text
	}
	return ""
}

// verbCue returns the words after cands[k] that make it a verb ("Excel at
// building relationships", "Excel in communication"), or "": "at" or "in"
// and then a lower-case gerund or a counted lower-case soft skill (a
// behaviour one excels in, never a field a tool is used in). A tool is
// used "in production", "at scale" and in a technical field ("Rust in
// embedded systems"), so a noun or a hard skill after the preposition is
// no cue, and a capitalised one ("Excel in Finance reports") reads as the
// tool.
func (m *Matcher) verbCue(view []vtok, cands []cand, k int) string {
	c := &cands[k]
	j := c.j
	if j+1 >= len(view) || view[j+1].Line != view[c.i].Line || !isAny(view[j].Norm, "at", "in") {
		return ""
	}
	next := view[j+1]
	if next.Kind != tokenize.Word || next.Text != next.Norm {
		return ""
	}
	if len(next.Norm) >= 5 && strings.HasSuffix(next.Norm, "ing") {
		return view[j].Text + " " + next.Text
	}
	if n := k + 1; n < len(cands) && cands[n].i == j+1 && cands[n].ok && m.dict.Terms[cands[n].e.term].Kind == keywords.Soft {
		return view[j].Text + " " + spanText(view, &cands[n])
	}
	return ""
}

// initialism reports an all-capitals word of at most three letters (HR,
// BI, ML): written so in every sense. Longer capitals (SOLID, SOAP) stand
// against a lower-case ordinary word, so they still count.
func initialism(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 3
}

// inName returns the start of a capitalised name that i continues through
// "of" or "for", possibly after more capitalised words joined by "and" or
// "&": "Ministry of Science and Innovation", "Head of Research". The word
// before "of" must not start the sentence: "Knowledge of Swift" is no name.
// Names are short: the scan back stops after a few words, so a long run
// of "Go and Go and ..." stays linear.
func inName(view []vtok, i int) string {
	line := view[i].Line
	k := i - 1
	for k > 0 && k > i-8 && view[k].Line == line && (capital(view[k]) || view[k].Norm == "and" || view[k].Text == "&") {
		k--
	}
	if k < 1 || view[k].Line != line || (view[k].Norm != "of" && view[k].Norm != "for") {
		return ""
	}
	h := k - 1
	if view[h].Line != line || !capital(view[h]) || sentenceStart(view, h) {
		return ""
	}
	parts := make([]string, 0, i-h)
	for n := h; n < i; n++ {
		parts = append(parts, view[n].Text)
	}
	return strings.Join(parts, " ")
}

func capital(v vtok) bool {
	r, _ := utf8.DecodeRuneInString(v.Text)
	return v.Kind == tokenize.Word && unicode.IsUpper(r)
}

// listed reports whether cands[x] and cands[x+1] are neighbouring list
// items and one of the pair is a counted hard skill; a common noun (an
// ambiguous entry listed in lower case) joins a list only when capitalised,
// as tool names in a list are ("Zoom, Teams, Slack"). Names side by side
// with only a space between count too ("Scala Java Go", "J2EE Spring ORM":
// PDF tables and scraped skill lines lose their commas) when the
// unconfirmed one is a capitalised hard-skill name and a third skill joins
// the run, or the counted one is written as only technology names are
// ("Oracle PL/SQL"): two capitalised words alone are as often one name
// ("Scrum Masters").
func (m *Matcher) listed(view []vtok, cands []cand, x int) bool {
	a, b := &cands[x], &cands[x+1]
	if a.ok == b.ok || !joined(view, a, b) {
		return false
	}
	counted, other := a, b
	if b.ok {
		counted, other = b, a
	}
	if m.dict.Terms[counted.e.term].Kind != keywords.Hard {
		return false
	}
	if other.e.common && !hasUpper(spanText(view, other)) {
		return false // "development teams and agile methods": a lower-case common noun needs a context word
	}
	if a.j < b.i {
		return true // a separator between them
	}
	if other.e.cased == nil || !hasUpper(other.e.cased[0]) || !capital(view[counted.i]) || m.dict.Terms[other.e.term].Kind != keywords.Hard {
		return false
	}
	if techShaped(spanText(view, counted)) {
		return true // "Oracle PL/SQL", "Swift UIKit": no ordinary name has such a word
	}
	third := func(p, q int) bool { // cands[q] is a live skill and joins cands[p]
		lo, hi := min(p, q), max(p, q)
		return q >= 0 && q < len(cands) && cands[q].rej == "" && joined(view, &cands[lo], &cands[hi])
	}
	return third(x, x-1) || third(x+1, x+2)
}

// techShaped reports a name written as only technology names are: with a
// digit or a symbol ("PL/SQL", "C#", "HTML5") or more than one capital
// ("SQL", "UIKit", "iOS"), unlike the words of an ordinary name ("Scrum
// Masters", "Rust Belt").
func techShaped(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r), strings.ContainsRune("/#+.", r):
			return true
		}
	}
	return upper > 1
}

// joined reports a and b (a before b) on one line with only list
// separators or a space between them.
func joined(view []vtok, a, b *cand) bool {
	if a.j > b.i || view[a.i].Line != view[b.i].Line {
		return false
	}
	if a.j == b.i {
		return view[a.j-1].End < view[b.i].Start
	}
	for k := a.j; k < b.i; k++ {
		if !listSep(view[k]) {
			return false
		}
	}
	return true
}

// qualifier returns a context word within two tokens of c, or "".
func (m *Matcher) qualifier(view []vtok, c *cand) string {
	ctx := m.context[c.e.term]
	if len(ctx) == 0 {
		return ""
	}
	line := view[c.i].Line
	lo, hi := c.i, c.j
	for n := 0; n < 2 && lo > 0; n++ {
		lo--
		if view[lo].Line != line || isStop(view[lo]) {
			lo++
			break
		}
	}
	for n := 0; n < 2 && hi < len(view); n++ {
		if view[hi].Line != line || isStop(view[hi]) {
			break
		}
		hi++
	}
	return contextIn(view, ctx, lo, hi, c)
}

// contextIn returns the first context word of ctx that starts in
// view[lo:hi] outside c, or "".
func contextIn(view []vtok, ctx [][]string, lo, hi int, c *cand) string {
	for k := lo; k < hi; k++ {
		if k >= c.i && k < c.j {
			continue
		}
		for _, seq := range ctx {
			if k+len(seq) > len(view) {
				continue
			}
			okSeq := true
			for s, w := range seq {
				if !inflected(view[k+s].Norm, w) || (k+s >= c.i && k+s < c.j) {
					okSeq = false
					break
				}
			}
			if okSeq {
				return view[k].Text
			}
		}
	}
	return ""
}

// Bounds of a heading over a list: the heading is a line of at most
// headingTokens tokens ("Languages", "Languages:"); the lines between it
// and the hit are list lines (see listLine), at most headingLookback lines
// up, with no two blank lines in a row; a short line ending in ":" is the
// nearest heading, so the search stops there.
const (
	headingTokens   = 4
	listLineTokens  = 16
	listLineWords   = 3
	headingLookback = 8
)

// headingContext returns a context word of c's term in a heading over the
// list lines that hold c ("Languages" over "English, Hindi"), or "". Every
// line it reads is capped at listLineTokens, so a long line costs nothing.
func (m *Matcher) headingContext(view []vtok, c *cand) string {
	ctx := m.context[c.e.term]
	if len(ctx) == 0 {
		return ""
	}
	start, end, ok := shortLine(view, c.i)
	if !ok || end < c.j || !listLine(view[start:end]) {
		return ""
	}
	for n := 0; n < headingLookback && start > 0; n++ {
		if view[start-1].Line < view[start].Line-2 {
			return "" // two blank lines end a section
		}
		if start, end, ok = shortLine(view, start-1); !ok {
			return ""
		}
		if end-start <= headingTokens {
			if w := contextIn(view, ctx, start, end, c); w != "" {
				return w
			}
			if view[end-1].Text == ":" {
				return "" // the nearest heading has no context word ("Company type:")
			}
		}
		if !listLine(view[start:end]) {
			return ""
		}
	}
	return ""
}

// shortLine returns the token range [start, end) of the line holding
// view[k], or ok false when the line has more than listLineTokens tokens.
func shortLine(view []vtok, k int) (start, end int, ok bool) {
	line := view[k].Line
	start, end = k, k+1
	for start > 0 && view[start-1].Line == line {
		if start--; end-start > listLineTokens {
			return 0, 0, false
		}
	}
	for end < len(view) && view[end].Line == line {
		if end++; end-start > listLineTokens {
			return 0, 0, false
		}
	}
	return start, end, true
}

// listLine reports a line that reads as list items, not prose: a short
// item ("Spanish", "Hindi (native)") or items split by separators
// ("English, Hindi, Marathi"), within listLineTokens tokens.
func listLine(line []vtok) bool {
	if len(line) > listLineTokens {
		return false
	}
	words := 0
	for _, v := range line {
		switch {
		case v.Kind == tokenize.Word:
			words++
		case v.Kind == tokenize.Punct && (v.Text == "," || v.Text == ";" || v.Text == "|" || v.Text == "•" || v.Text == "/"):
			return true
		}
	}
	return words <= listLineWords
}

// inflected reports whether the text word n is the context word w or w
// with an inflectional ending: "fluently" for "fluent", "speaks" for
// "speak", "developers" for "developer". A word of two letters takes no
// ending: "hrs" is hours, not HR; "ins", "uis" are no inflections.
func inflected(n, w string) bool {
	if len(w) < 3 || len(n) <= len(w) || !strings.HasPrefix(n, w) {
		return n == w
	}
	switch n[len(w):] {
	case "s", "es", "ed", "ing", "ly":
		return isLowerASCII(w[len(w)-1:])
	}
	return false
}

func isStop(v vtok) bool {
	return v.Kind == tokenize.Punct && (v.Text == "." || v.Text == "!" || v.Text == "?" || v.Text == ";" || v.Text == "•")
}

// rightCase reports whether c is written in the listed capitalisation;
// hyphens and spaces between the words count alike.
func (m *Matcher) rightCase(view []vtok, c *cand) bool {
	if c.e.cased == nil || !hasUpper(strings.Join(c.e.cased, "")) {
		return true // plural variants and lower-case forms: no capitalisation to check
	}
	if c.j-c.i == len(c.e.cased) {
		same, hyphen := true, false
		for k := c.i; k < c.j; k++ {
			same = same && view[k].Text == c.e.cased[k-c.i]
			hyphen = hyphen || strings.IndexByte(view[k].Text, '-') >= 0 || strings.IndexByte(c.e.cased[k-c.i], '-') >= 0
		}
		if same || !hyphen {
			return same // the common case, without building strings
		}
	}
	return strings.Join(strings.FieldsFunc(strings.Join(c.e.cased, " "), isGap), " ") ==
		strings.Join(strings.FieldsFunc(spanText(view, c), isGap), " ")
}

func isGap(r rune) bool { return r == ' ' || r == '-' }

// partOfCompound reports a hyphen or slash compound that goes on past c:
// "Go" in "Go-to-market", not "Product-Design" as a whole.
func partOfCompound(view []vtok, c *cand) bool {
	return c.i > 0 && view[c.i].hyphen && view[c.i-1].hyphen && view[c.i-1].End == view[c.i].Start ||
		c.j < len(view) && view[c.j].hyphen && view[c.j-1].hyphen && view[c.j].Start == view[c.j-1].End
}

// sentenceStart reports a word that starts a sentence, a list item or a
// heading: first on its line after nothing but marks (bullets of any
// shape, list numbers: "* Monitoring", "2) Recruitment"), or after a
// sentence end, a colon, a bullet or a dash.
func sentenceStart(view []vtok, i int) bool {
	if i == 0 || view[i-1].Line != view[i].Line {
		return true
	}
	p := view[i-1]
	if p.Text == "." && i > 1 && view[i-2].Line == p.Line && abbreviation(view[i-2].Norm) {
		return false // "(e.g. Oracle, Hyperion)": the dot ends the abbreviation, not a sentence
	}
	if p.Kind == tokenize.Punct && strings.Contains(".!?:•|\"(-*–—·▪●◦■►✓➢", p.Text) {
		return true
	}
	for k := i - 1; k >= 0 && view[k].Line == view[i].Line; k-- {
		if view[k].Kind == tokenize.Word {
			return false
		}
	}
	return true
}

// abbreviation reports a word whose dot ends no sentence.
func abbreviation(w string) bool {
	switch w {
	case "e.g", "i.e", "eg", "ie", "vs", "incl", "approx", "cf", "esp":
		return true
	}
	return false
}

// titleCase reports a capitalised word right before or after cands[k]:
// "Sales Teams". A word before it that starts the sentence and is no
// skill is capitalised by position, not as a name: "Strong Go skills".
func titleCase(view []vtok, cands []cand, k int) bool {
	i, j := cands[k].i, cands[k].j
	line := view[i].Line
	before := i > 0 && view[i-1].Line == line && capital(view[i-1]) &&
		(!sentenceStart(view, i-1) || k > 0 && cands[k-1].j == i && cands[k-1].rej == "")
	return before || (j < len(view) && view[j].Line == line && capital(view[j]))
}

func hasUpper(s string) bool {
	return strings.IndexFunc(s, unicode.IsUpper) >= 0
}

// spanText is c as written, up to the spacing: tokens that touch stay
// together ("Product-Design"), others get one space.
func spanText(view []vtok, c *cand) string {
	if c.j-c.i == 1 {
		return view[c.i].Text
	}
	var b strings.Builder
	for k := c.i; k < c.j; k++ {
		if k > c.i && view[k].Start != view[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(view[k].Text)
	}
	return b.String()
}

// declared finds "Term (ACR)" and "ACR (Term)" and adds later bare uses of
// ACR as DeclaredAcronym matches.
func (m *Matcher) declared(view []vtok, cands []cand) []cand {
	type decl struct {
		term int32
		from int // view index after which bare uses count
	}
	var decls map[string]decl
	for k := range cands {
		c := &cands[k]
		if !c.ok {
			continue
		}
		// Term ( ACR )
		if c.j+2 < len(view) && view[c.j].Text == "(" && view[c.j+2].Text == ")" {
			if a := view[c.j+1].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				if decls == nil {
					decls = map[string]decl{}
				}
				if _, dup := decls[a]; !dup {
					decls[a] = decl{c.e.term, c.j + 2}
				}
			}
		}
		// ACR ( Term )
		if c.i >= 2 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			if a := view[c.i-2].Text; isAcronymWord(a) && initialsMatch(view[c.i:c.j], a) {
				if decls == nil {
					decls = map[string]decl{}
				}
				if _, dup := decls[a]; !dup {
					decls[a] = decl{c.e.term, c.i - 2}
				}
			}
		}
	}
	cands = dropEchoes(view, cands)
	if len(decls) == 0 {
		return cands
	}
	covered := make([]bool, len(view))
	for _, c := range cands {
		for k := c.i; k < c.j; k++ {
			covered[k] = true
		}
	}
	added := false
	for k, v := range view {
		if covered[k] || v.Kind != tokenize.Word {
			continue
		}
		d, ok := decls[v.Text]
		if !ok || k <= d.from { // the declaration itself is the same mention
			continue
		}
		c := cand{i: k, j: k + 1, e: entry{term: d.term, how: DeclaredAcronym}, ok: true, rule: "counted: declared earlier as an acronym"}
		// A surface of the term like any other: its not_before/not_after
		// words apply ("MLO engineer").
		if rej := m.excluded(view, &c); rej != "" {
			c.ok, c.rule, c.rej = false, "", rej
		}
		cands = append(cands, c)
		added = true
	}
	if added {
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].i < cands[b].i })
	}
	return cands
}

func isAcronymWord(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// initialsMatch compares the initials of the words (hyphen parts count as
// words: Domain-Driven Design → DDD) with acr.
func initialsMatch(toks []vtok, acr string) bool {
	var b strings.Builder
	for _, t := range toks {
		for _, p := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '-' || r == '/' }) {
			r, _ := utf8.DecodeRuneInString(p)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String() == acr
}

// dropEchoes removes an acronym match that only repeats the term right
// before it, "Domain-Driven Design (DDD)": one mention, not two.
func dropEchoes(view []vtok, cands []cand) []cand {
	out := cands[:0]
	for k, c := range cands {
		if k > 0 && c.j-c.i == 1 && c.i >= 1 && c.j < len(view) && view[c.i-1].Text == "(" && view[c.j].Text == ")" {
			p := cands[k-1]
			if p.ok && c.ok && p.e.term == c.e.term && p.j == c.i-1 {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}
