package match

// The phrase pass: a verb and its object in one clause count as the term
// that names the doing. "people management" is also "managed a team of
// six", "medication administration" "administer medications", "data
// analysis" "analyzed claims data": a term whose surface is "X <noun>",
// the noun naming a verb's activity (pkg/morph), matches "<verb form>
// [up to three words] X" (X singular or plural); a soft skill written as
// a verb and its object ("giving feedback", "supervised staff") matches
// its verb's other forms the same way.
//
// Precision first, by closed word classes (phrasewords.go):
//   - the gap holds only content words, numbers and determiners, in the
//     verb's clause: a preposition, conjunction, pronoun, auxiliary or
//     negation ends it ("managed to reduce", "led by", "lead to"), and so
//     does any punctuation but a hyphen (a comma-separated list, a
//     sentence end); only a second verb in the same form that shares the
//     object may follow "and" or "or" ("pulled and terminated feeders",
//     coVerb), and a wrapped line goes on with the clause (onClause);
//   - the object ends its noun phrase: the next word is a preposition, a
//     conjunction, an adverb or punctuation, not a noun it would modify
//     ("managed team budgets" is budget management, not people
//     management; "a team of six" may follow);
//   - the verb is a verb: not after a determiner ("the lead team", "a
//     managed service"), nor after "we", "they", "it" or "which" (a
//     company's boilerplate, "we manage your team"), nor negated ("never
//     led a team"); a past form that is also an adjective ("trained
//     staff", "qualified leads") and a base that is also a noun ("lead",
//     "plan") need a verb's place, first in the sentence or after a
//     subject, "and", an auxiliary, an adverb or a semicolon, or an object
//     that starts with a determiner or a number ("trained 20 staff");
//   - order matters: a passive ("data was analysed by the vendor") names
//     someone else's work and never matches;
//   - a longer hit holds its words ("Managed Services"), and a negated
//     requirement un-counts a phrase as it does any hit.
//
// A phrase hit is How Inflection with the rule phrase.verb-object:
// "counted: 'managed a team' is People Management".

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/morph"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// maxGap is the most words between a verb and its object.
const maxGap = 3

// phraseIndex is the compiled phrase patterns.
type phraseIndex struct {
	// byWord is the verb use of each word id (vtok.wid; zero kind for a
	// word that is no form of a pattern's verb): the view has looked every
	// token up already, so the pass reads a slice, not a map.
	byWord []verbUse
	// heads finds the first of the patterns whose verb and object's last
	// word (singular or plural: morph.NumberKey) are the key; the others
	// follow through phrasePattern.next, longest object first.
	heads map[headKey]int32
	// headLens has bit n of entry c set when a head's key starts with c
	// and has n letters (n < 32, longer ones in bit 31): most words after
	// a verb are no head, and this tells so without hashing them.
	headLens [256]uint32
	pats     []phrasePattern
}

// phrasePattern is a verb and the object that makes it a term.
type phrasePattern struct {
	verb     int32 // index into deriver.verbs
	term     int32
	next     int32    // the next pattern of the same head, or -1
	obj      []string // Norms, the last one the head
	compound bool     // also "<obj>-<verb form>": "pair-programmed"
}

type verbUse struct {
	verb int32
	kind morph.Kind
	noun bool // a noun too ("lead", "analyses"): base and -s forms need a verb's place
}

type headKey struct {
	verb int32
	stem string
	y    bool
}

func (px *phraseIndex) key(verb int32, w string) headKey {
	stem, y := morph.NumberKey(w)
	return headKey{verb, stem, y}
}

func lenBit(s string) uint32 { return 1 << min(len(s), 31) }

// mayHead reports whether k can be a head's key (false: it is not).
func (px *phraseIndex) mayHead(k headKey) bool {
	return k.stem != "" && px.headLens[k.stem[0]]&lenBit(k.stem) != 0
}

// buildPhrases indexes the patterns Compile derived: nominal ones first,
// so where a verb-object term and a nominal term say the same thing
// ("resolve conflicts", "conflict resolution") the nominal one answers.
// Every form of a pattern's verb gets a word id in words (with no flags:
// it splits nothing and joins no glued word) so the view tags it. Nil
// when there are none.
func buildPhrases(d *deriver, words map[string]wordInfo) *phraseIndex {
	all := append(d.nominal[:len(d.nominal):len(d.nominal)], d.verbObj...)
	if len(all) == 0 {
		return nil
	}
	px := &phraseIndex{heads: make(map[headKey]int32, len(all)), pats: make([]phrasePattern, 0, len(all))}
	for _, p := range all {
		px.add(p)
	}
	px.tagVerbs(d.verbs, words)
	return px
}

