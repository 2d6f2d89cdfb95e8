package shown

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/morph"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// Evidence is one resume line that shows a soft skill without naming it.
type Evidence struct {
	TermID     string // the dictionary id of the skill shown
	Line       int    // 1-based
	Start, End int    // byte offsets of Text into the lines joined with "\n"
	Text       string // the behaviour as written: "Presented concepts to clients"
}

// maxReach is how many words after a verb its object or its quoted
// phrase may take.
const maxReach = 8

// counted reports the resume sections whose lines may show a skill: what
// the person did (experience, projects) and says of their work (the
// summary); never a skills list, education or a heading.
func counted(section string) bool {
	return section == sections.Experience || section == sections.Summary || section == sections.Projects
}

// Find returns the behaviours in lines that show a skill want accepts
// (by dictionary id), in text order, at most one per skill and line.
// secs are the lines' resume sections (sections.Resume), one per line; a
// line without one is not read.
func Find(lines []string, secs []sections.Line, want func(id string) bool) []Evidence {
	ix := table()
	var out []Evidence
	l := &lineWords{}
	var seen []string // the skills shown on the line
	off := 0
	for n, line := range lines {
		start := off
		off += len(line) + 1
		if n >= len(secs) || !counted(secs[n].Section) || strings.TrimSpace(line) == "" {
			continue
		}
		l.read(line)
		if l.title() {
			continue
		}
		seen = seen[:0]
		for i := range l.w {
			for _, r := range ix.rulesAt(l, i) {
				var from, end int
				ok := false
				for _, id := range r.r.terms {
					if slices.Contains(seen, id) || !want(id) {
						continue
					}
					if !ok {
						if from, end, ok = l.shows(r, i); !ok {
							break
						}
					}
					seen = append(seen, id)
					out = append(out, Evidence{TermID: id, Line: n + 1, Start: start + from, End: start + end, Text: line[from:end]})
				}
			}
		}
	}
	return out
}

// word is one word or number of a line.
type word struct {
	norm       string // lower case
	start, end int    // byte offsets in the line
	num        bool
	stop       bool // a clause ends before it: punctuation, or the line's start
}

// lineWords is one line read; Find reuses it from line to line.
type lineWords struct {
	text   string
	w      []word
	toks   []tokenize.Token
	bullet bool // the line starts with a list marker
}

// read splits a line into words, marking where punctuation ends a
// clause. A dash or a slash inside a range ("2–3 apprentices") and a
// symbol of a number ("95%", "7+") end nothing.
func (l *lineWords) read(line string) {
	l.text, l.w, l.bullet = line, l.w[:0], false
	l.toks = tokenize.AppendTokens(l.toks[:0], line)
	toks := l.toks
	stop := true
	for k, t := range toks {
		if t.Kind != tokenize.Punct {
			l.w = append(l.w, word{norm: t.Norm, start: t.Start, end: t.End, num: t.Kind == tokenize.Number, stop: stop})
			stop = false
			continue
		}
		if k == 0 && strings.ContainsAny(t.Text, "-•*·–>") {
			l.bullet = true
		}
		switch t.Text {
		case "%", "+", "~", "#", "$", "£", "€", "'", "\"", "’", "‘", "“", "”":
			continue
		case "-", "–", "/":
			if k > 0 && k+1 < len(toks) && toks[k-1].End == t.Start && toks[k+1].Start == t.End {
				continue
			}
		}
		stop = true
	}
}

// title reports a role's heading line rather than a sentence: no list
// marker and a year on it ("Software Engineer II — Quarrystone Payments
// Mar 2021 – Present").
func (l *lineWords) title() bool {
	if l.bullet {
		return false
	}
	for _, w := range l.w {
		if w.num && len(w.norm) >= 4 && (strings.HasPrefix(w.norm, "19") || strings.HasPrefix(w.norm, "20")) {
			return true
		}
	}
	return false
}

// norm is word i's lower-case text, "" past the line's end.
func (l *lineWords) norm(i int) string {
	if i < 0 || i >= len(l.w) {
		return ""
	}
	return l.w[i].norm
}

