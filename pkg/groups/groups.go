package groups

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
)

// Group is one requirement a job states as alternatives.
type Group struct {
	// Members are the distinct term IDs of the alternatives, in text
	// order; never the head.
	Members []string
	// Head is the term an open list gives examples of ("message-queues" in
	// "message queues such as RabbitMQ or Kafka"), "" when none.
	Head string
	// Kind is, for an open list without a head, the members' nearest
	// common broader term, "" when they have none.
	Kind string
	// Open marks an open list ("such as", "or similar"): a term of the
	// head's or the kind's kind meets it too, not only a member.
	Open bool
	// Cue is the words that made the list a group, lower case: "or", "/",
	// "such as", "or similar", "one of", "at least one".
	Cue string
	// Matches are the indexes, into the matches given to Detect, of the
	// occurrences the group holds (its members' and its head's), in text
	// order. No index is in two groups.
	Matches []int
}

// Ask is the term the group is named by when nothing better is known:
// the head, else the first member.
func (g Group) Ask() string {
	if g.Head != "" {
		return g.Head
	}
	return g.Members[0]
}

// Windows, in bytes, that cues are looked for in: before a list's first
// term (the longest lead cue, "one of the following", with a colon and an
// article fits), after its last term (a tail cue and a head two words on:
// "or any other message queues"), and around a parenthesis of
// alternatives. Scanning costs in every list, so they are tight.
const (
	leadWindow  = 40
	tailWindow  = 48
	scopeWindow = 80
)

// Detect returns the requirement groups among ms, the matches counted in
// text (the job as a whole, lines joined by "\n"), in text order. d gives
// the broader links an open list's kind is read from; nil means none.
// Matches that overlap an earlier one are never members.
func Detect(d *keywords.Dict, text string, ms []match.Match) []Group {
	if len(ms) < 1 {
		return nil
	}
	det := &detector{d: d, text: text, ms: ms, used: make([]bool, len(ms)),
		buf: make([]tok, 0, 32), buf2: make([]tok, 0, 8)}
	det.order()
	det.scopes()
	run := make([]int, 0, 8) // positions in det.kept
	conns := make([]conn, 0, 8)
	for k, i := range det.kept {
		if det.used[i] {
			det.runs(run, conns)
			run, conns = run[:0], conns[:0]
			continue
		}
		if len(run) > 0 {
			prev := ms[det.kept[run[len(run)-1]]]
			if c := det.connector(prev.End, ms[i].Start); c != noConn {
				run = append(run, k)
				conns = append(conns, c)
				continue
			}
			det.runs(run, conns)
		}
		run, conns = append(run[:0], k), conns[:0]
	}
	det.runs(run, conns)
	slices.SortFunc(det.out, func(a, b Group) int { return ms[a.Matches[0]].Start - ms[b.Matches[0]].Start })
	return det.out
}

// detector holds one Detect call's state.
type detector struct {
	d    *keywords.Dict
	text string
	ms   []match.Match
	kept []int // indexes of ms in text order, overlaps left out
	used []bool
	out  []Group
	// Token buffers, reused: scan runs for every gap between two terms.
	buf, buf2 []tok
}

// scan tokenises text[from:to] into det.buf; the tokens are valid until
// the next call.
func (det *detector) scan(from, to int) ([]tok, int) {
	ts, trail := scan(det.buf, det.text, from, to)
	det.buf = ts
	return ts, trail
}

// maxGap bounds, in bytes, the text between two terms of one list: two
// fillers, two connectors, articles and an unknown item fit well within.
const maxGap = 64

// connector reads how the terms ending at end and starting at start are
// joined, noConn for a gap too long to be a list's.
func (det *detector) connector(end, start int) conn {
	gap := det.text[end:start]
	switch gap { // the common gaps, without tokenising
	case ", ", ",":
		return comma
	case " and ", ", and ", " & ":
		return and
	case " or ", ", or ", " and/or ":
		return or
	case "/", " / ":
		return slash
	}
	if len(gap) > maxGap || !maybeConnector(gap) {
		return noConn
	}
	ts, trail := det.scan(end, start)
	r, _ := utf8.DecodeRuneInString(det.text[start:])
	return connector(ts, trail, unicode.IsUpper(r) || unicode.IsDigit(r))
}