// add indexes the pattern p under its head, unless a pattern with its
// object is there already (the first one answers).
func (px *phraseIndex) add(p phrasePattern) {
	key := px.key(p.verb, p.obj[len(p.obj)-1])
	if key.stem != "" {
		px.headLens[key.stem[0]] |= lenBit(key.stem)
	}
	first, ok := px.heads[key]
	if ok && px.dup(first, p.obj) {
		return
	}
	k := int32(len(px.pats))
	p.next = -1
	px.pats = append(px.pats, p)
	switch {
	case !ok:
		px.heads[key] = k
	case len(px.pats[first].obj) < len(p.obj):
		px.pats[k].next, px.heads[key] = first, k
	default:
		at := first
		for n := px.pats[at].next; n >= 0 && len(px.pats[n].obj) >= len(p.obj); n = px.pats[at].next {
			at = n
		}
		px.pats[k].next, px.pats[at].next = px.pats[at].next, k
	}
}

// tagVerbs gives every form of the verbs a word id in words (with no
// flags: it splits and joins nothing) and records its use in byWord.
func (px *phraseIndex) tagVerbs(verbs []morph.Verb, words map[string]wordInfo) {
	type use struct {
		word string
		verbUse
	}
	var uses []use
	for id, v := range verbs {
		for _, f := range v.Forms() {
			uses = append(uses, use{f.Word, verbUse{verb: int32(id), kind: f.Kind, noun: v.NounBase() || f.Kind&morph.Third != 0 && pluralNoun(v, f.Word)}})
			if _, ok := words[f.Word]; !ok {
				words[f.Word] = wordInfo{id: int32(len(words) + 1)}
			}
		}
	}
	px.byWord = make([]verbUse, len(words)+1)
	for _, u := range uses {
		px.byWord[words[u.word].id] = u.verbUse
	}
}

// dup reports a pattern of the chain from k with the object obj, the
// last word singular or plural.
func (px *phraseIndex) dup(k int32, obj []string) bool {
	for ; k >= 0; k = px.pats[k].next {
		if o := px.pats[k].obj; len(o) == len(obj) && slices.Equal(o[:len(o)-1], obj[:len(obj)-1]) {
			return true
		}
	}
	return false
}

// pluralNoun reports an -s form that is also the plural of one of the
// verb's nouns ("analyses", "reviews"): a noun as often as a verb.
func pluralNoun(v morph.Verb, w string) bool {
	stem, y := morph.NumberKey(w)
	for _, n := range v.Nouns() {
		if ns, ny := morph.NumberKey(n); n != w && ns == stem && ny == y {
			return true
		}
	}
	return false
}

// phrases adds the phrase hits to cands, in text order. A phrase hit
// replaces a rejected hit of its own term inside it (Leadership's "led"
// with no context word near, in "led a small team") and is left out where
// a counted hit of its term overlaps it (a listed form, "managed a team").
func (m *Matcher) phrases(view []vtok, cands []cand) []cand {
	px := m.phr
	if px == nil {
		return cands
	}
	var found []cand
	var drop []int
	neg := negUnknown
	ci := 0
	for v := 0; v < len(view); v++ {
		vu, ok := px.verbAt(view, v)
		if !ok {
			continue
		}
		for ci < len(cands) && cands[ci].j <= v {
			ci++
		}
		if ci < len(cands) && cands[ci].i <= v && cands[ci].ok && cands[ci].j-cands[ci].i > 1 {
			continue // "Managed Services": a longer hit holds the verb
		}
		var c cand
		var obj span2
		if view[v].hyphen {
			c, obj, ok = px.compoundAt(view, v, vu)
		} else {
			c, obj, ok = m.phraseAt(view, v, vu, &neg)
		}
		if !ok {
			continue
		}
		from := len(drop)
		if drop, ok = sameTerm(cands, ci, &c, drop); !ok {
			continue
		}
		end := c.j
		c.rule = Rule{PhraseVerbObject, "'" + spanText(view, &c) + "' is " + m.dict.Terms[c.e.term].Name}
		if c, ok = fit(cands, ci, c, span2{v, v + 1}, obj); ok {
			found = append(found, c)
		} else {
			drop = drop[:from] // nothing replaces them
		}
		v = end - 1 // phrases do not overlap
	}
	return mergeFound(cands, found, drop)
}

