package match

// Derived surfaces and phrase patterns: what the word-formation tables of
// pkg/morph let a term match beyond its listed surfaces. Compile collects
// them while it inserts the listed surfaces and adds them last, so a
// listed surface of any term wins over a derived one, and a derived one
// never takes a text another term already has.

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/morph"
)

// deriver collects what Compile derives.
type deriver struct {
	surfaces []derivedSurface
	nominal  []phrasePattern // from "X <noun of a verb>" surfaces
	verbObj  []phrasePattern // from "<verb> X" surfaces of soft terms
	verbs    []morph.Verb    // a pattern's verb is an index into verbs
	verbIDs  map[morph.Verb]int32
	slab     []string // the words of objects and derived surfaces
}

// derivedSurface is a surface no term lists: a verb form of a soft skill
// ("coached" for Coaching), the nominal form of a verb-object term ("time
// management" for "manage time").
type derivedSurface struct {
	term int32
	seq  []string // Norms
	amb  bool     // ambiguous, as the term's own forms of the verb are
}

// surface derives from one listed surface (its Norms seq) of term ti.
// An ambiguous surface derives nothing: its sense needs context a
// derived form would not have.
func (d *deriver) surface(ti int32, t *keywords.Term, seq []string, how How, amb bool) {
	switch {
	case amb || how == Acronym || len(seq) == 0:
	case len(seq) == 1:
		if t.Kind == keywords.Soft {
			d.verbForms(ti, t, seq[0])
		}
	case morph.Activity(seq[len(seq)-1]) != nil:
		d.nominalPattern(ti, seq)
	case t.Kind == keywords.Soft:
		// Not a hard term: "Managed Services", "Controlled Drugs" and
		// "Building Codes" start with a verb form and name a thing.
		d.verbObject(ti, seq)
	}
}

// nominalPattern derives the patterns of "X <noun of a verb>": "people
// management", "medication administration" also match "<verb> [gap]
// people", "administered medications". A two-word term whose noun is the
// verb's gerund or its base is also its hyphenated compound verb:
// "pair-programmed" for Pair Programming, "code-reviewed" for Code Review
// (only hyphenated: spaced, "code reviewed by" is a passive).
func (d *deriver) nominalPattern(ti int32, seq []string) {
	n := len(seq)
	obj := seq[:n-1]
	if !objectOK(obj) {
		return
	}
	compound := false
	if n == 2 && isLowerASCII(obj[0]) {
		_, k, _ := morph.Lookup(seq[n-1])
		compound = k&(morph.Gerund|morph.Base) != 0
	}
	for _, v := range morph.Activity(seq[n-1]) {
		d.nominal = d.add(d.nominal, v, ti, obj, compound)
	}
}

// verbObject derives from a verb-object soft skill ("lead a team",
// "giving feedback", "supervised staff") its verb's other forms, and its
// nominal form ("manage time" → "time management").
func (d *deriver) verbObject(ti int32, seq []string) {
	v, _, ok := morph.Lookup(seq[0])
	if !ok {
		return
	}
	obj := seq[1:]
	if len(obj) > 1 && (obj[0] == "a" || obj[0] == "an" || obj[0] == "the") {
		obj = obj[1:]
	}
	if !objectOK(obj) {
		return
	}
	d.verbObj = d.add(d.verbObj, v, ti, obj, false)
	if pronoun(obj) {
		return // "lead others" has no "others leadership"
	}
	var buf [maxObject + 1]string
	nom := d.strs(append(append(buf[:0], obj...), v.Nouns()[0])...)
	if s := morph.Singular(nom[len(obj)-1]); s != "" {
		nom[len(obj)-1] = s // "resolve conflicts" → "conflict resolution"
	}
	d.surfaces = append(d.surfaces, derivedSurface{term: ti, seq: nom})
}