// order sorts the matches by position, leaving out any that starts before
// the previous kept one ends, or falls outside the text.
func (det *detector) order() {
	idx := make([]int, 0, len(det.ms))
	sorted := true // the matcher reports in text order
	for i, m := range det.ms {
		if m.Start >= 0 && m.Start <= m.End && m.End <= len(det.text) {
			sorted = sorted && (len(idx) == 0 || det.ms[idx[len(idx)-1]].Start < m.Start)
			idx = append(idx, i)
		}
	}
	if !sorted {
		slices.SortFunc(idx, func(a, b int) int {
			if d := det.ms[a].Start - det.ms[b].Start; d != 0 {
				return d
			}
			if d := det.ms[b].End - det.ms[a].End; d != 0 {
				return d
			}
			return a - b
		})
	}
	det.kept = idx[:0] // in place: kept never passes idx
	end := -1
	for _, i := range idx {
		if det.ms[i].Start >= end {
			det.kept = append(det.kept, i)
			end = det.ms[i].End
		}
	}
}

// runs turns one list (positions in kept, joined by conns) into groups.
func (det *detector) runs(run []int, conns []conn) {
	if len(run) == 0 {
		return
	}
	if hs := det.alsoBefore(run); hs != nil {
		det.add(append(hs, run...), -1, false, "also")
		return
	}
	lead, leadCue, head := det.lead(run[0])
	tail, tailCue, tailHead, trailingOr := det.tail(run[len(run)-1])
	switch {
	case lead == openCue || tail:
		cue := leadCue
		if lead != openCue {
			cue, head = tailCue, tailHead
		} else if head < 0 {
			head = tailHead
		}
		det.add(run, head, true, cue)
		return
	case lead == closedCue:
		det.add(run, -1, false, leadCue)
		return
	case lead == andCue:
		return
	}
	// "and" splits the list; a conjunct with "or" is one group, else its
	// slash-joined terms are.
	from := 0
	for k := 0; k <= len(conns); k++ {
		if k < len(conns) && conns[k] != and {
			continue
		}
		seg, segConns := run[from:k+1], conns[from:k]
		last := k == len(conns)
		from = k + 1
		if slices.Contains(segConns, or) || (last && trailingOr && len(seg) > 1) {
			det.add(seg, -1, false, "or")
			continue
		}
		s := 0
		for j := 0; j <= len(segConns); j++ {
			if j < len(segConns) && segConns[j] == slash {
				continue
			}
			if j > s && det.sameCategory(seg[s:j+1]) {
				det.add(seg[s:j+1], -1, false, "/")
			}
			s = j + 1
		}
	}
}

// sameCategory reports whether the terms at positions items of kept share
// their dictionary category: "/" joins alternatives of one kind
// ("xUnit/NUnit", "Agile/Scrum") but a stack of different ones
// ("React/TypeScript", "Java / Spring") asks for each.
func (det *detector) sameCategory(items []int) bool {
	if det.d == nil {
		return true
	}
	cat := func(k int) string { return det.category(det.ms[det.kept[k]].TermID) }
	first := cat(items[0])
	for _, k := range items[1:] {
		if cat(k) != first {
			return false
		}
	}
	return true
}

// add records a group of the terms at positions items of kept, with the
// head (a position in kept, or -1), unless it has too little to be one:
// fewer than two distinct members and neither head nor kind.
func (det *detector) add(items []int, head int, open bool, cue string) {
	g := Group{Open: open, Cue: cue}
	headID := ""
	if head >= 0 {
		headID = det.ms[det.kept[head]].TermID
	}
	for _, k := range items {
		id := det.ms[det.kept[k]].TermID
		if id != headID && !slices.Contains(g.Members, id) {
			g.Members = append(g.Members, id)
		}
	}
	if len(g.Members) == 0 {
		return
	}
	if head >= 0 {
		g.Head = headID
	} else if open {
		g.Kind = det.kindOf(g.Members)
	}
	if len(g.Members) < 2 && g.Head == "" && g.Kind == "" {
		return
	}
	for _, k := range items {
		g.Matches = append(g.Matches, det.kept[k])
	}
	if head >= 0 {
		g.Matches = append(g.Matches, det.kept[head])
	}
	slices.SortFunc(g.Matches, func(a, b int) int { return det.ms[a].Start - det.ms[b].Start })
	for _, i := range g.Matches {
		det.used[i] = true
	}
	det.out = append(det.out, g)
}

// kindOf is the members' nearest common broader term: the first of the
// first member and its ancestors that every other member is or implies.
func (det *detector) kindOf(members []string) string {
	// One example is no kind: "Bachelor's degree or equivalent" is not
	// met by the Associate degree a Bachelor's implies.
	if det.d == nil || len(members) < 2 {
		return ""
	}
	cands := append([]string{members[0]}, det.d.Ancestors(members[0])...)
	anc := make([][]string, len(members))
	for i, m := range members[1:] {
		anc[i+1] = det.d.Ancestors(m)
	}
	for _, c := range cands {
		ok := true
		for i, m := range members[1:] {
			if m != c && !slices.Contains(anc[i+1], c) {
				ok = false
				break
			}
		}
		if ok {
			return c
		}
	}
	return ""
}