// span2 is a view range [i, j).
type span2 struct{ i, j int }

// fit returns the phrase c, or the part of it that no counted hit of
// another term overlaps: the whole phrase, else its verb, else its
// object. Hits never overlap, and a skill inside a phrase stays a hit of
// its own ("managed AWS infrastructure": AWS, and Infrastructure
// Management on "managed"); the rule still quotes the whole phrase.
func fit(cands []cand, ci int, c cand, verb, obj span2) (cand, bool) {
	for _, s := range [...]span2{{c.i, c.j}, verb, obj} {
		if !countedIn(cands, ci, s, c.e.term) {
			c.i, c.j = s.i, s.j
			return c, true
		}
	}
	return c, false
}

// countedIn reports a counted hit of a term other than term that
// overlaps s; cands[ci] is the first hit that ends after the verb.
func countedIn(cands []cand, ci int, s span2, term int32) bool {
	for k := ci - 1; k >= 0 && cands[k].j > s.i; k-- {
		if cands[k].ok && cands[k].e.term != term {
			return true
		}
	}
	for k := ci; k < len(cands) && cands[k].i < s.j; k++ {
		if cands[k].ok && cands[k].e.term != term && cands[k].j > s.i {
			return true
		}
	}
	return false
}

// verbAt returns the verb use of view[v], if it is a form of a pattern's
// verb (not a piece of a glued word).
func (px *phraseIndex) verbAt(view []vtok, v int) (verbUse, bool) {
	t := &view[v]
	if t.Kind != tokenize.Word || t.glued > 0 || int(t.wid) >= len(px.byWord) || px.byWord[t.wid].kind == 0 {
		return verbUse{}, false
	}
	return px.byWord[t.wid], true
}

// sameTerm looks at the hits from cands[ci] that overlap the phrase c: a
// counted hit of its term makes the phrase redundant (false); a rejected
// one is added to drop, for the phrase to replace.
func sameTerm(cands []cand, ci int, c *cand, drop []int) ([]int, bool) {
	from := len(drop)
	for k := ci; k < len(cands) && cands[k].i < c.j; k++ {
		if cands[k].e.term != c.e.term {
			continue
		}
		if cands[k].ok {
			return drop[:from], false
		}
		drop = append(drop, k)
	}
	return drop, true
}

// mergeFound returns cands without the hits in drop and with found, in
// text order (a phrase sorts after a hit that starts where it does).
func mergeFound(cands, found []cand, drop []int) []cand {
	if found == nil {
		return cands
	}
	out := make([]cand, 0, len(cands)+len(found)-len(drop))
	for k := range cands {
		if !slices.Contains(drop, k) {
			out = append(out, cands[k])
		}
	}
	out = append(out, found...)
	slices.SortStableFunc(out, func(a, b cand) int { return a.i - b.i })
	return out
}

// phraseAt returns the phrase whose verb is view[v], if one matches.
func (m *Matcher) phraseAt(view []vtok, v int, vu verbUse, neg *negState) (cand, span2, bool) {
	prev := prevWord(view, v)
	if determiners[prev] || verbSubjects[prev] || negatedBefore(view, v) {
		return cand{}, span2{}, false
	}
	placed := !vu.needsPlace() || sentenceStart(view, v) || verbLeads[prev] || v > 0 && view[v-1].Text == ";"
	px := m.phr
	line := view[v].Line
	after := coVerb(view, v, vu)
	for p, words := after+1, 0; p < len(view) && onClause(view, p, line) && words < maxGap+maxObject; p++ {
		switch gapStep(view, v, p) {
		case gapEnd:
			return cand{}, span2{}, false
		case gapSkip:
			continue
		}
		if c, obj, ok := px.phraseTo(view, v, after, p, vu.verb, placed, neg); ok {
			return c, obj, true
		}
		if !hyphenGap(view, p-1) {
			words++
		}
	}
	return cand{}, span2{}, false
}