// verbForms derives the forms of the verb whose activity the soft skill w
// names: "coached" for Coaching, "de-escalated" for De-escalation. A verb
// whose base is also a noun ("coach", "lead") gives no base or -s form
// ("a coach", "sales leads"). The forms are ambiguous when the term lists
// a form of that verb as ambiguous (Leadership's "led", Delegation's
// "delegate").
func (d *deriver) verbForms(ti int32, t *keywords.Term, w string) {
	pre, rest := morph.SplitPrefix(w)
	for _, v := range morph.Activity(rest) {
		amb := false
		for _, a := range t.Ambiguous {
			ap, ar := morph.SplitPrefix(strings.ToLower(a))
			if av, _, ok := morph.Lookup(ar); ok && av == v && ap == pre {
				amb = true
			}
		}
		for _, f := range v.Forms() {
			if v.NounBase() && f.Kind&(morph.Past|morph.Participle|morph.Gerund) == 0 {
				continue
			}
			d.surfaces = append(d.surfaces, derivedSurface{term: ti, seq: d.strs(pre + f.Word), amb: amb})
		}
	}
}

func (d *deriver) add(to []phrasePattern, v morph.Verb, ti int32, obj []string, compound bool) []phrasePattern {
	if d.verbIDs == nil {
		d.verbIDs = map[morph.Verb]int32{}
	}
	id, ok := d.verbIDs[v]
	if !ok {
		id = int32(len(d.verbs))
		d.verbs = append(d.verbs, v)
		d.verbIDs[v] = id
	}
	return append(to, phrasePattern{verb: id, term: ti, obj: d.strs(obj...), compound: compound})
}

// strs copies words into the slab: Compile keeps thousands of short
// slices, and one allocation per slice would double its count.
func (d *deriver) strs(words ...string) []string {
	if len(d.slab)+len(words) > cap(d.slab) {
		d.slab = make([]string, 0, max(1024, len(words)))
	}
	a := len(d.slab)
	d.slab = append(d.slab, words...)
	return d.slab[a:len(d.slab):len(d.slab)]
}

// objectOK reports an object of one to three words that are no function
// words: "team", "claims data", "supply chain"; not "of education"
// (Bachelor of Education), not "with stress", not "&".
func objectOK(obj []string) bool {
	if len(obj) == 0 || len(obj) > maxObject {
		return false
	}
	for _, w := range obj {
		if gapStops[w] || determiners[w] || !wordLike(w) {
			return false
		}
	}
	return !adjective(obj[len(obj)-1])
}

// adjective reports a word that reads as an adjective by its ending
// ("technical", "financial", "predictive", "advanced"), nouns with such
// endings aside ("proposal", "logic", "executive").
func adjective(w string) bool {
	if nounsLikeAdjectives[w] || len(w) < 5 {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// maxObject is the most words an object may have.
const maxObject = 3

// wordLike reports a word of letters and digits, joined by a hyphen, a
// dot, a slash or an apostrophe, or ending in + or # (c++, c#).
func wordLike(w string) bool {
	letters := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			letters = true
		case c == '-' || c == '.' || c == '/' || c == '\'' || c == '+' || c == '#':
		default:
			return false
		}
	}
	return letters
}

func pronoun(obj []string) bool {
	for _, w := range obj {
		if isAny(w, "others", "yourself", "themselves", "oneself", "people", "them", "one") {
			return true
		}
	}
	return false
}

// addDerived inserts the derived surfaces and builds the phrase index;
// Compile calls it once, after every listed surface.
func (m *compiler) addDerived() {
	d := &m.derive
	for _, s := range d.surfaces {
		e := entry{term: s.term, how: Inflection, ambiguous: s.amb}
		if s.amb {
			e.cased, e.common = s.seq, true // capitals are no evidence for a verb form
		}
		variants := [][]string{s.seq}
		if len(s.seq) == 1 && strings.Contains(s.seq[0], "-") {
			// "de-escalated": also "de escalated" and "deescalated".
			variants = append(variants, strings.FieldsFunc(s.seq[0], func(r rune) bool { return r == '-' }),
				[]string{strings.ReplaceAll(s.seq[0], "-", "")})
		}
		for _, seq := range variants {
			if !m.taken(seq, s.term) {
				m.insert(seq, e)
			}
		}
	}
	m.phr = buildPhrases(d, m.words)
	m.derive = deriver{}
}

// taken reports a trie path seq that already has an entry of any term:
// the term's own (insert keeps the first) or another's (a derived
// surface never takes a text from a term that lists it).
func (m *compiler) taken(seq []string, term int32) bool {
	n := int32(0)
	for _, w := range seq {
		wi, ok := m.words[w]
		if !ok {
			return false
		}
		if n, ok = m.edges[edgeKey(n, wi.id)]; !ok {
			return false
		}
	}
	return len(m.nodes[n].entries) > 0
}