type cueKind uint8

const (
	noCue cueKind = iota
	openCue
	closedCue
	andCue // the list asks for every member: "bilingual English/Spanish"
)

// lead reads the words before the list's first term (position k in kept)
// back to the previous term or a clause boundary: an open or closed cue,
// and for an open one its head (a position in kept, or -1).
func (det *detector) lead(k int) (cueKind, string, int) {
	// The window may hold the term before: "Bilingual English/Spanish"
	// when Bilingual is a term itself.
	first := det.ms[det.kept[k]]
	from := max(0, first.Start-leadWindow)
	if !isCueWord(lastWord(det.text, from, first.Start), leadWords, &leadInitials) {
		return noCue, "", -1 // the common case, without tokenising
	}
	ts, _ := det.scan(from, first.Start)
	for i := len(ts) - 1; i >= 0; i-- {
		if !ts[i].word && boundary[ts[i].text] && ts[i].text != "(" && ts[i].text != ":" {
			ts = ts[i+1:]
			break
		}
	}
	// Trailing punctuation and an article: "such as:", "e.g.,", "either a".
	for n := 0; n < 2 && len(ts) > 0; n++ {
		t := ts[len(ts)-1].text
		if t != "," && t != ":" && t != "(" && !in(articles, t) {
			break
		}
		ts = ts[:len(ts)-1]
	}
	for _, cue := range openLead {
		if !hasSuffix(ts, cue) {
			continue
		}
		at := len(ts) - len(cue)
		// "like" is a cue after a noun ("tools like", "an HRIS like"),
		// the verb after "would" or a pronoun.
		if cue[0] == "like" && (at == 0 || !ts[at-1].word || in(likeNotCue, ts[at-1].text)) {
			continue
		}
		return openCue, strings.Join(cue, " "), det.headBefore(k, ts[at].start)
	}
	for _, cue := range closedLead {
		if hasSuffix(ts, cue) {
			return closedCue, strings.Join(cue, " "), -1
		}
	}
	for _, cue := range andLead {
		if hasSuffix(ts, cue) {
			return andCue, strings.Join(cue, " "), -1
		}
	}
	return noCue, "", -1
}

// headBefore finds the term that ends right before an open cue at byte
// cueStart, with at most maxFillers generic nouns and a comma, dash or
// parenthesis between ("message queues such as", "an HRIS (e.g."): a
// position in kept, or -1. The list's first term is at position k.
func (det *detector) headBefore(k, cueStart int) int {
	if k == 0 {
		return -1
	}
	h := det.kept[k-1]
	if det.used[h] {
		return -1
	}
	var ts []tok
	ts, trail := scan(det.buf2, det.text, det.ms[h].End, cueStart)
	det.buf2 = ts
	if !continues(ts, trail) {
		return -1
	}
	n := 0
	for _, t := range ts {
		switch {
		case t.word && in(fillers, t.text) && n < maxFillers:
			n++
		case !t.word && (t.text == "," || t.text == "(" || t.text == "-" || t.text == "–"):
		default:
			return -1
		}
	}
	return k - 1
}

// tail reads the words after the list's last term (position k in kept):
// an open tail cue ("or similar", "etc.") and the head right after it
// ("or similar secrets management"), or a plain "or" before words the
// dictionary does not know.
func (det *detector) tail(k int) (open bool, cue string, head int, trailingOr bool) {
	last := det.ms[det.kept[k]]
	to := min(len(det.text), last.End+tailWindow)
	if w, next := firstWord(det.text, last.End, to); (!isCueWord(w, tailWords, &tailInitials) ||
		strings.EqualFold(w, "and") && !in(tailSecond, firstWordAt(det.text, next, to))) && !unknownItem(det.text, last.End, w) {
		return false, "", -1, false // the common case, without tokenising
	}
	if k+1 < len(det.kept) {
		to = min(to, det.ms[det.kept[k+1]].Start)
	}
	ts, trail := det.scan(last.End, to)
	whole := trail <= 1 // the tokens reach the next term in one list item
	for i, t := range ts {
		if (!t.word && boundary[t.text]) || t.lines > 1 || (t.lines > 0 && !t.word && bullets[t.text]) {
			ts, whole = ts[:i], false
			break
		}
	}
	i := 0
	if i < len(ts) && ts[i].text == "," {
		i++
	}
	i = skipItems(ts, i)
	for _, c := range openTail {
		if !hasPrefix(ts[i:], c) {
			continue
		}
		rest := ts[i+len(c):]
		head = -1
		// A head right after the cue: at most two words between
		// ("or another server-side rendering framework").
		if whole && k+1 < len(det.kept) && len(rest) <= 2 && !det.used[det.kept[k+1]] && to == det.ms[det.kept[k+1]].Start {
			words := true
			for _, t := range rest {
				words = words && t.word
			}
			if words {
				head = k + 1
			}
		}
		return true, strings.Join(c, " "), head, false
	}
	return false, "", -1, i < len(ts) && ts[i].is("or")
}