// coVerb returns the last verb of the verbs that share the object of
// the verb at v: a second verb in the same form after "and" or "or"
// ("pulled and terminated feeders", "designed and built pipelines",
// "planning and leading a team"), on the clause (a wrapped line goes
// on with it); else v. A base or -s form must be a verb of the table
// (a noun reads as one: "manage and team"), a past or -ing form may be
// any verb's.
func coVerb(view []vtok, v int, vu verbUse) int {
	a, b := v+1, v+2
	line := view[v].Line
	if b >= len(view) || !onClause(view, a, line) || !onClause(view, b, line) ||
		view[a].Norm != "and" && view[a].Norm != "or" || view[b].Kind != tokenize.Word || view[b].glued > 0 {
		return v
	}
	w := view[b].Norm
	if gapStops[w] || determiners[w] || !isLowerASCII(w) {
		return v
	}
	_, kind, verb := morph.Lookup(w)
	switch {
	case vu.kind&morph.Gerund != 0:
		if verb && kind&morph.Gerund != 0 || len(w) > 5 && strings.HasSuffix(w, "ing") {
			return b
		}
	case vu.kind&(morph.Past|morph.Participle) != 0 && vu.kind&morph.Base == 0:
		if verb && kind&(morph.Past|morph.Participle) != 0 || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return b
		}
	case verb && kind&vu.kind&(morph.Base|morph.Third) != 0:
		return b
	}
	return v
}

// phraseTo returns the phrase from the verb at v to an object that ends
// at view[p], if one does and it counts: the verb in its place (placed)
// or an object shown by a determiner or number, the object's noun phrase
// ending there, no negation. after is the last verb that shares the
// object (coVerb): the gap starts after it.
func (px *phraseIndex) phraseTo(view []vtok, v, after, p int, verb int32, placed bool, neg *negState) (cand, span2, bool) {
	k, start, ok := px.object(view, after, p, verb)
	if !ok || !placed && !objectShown(view, after, start) || !follows(view, p) || neg.negated(view, v, p+1) {
		return cand{}, span2{}, false
	}
	return phraseCand(v, p+1, px.pats[k].term), span2{start, p + 1}, true
}

// prevWord is the Norm of the word right before view[v] on its line, or "".
func prevWord(view []vtok, v int) string {
	if v > 0 && view[v-1].Line == view[v].Line && view[v-1].Kind == tokenize.Word {
		return view[v-1].Norm
	}
	return ""
}

// needsPlace reports a form that is the verb only in a verb's place: a
// past form that is also an adjective ("trained staff") and a base or -s
// form that is also a noun ("sales leads", "analyses").
func (vu verbUse) needsPlace() bool {
	return vu.kind&(morph.Past|morph.Participle) != 0 && vu.kind&morph.Base == 0 ||
		vu.noun && vu.kind&(morph.Base|morph.Third) != 0
}

// objectShown reports an object that starts after a determiner or a
// number right after the verb at v: "trained 20 staff", "leads a team".
func objectShown(view []vtok, v, start int) bool {
	first := &view[v+1]
	return start > v+1 && (determiners[first.Norm] || first.Kind == tokenize.Number)
}

// What a token after the verb does to the gap.
const (
	gapWord = iota // a word or number of the gap, or of the object
	gapSkip        // a hyphen inside a compound ("multi-site"), a possessive apostrophe ("clients'")
	gapEnd         // punctuation, a function word, a new sentence: the verb's reach ends
)

// gapStep says what view[p] does to the gap after the verb at v.
func gapStep(view []vtok, v, p int) int {
	w := &view[p]
	switch {
	case w.Kind == tokenize.Punct && (hyphenGap(view, p) || w.Text == "'" && w.Start == view[p-1].End):
		return gapSkip
	case w.Kind == tokenize.Punct, w.Kind == tokenize.Word && (gapStops[w.Norm] || restart(view, v, p)):
		return gapEnd
	}
	return gapWord
}

// negState is whether a document has a word negation needs, found out
// on the first phrase that could be negated (most documents have none).
type negState uint8

const (
	negUnknown negState = iota
	negNone
	negSome
)

// negated reports the phrase view[i:j] inside a negated requirement.
func (s *negState) negated(view []vtok, i, j int) bool {
	if *s == negUnknown {
		*s = negNone
		if anyNegation(view) {
			*s = negSome
		}
	}
	return *s == negSome && negated(view, i, j)
}