// rulesAt returns the rules word i is a verb form or a word pattern of.
func (ix *index) rulesAt(l *lineWords, i int) []hit {
	w := l.w[i].norm
	hs := ix.forms[w]
	if rs, ok := ix.words[w]; ok {
		for _, r := range rs {
			hs = append(hs[:len(hs):len(hs)], hit{r: r})
		}
	}
	if next := l.norm(i + 1); next != "" && !l.w[i+1].stop && l.w[i+1].start == l.w[i].end+1 {
		for _, r := range ix.words[w+"-"+next] { // "cross functional"
			hs = append(hs[:len(hs):len(hs)], hit{r: r})
		}
	}
	if rest, ok := strings.CutPrefix(w, "co-"); ok && len(ix.co) > 0 {
		if k := ix.kindOf(rest); k != 0 {
			for _, r := range ix.co {
				hs = append(hs[:len(hs):len(hs)], hit{r, k})
			}
		}
	}
	return hs
}

// kindOf is the forms w is of a verb of the table or of morph's, 0 for none.
func (ix *index) kindOf(w string) morph.Kind {
	var k morph.Kind
	for _, h := range ix.forms[w] {
		k |= h.kind
	}
	if _, mk, ok := morph.Lookup(w); ok {
		k |= mk
	}
	return k
}

// shows reports whether word i, a form of h's verb (or a word pattern),
// shows h's skill, and the byte range of the behaviour it quotes.
func (l *lineWords) shows(h hit, i int) (from, end int, ok bool) {
	r := h.r
	if h.kind == 0 {
		return l.wordShows(i)
	}
	if !l.verbUse(h, i) {
		return 0, 0, false
	}
	from = l.w[i].start
	j := i + 1
	for n := 0; n < 2 && j < len(l.w) && !l.w[j].stop && adverbish(l.w[j].norm); n++ {
		j++ // "partnered closely with", "coordinated daily with"
	}
	if j < len(l.w) && !l.w[j].stop && r.not[l.w[j].norm] {
		return 0, 0, false
	}
	switch {
	case r.particle == "":
		j = i + 1
	case j >= len(l.w) || l.w[j].stop || l.w[j].norm != r.particle:
		return 0, 0, false
	default:
		j++
	}
	if r.class == nil {
		if r.particle == "" && !r.prefixed && !l.hasObject(i+1) {
			return 0, 0, false // "Organized, analytic and ...": an adjective
		}
		return from, l.phraseEnd(i, j), true
	}
	found := -1
	for k := j; k < len(l.w) && k < j+maxReach; k++ {
		w := l.w[k]
		if w.stop || objectStops[w.norm] {
			break
		}
		if r.class.has(w.norm) && (r.class.modifier || l.endsPhrase(k, r.class)) ||
			k > j && r.class.head(w.norm) && r.class.has(l.w[k-1].norm) && l.endsPhrase(k, r.class) {
			found = k
		}
	}
	if found < 0 {
		return 0, 0, false
	}
	for r.class.modifier && !l.endsPhrase(found, r.class) {
		found++ // to the head: "managed 40 concurrent orders"
	}
	return from, l.audienceEnd(found), true
}

// audienceEnd is where the quote of a behaviour whose object ends at word
// k ends: past a "to" phrase naming its audience ("Presented concepts to
// clients"), else at the object.
func (l *lineWords) audienceEnd(k int) int {
	end := l.w[k].end
	if k+2 >= len(l.w) || l.w[k+1].stop || l.w[k+1].norm != "to" {
		return end
	}
	who := table().listeners
	for x := k + 2; x < len(l.w) && x < k+6 && !l.w[x].stop && !objectStops[l.w[x].norm]; x++ {
		if who.has(l.w[x].norm) && l.endsPhrase(x, who) {
			end = l.w[x].end
		}
	}
	return end
}

// wordShows reads a word pattern at i: in prose, not in a name
// ("Cross-Functional Team Leadership"), quoted from its clause's start a
// few words back to the end of its noun ("worked in a cross-functional
// team").
func (l *lineWords) wordShows(i int) (from, end int, ok bool) {
	last := i
	if _, one := table().words[l.w[i].norm]; !one && i+1 < len(l.w) {
		last = i + 1 // spaced: "cross functional"
	}
	if titleCase(l.text[l.w[i].start:l.w[last].end]) || l.wished(i) {
		return 0, 0, false
	}
	first := i
	for first > 0 && i-first < 4 && !l.w[first].stop {
		first--
	}
	if !l.w[first].stop {
		first = i
	}
	for k := last + 1; k < len(l.w) && k <= last+3 && !l.w[k].stop && !followers[l.w[k].norm]; k++ {
		last = k
	}
	return l.w[first].start, l.w[last].end, true
}