// alsoBefore reads a list that the job accepts besides an earlier ask:
// "B.E./B.Tech in Computer Science; MCA candidates may also apply",
// "Diploma holders can also apply". It returns the position in kept of
// that ask, the nearest earlier term on the list's line of the same
// dictionary category as its first term (a degree for a degree), with its
// other occurrences on the line ("B.E./B.Tech"), or nil.
func (det *detector) alsoBefore(run []int) []int {
	last := det.ms[det.kept[run[len(run)-1]]]
	to := min(len(det.text), last.End+tailWindow)
	if w, _ := firstWord(det.text, last.End, to); !in(alsoStart, w) {
		return nil
	}
	ts, _ := det.scan(last.End, to)
	found := false
	for i := 0; i < len(ts) && i < 4 && !found; i++ {
		if !ts[i].word || !ts[i].is("also") {
			continue
		}
		modal := i > 0 && in(alsoModals, ts[i-1].text)
		for j := i + 1; j < len(ts) && j <= i+2 && modal; j++ {
			found = found || ts[j].word && in(alsoVerbs, ts[j].text)
		}
	}
	if !found || det.d == nil {
		return nil
	}
	first := det.ms[det.kept[run[0]]]
	cat := det.category(first.TermID)
	ask := ""
	var out []int
	for k := run[0] - 1; k >= 0 && det.ms[det.kept[k]].Line == first.Line; k-- {
		m := det.ms[det.kept[k]]
		switch {
		case det.used[det.kept[k]]:
		case ask == "" && m.TermID != first.TermID && det.category(m.TermID) == cat:
			ask = m.TermID
			out = append(out, k)
		case ask != "" && m.TermID == ask:
			out = append(out, k)
		}
	}
	slices.Reverse(out)
	return out
}

// category is a term's dictionary category, "" when unknown.
func (det *detector) category(id string) string {
	if t, ok := det.d.Term(id); ok {
		return t.Category
	}
	return ""
}

// scopes finds each parenthesis after "at least one <noun>" or "one of the
// <noun>" that holds two or more terms, and makes them one closed group.
func (det *detector) scopes() {
	text := det.text
	for off := 0; off < len(text); {
		p := strings.IndexByte(text[off:], '(')
		if p < 0 {
			return
		}
		open := off + p
		off = open + 1
		closeAt := strings.IndexByte(text[open:min(len(text), open+2*scopeWindow)], ')')
		if closeAt < 0 {
			continue
		}
		closeAt += open
		var items []int
		k0, _ := slices.BinarySearchFunc(det.kept, open+1, func(i, start int) int { return det.ms[i].Start - start })
		for k := k0; k < len(det.kept) && det.ms[det.kept[k]].End <= closeAt; k++ {
			if !det.used[det.kept[k]] {
				items = append(items, k)
			}
		}
		// "MPharm degree (or an overseas qualification plus OSPAP)": the
		// parenthesis names alternatives of the term before it.
		if w, _ := firstWord(text, open+1, closeAt); len(items) > 0 && strings.EqualFold(w, "or") {
			if h := det.headBefore(k0, open); h >= 0 {
				det.add(append([]int{h}, items...), -1, false, "or")
				off = closeAt + 1
				continue
			}
		}
		if len(items) < 2 {
			continue
		}
		ts, _ := det.scan(max(0, open-scopeWindow), open)
		for i := len(ts) - 1; i >= 0; i-- {
			if !ts[i].word && boundary[ts[i].text] {
				ts = ts[i+1:]
				break
			}
		}
		for n := 0; n <= scopeWords && n <= len(ts); n++ {
			if n > 0 && !ts[len(ts)-n].word {
				break
			}
			if cue := scopeCue(ts[:len(ts)-n]); cue != "" {
				det.add(items, -1, false, cue)
				break
			}
		}
		off = closeAt + 1
	}
}

func scopeCue(ts []tok) string {
	for _, c := range scopeLead {
		if hasSuffix(ts, c) {
			return strings.Join(c, " ")
		}
	}
	return ""
}