// twoPieces reports a view[v] that ends a compound of two pieces joined
// by a hyphen, view[v-2] its first: "pair-programmed", not
// "re-pair-programmed" or "pair-programmed-ish".
func twoPieces(view []vtok, v int) bool {
	return v >= 2 && hyphenGap(view, v-1) && view[v-2].hyphen && !(v > 2 && hyphenGap(view, v-3)) &&
		!(v+1 < len(view) && view[v+1].hyphen && view[v+1].Start == view[v].End)
}

func phraseCand(i, j int, term int32) cand {
	return cand{i: i, j: j, e: entry{term: term, how: Inflection}, ok: true}
}

// compoundAt returns the hyphenated compound verb whose last piece is
// view[v]: "pair-programmed" for Pair Programming. Its first piece is the
// object, and it is the whole hyphenated word; a gerund is left to the
// term's own hyphenated spelling ("pair-programming").
func (px *phraseIndex) compoundAt(view []vtok, v int, vu verbUse) (cand, span2, bool) {
	if vu.kind&morph.Gerund != 0 || !twoPieces(view, v) {
		return cand{}, span2{}, false
	}
	k, ok := px.heads[px.key(vu.verb, view[v-2].Norm)]
	for ; ok && k >= 0; k = px.pats[k].next {
		if p := &px.pats[k]; p.compound && p.obj[0] == view[v-2].Norm {
			return phraseCand(v-2, v+1, p.term), span2{v - 2, v - 1}, true
		}
	}
	return cand{}, span2{}, false
}

// object returns the pattern whose object ends at view[p] and starts
// after the verb at v with at most maxGap words between, and where the
// object starts.
func (px *phraseIndex) object(view []vtok, v, p int, verb int32) (int32, int, bool) {
	key := px.key(verb, view[p].Norm)
	if !px.mayHead(key) {
		return 0, 0, false
	}
	k, ok := px.heads[key]
	for ; ok && k >= 0; k = px.pats[k].next {
		obj := px.pats[k].obj
		start := p - len(obj) + 1
		if start <= v {
			continue
		}
		ok := true
		for i, w := range obj[:len(obj)-1] {
			if view[start+i].Norm != w || view[start+i].Line != view[p].Line {
				ok = false
				break
			}
		}
		if ok && gapWords(view, v+1, start) <= maxGap {
			return k, start, true
		}
	}
	return 0, 0, false
}

// gapWords counts the words and numbers of view[i:j], a hyphenated
// compound as one ("multi-site").
func gapWords(view []vtok, i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if view[k].Kind != tokenize.Punct && !(k > i && hyphenGap(view, k-1)) {
			n++
		}
	}
	return n
}

// follows reports that the object ending at view[p] ends its noun phrase:
// the line or the text ends, or punctuation follows (not a hyphen, slash
// or apostrophe touching it: "team-building", "team's"), or a follower
// word or an -ly adverb. A next line that goes on in lower case goes on
// with the phrase.
func follows(view []vtok, p int) bool {
	q := p + 1
	if q >= len(view) {
		return true
	}
	n := &view[q]
	if n.Line != view[p].Line {
		return n.Kind != tokenize.Word || n.Text == "" || n.Text[0] < 'a' || n.Text[0] > 'z' || follower(n.Norm)
	}
	switch n.Kind {
	case tokenize.Punct:
		touch := n.Start == view[p].End
		return !(touch && (n.Text == "-" || n.Text == "/" || n.Text == "'"))
	case tokenize.Number:
		return false
	}
	return follower(n.Norm)
}

func follower(w string) bool {
	return followers[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// negatedBefore reports a negation among the four words before view[v] in
// its clause: "did not manage a team", "never led", "don't manage".
func negatedBefore(view []vtok, v int) bool {
	for k := v - 1; k >= 0 && k >= v-4 && view[k].Line == view[v].Line; k-- {
		if isStop(view[k]) || view[k].Text == "," {
			return false
		}
		if n := view[k].Norm; negators[n] || strings.HasSuffix(n, "n't") {
			return true
		}
	}
	return false
}

// restart reports a capitalised determiner or verb after a lower-case
// verb: a new sentence whose stop the text left out ("on the worldwide
// market A global network", "2013 - present Serve food").
func restart(view []vtok, v, p int) bool {
	w := view[p].Text
	if w[0] < 'A' || w[0] > 'Z' || view[v].Text[0] < 'a' || view[v].Text[0] > 'z' {
		return false
	}
	_, _, verb := morph.Lookup(view[p].Norm)
	return determiners[view[p].Norm] || verb
}