// wished reports a word in a clause that says what the person wants, not
// what they did: "Seeking a cross-functional role".
func (l *lineWords) wished(i int) bool {
	for k := i; k >= 0; k-- {
		if wishes[l.w[k].norm] {
			return true
		}
		if l.w[k].stop {
			return false
		}
	}
	return false
}

// verbUse reports whether word i is used as the verb: in a verb's place
// for a past form, also after a gerund's lead for an -ing form, and for a
// base or -s form of a verb whose base is also a noun, only before what
// shows a verb ("Lead a team"; "Lead developer" is a title).
func (l *lineWords) verbUse(h hit, i int) bool {
	k, place := h.kind, l.verbPlace(i)
	if k&(morph.Past|morph.Participle) != 0 && place {
		return true
	}
	if k&morph.Gerund != 0 && (place || gerundLeads[l.norm(i-1)]) {
		return true
	}
	if k&(morph.Base|morph.Third) != 0 && place {
		if !h.r.noun {
			return true
		}
		next := l.norm(i + 1)
		return i+1 < len(l.w) && !l.w[i+1].stop && (determiners[next] || l.w[i+1].num || next == "and" || next == "or" || next == h.r.particle)
	}
	return false
}

// verbPlace reports a word where a clause's verb stands: first in its
// clause, after a word that leads a verb, or after an -ly adverb that is
// itself there ("successfully negotiated").
func (l *lineWords) verbPlace(i int) bool {
	for ; i >= 0; i-- {
		if i == 0 || l.w[i].stop {
			return true
		}
		p := l.w[i-1].norm
		if verbLeads[p] {
			return true
		}
		if !adverb(p) || degree[p] {
			return false // "highly organised" is an adjective
		}
	}
	return false
}

// endsPhrase reports a class word at k that ends its noun phrase: the
// line or the clause ends, or a follower or another word of the class
// comes next ("client stakeholders").
func (l *lineWords) endsPhrase(k int, c *class) bool {
	if k+1 >= len(l.w) || l.w[k+1].stop {
		return true
	}
	n := l.w[k+1].norm
	return followers[n] || adverb(n) || c.has(n) || strings.HasSuffix(n, "ed") // "docs used by three teams"
}

// phraseEnd is where the behaviour quoted from word i ends when no object
// bounds it: the clause's end, the next clause's conjunction, or
// maxReach words on, without trailing function words.
func (l *lineWords) phraseEnd(i, j int) int {
	last := j - 1
	for k := j; k < len(l.w) && k < j+maxReach; k++ {
		if l.w[k].stop || k > j && phraseStops[l.w[k].norm] && l.verbNext(k+1) {
			break
		}
		last = k
	}
	for last > i && (objectStops[l.w[last].norm] || determiners[l.w[last].norm] || followers[l.w[last].norm]) {
		last--
	}
	return l.w[last].end
}

// hasObject reports words after a verb at k, in its clause, that can be
// its object, or a verb coordinated with it that has one ("Negotiated and
// drafted lease agreements").
func (l *lineWords) hasObject(k int) bool {
	if k >= len(l.w) || l.w[k].stop {
		return false
	}
	switch w := l.w[k].norm; {
	case w == "and" || w == "or":
		return l.verbNext(k+1) && l.hasObject(k+2)
	case objectStops[w] || phraseStops[w]:
		return false
	}
	return true
}

// titleCase reports a hyphenated or spaced name with a capital on a part
// after the first ("Cross-Functional").
func titleCase(s string) bool {
	for i := 1; i < len(s); i++ {
		if (s[i-1] == '-' || s[i-1] == ' ') && s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// verbNext reports a verb form at word k, which starts a clause after a
// conjunction: "Presented concepts to clients and iterated quickly".
func (l *lineWords) verbNext(k int) bool {
	w := l.norm(k)
	if _, _, ok := morph.Lookup(w); ok {
		return true
	}
	return strings.HasSuffix(w, "ed") || table().kindOf(w) != 0
}

// adverbish reports a word that may stand between a verb and its
// particle: "partnered closely with", "worked daily with".
func adverbish(w string) bool {
	return adverb(w) || w == "daily" || w == "weekly" || w == "together"
}
