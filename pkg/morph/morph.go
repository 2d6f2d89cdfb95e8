// Package morph is English word formation for skill terms, as data and the
// small functions that read it: the verbs whose use names a skill's work
// (verbs.go: manage, lead, analyse/analyze, administer, coach, ...), the
// nouns formed from them (management, leadership, analysis,
// administration, coaching), their inflections by rule and by the
// irregular table (led, taught, wrote: irregular.go), and noun plurals.
//
// It knows a closed vocabulary on purpose: "managed a team" is people
// management because "manage" is in the table with "management", and a
// word the tables do not list is no verb at all (a stemmer would make
// "organization" of "organ"). The matcher (pkg/match) derives a term's
// verb forms and verb-object phrases from it; the dictionary lint
// (pkg/keywords) finds two terms that name one concept in two spellings.
//
// Words are lower case; a hyphenated word ("de-escalation") is the
// caller's to split (SplitPrefix).
package morph

import (
	"strings"
	"sync"
)

// Verb is a verb of the table; the zero Verb is none.
type Verb struct{ e *verbEntry }

// Kind is the set of grammatical forms a word is of a verb: "managed" is
// Past|Participle, "set" Base|Past|Participle.
type Kind uint8

// Verb forms.
const (
	Base       Kind = 1 << iota // manage
	Third                       // manages
	Past                        // managed, led, wrote
	Participle                  // managed, led, written
	Gerund                      // managing
)

// Form is one spelling of a verb form.
type Form struct {
	Word string
	Kind Kind
}

type verbEntry struct {
	spellings []string // base forms, British first
	nouns     []string // the activity nouns, gerunds included
	forms     []Form   // every form of every spelling, each word once
	noun      bool     // the base form is a common noun too
}

// IsZero reports the zero Verb.
func (v Verb) IsZero() bool { return v.e == nil }

// String is the verb's first spelling ("analyse").
func (v Verb) String() string {
	if v.e == nil {
		return ""
	}
	return v.e.spellings[0]
}

// Spellings returns the base forms ("analyse", "analyze").
func (v Verb) Spellings() []string {
	if v.e == nil {
		return nil
	}
	return v.e.spellings
}

// Forms returns every form of every spelling, each word once with all its
// kinds, in table order.
func (v Verb) Forms() []Form {
	if v.e == nil {
		return nil
	}
	return v.e.forms
}

// Nouns returns the nouns that name the verb's activity, the listed ones
// first ("management", then "managing").
func (v Verb) Nouns() []string {
	if v.e == nil {
		return nil
	}
	return v.e.nouns
}

// NounBase reports a verb whose base form is also a common noun for a
// thing or a person ("lead", "coach", "plan"): its base and -s forms are
// the verb only where the text shows one.
func (v Verb) NounBase() bool { return v.e != nil && v.e.noun }

// index is the parsed tables, built once on first use.
type index struct {
	verbs  []verbEntry
	forms  map[string]formRef // a verb form → its verb and kinds
	nouns  map[string][]Verb
	irr    map[string][2][]string // irregular verbs: base → past, participle
	plural map[string]string      // irregular singular → plural ("" for uncountable)
	single map[string]string      // irregular plural → singular
	// singleLast marks the last letters of the irregular plurals, so
	// NumberKey looks most words up in no map (the matcher calls it for
	// every word after a verb).
	singleLast [256]bool
	// nounLens has bit n of entry c set when an activity noun ends in c
	// and has n letters (n < 32, longer ones in bit 31): Compile asks
	// Activity of every surface's last word, and most are none.
	nounLens [256]uint32
}

func lenBit(w string) uint32 { return 1 << min(len(w), 31) }

type formRef struct {
	e    *verbEntry
	kind Kind
}

var (
	once sync.Once
	idx  *index
)

func tables() *index {
	once.Do(func() { idx = build() })
	return idx
}

// Lookup returns the verb w is a form of, and which forms it is.
func Lookup(w string) (Verb, Kind, bool) {
	r, ok := tables().forms[w]
	return Verb{r.e}, r.kind, ok
}

// Inflect returns the forms of the verb whose base form is b: the verb
// table's when it lists b (its flags applied, every spelling's forms; the
// slice is the table's, callers must not modify it), else the irregular
// table's past and participle or the regular rules', each word once
// ("brief": briefs, briefed, briefing; "run": runs, ran, running). b is
// lower case, and it is the caller's to know b is a verb: a word no table
// lists is inflected by rule alone.
func Inflect(b string) []Form {
	t := tables()
	if r, ok := t.forms[b]; ok && r.kind&Base != 0 {
		return r.e.forms // every spelling's: "organise" also gives "organized"
	}
	var e verbEntry
	for _, f := range inflect(b, false, t.irr) {
		e.addForm(f) // "run" is the base and the participle: one form
	}
	return e.forms
}

// Activity returns the verbs whose activity the noun w names:
// "management" → manage, "analysis" → analyse, "coaching" → coach,
// "review" → review. Most nouns have one verb; none is nil. The slice is
// the table's: callers must not modify it.
func Activity(w string) []Verb {
	t := tables()
	if w == "" || t.nounLens[w[len(w)-1]]&lenBit(w) == 0 {
		return nil
	}
	return t.nouns[w]
}

// SplitPrefix cuts a hyphenated word before its last part
// ("de-escalation" → "de-", "escalation"); a word without a hyphen has
// no prefix.
func SplitPrefix(w string) (prefix, rest string) {
	if k := strings.LastIndexByte(w, '-'); k > 0 && k < len(w)-1 {
		return w[:k+1], w[k+1:]
	}
	return "", w
}

// Plural returns the plural of the noun n: the irregular table, then the
// regular rules (process → processes, policy → policies, team → teams).
// An uncountable noun (data, staff, software) and a word that is not
// lower-case letters have none: "".
func Plural(n string) string {
	if pre, rest := SplitPrefix(n); pre != "" {
		if p := Plural(rest); p != "" {
			return pre + p
		}
		return ""
	}
	t := tables()
	if p, ok := t.plural[n]; ok {
		return p
	}
	if !lowerWord(n) || len(n) < 2 {
		return ""
	}
	switch {
	case hasAnySuffix(n, "s", "x", "z", "ch", "sh"):
		return n + "es"
	case strings.HasSuffix(n, "y") && !isVowel(n[len(n)-2]):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}

// Singular returns the singular of the plural p, or "" when p does not
// read as a plural ("process", "analysis", "status", "data").
func Singular(p string) string {
	if pre, rest := SplitPrefix(p); pre != "" {
		if s := Singular(rest); s != "" {
			return pre + s
		}
		return ""
	}
	t := tables()
	if s, ok := t.single[p]; ok {
		return s
	}
	if !lowerWord(p) || len(p) < 3 || !strings.HasSuffix(p, "s") || hasAnySuffix(p, "ss", "is", "us") {
		return ""
	}
	switch {
	case strings.HasSuffix(p, "ies") && len(p) > 4:
		return p[:len(p)-3] + "y"
	case hasAnySuffix(p, "sses", "xes", "zes", "ches", "shes"):
		return p[:len(p)-2]
	}
	return p[:len(p)-1]
}

// NumberKey returns a key under which a noun and its plural meet,
// without allocating: "policy" and "policies" give ("polic", true),
// "team" and "teams" ("team", false), "process" and "processes"
// ("proces", false), "crisis" and "crises" one key. It undoes what
// Plural adds, so NumberKey(n) == NumberKey(Plural(n)) for every noun;
// the key is for matching a known noun, not a word (it may be no word at
// all, and unrelated words may share one: "sale", "sales").
func NumberKey(w string) (stem string, y bool) {
	if t := tables(); w != "" && t.singleLast[w[len(w)-1]] {
		if s, ok := t.single[w]; ok {
			w = s
		}
	}
	n := len(w)
	switch {
	case n > 3 && strings.HasSuffix(w, "ies") && !isVowel(w[n-4]):
		return w[:n-3], true
	case n > 2 && strings.HasSuffix(w, "ie"):
		return w[:n-2], true // "cookie", whose plural "cookies" looks like "cooky"'s
	case consonantY(w):
		return w[:n-1], true
	case n > 3 && strings.HasSuffix(w, "es") && sibilant(w[:n-2]):
		return NumberKey(w[:n-2]) // "processes" as "process", "causes" as "cause"
	case n > 2 && strings.HasSuffix(w, "e") && sibilant(w[:n-1]):
		return NumberKey(w[:n-1]) // "cause" and "causes" meet at "caus"
	case n > 1 && strings.HasSuffix(w, "s"):
		return w[:n-1], false
	}
	return w, false
}

// sibilant reports a word ending as one whose plural takes -es.
func sibilant(w string) bool { return hasAnySuffix(w, "s", "x", "z", "ch", "sh") }

func build() *index {
	irr := map[string][2][]string{}
	t := &index{forms: map[string]formRef{}, nouns: map[string][]Verb{}, irr: irr, plural: map[string]string{}, single: map[string]string{}}
	for _, line := range lines(irregularVerbs) {
		f := strings.Fields(line)
		irr[f[0]] = [2][]string{strings.Split(f[1], "|"), strings.Split(f[2], "|")}
	}
	for _, line := range lines(irregularPlurals) {
		f := strings.Fields(line)
		t.plural[f[0]], t.single[f[1]] = f[1], f[0]
		t.singleLast[f[1][len(f[1])-1]] = true
	}
	for _, w := range strings.Fields(uncountable) {
		t.plural[w] = ""
	}
	ls := lines(verbTable)
	t.verbs = make([]verbEntry, len(ls))
	for i, line := range ls {
		e := &t.verbs[i]
		head, flags, _ := strings.Cut(line, "|")
		spell, nouns, _ := strings.Cut(head, ":")
		e.spellings = strings.Fields(spell)
		fl := strings.Fields(flags)
		e.noun = has(fl, "noun")
		for _, s := range e.spellings {
			for _, f := range inflect(s, has(fl, "double"), irr) {
				e.addForm(f)
			}
		}
		for _, n := range strings.Fields(nouns) {
			e.addNoun(n)
		}
		for _, f := range e.forms {
			if f.Kind&Gerund != 0 {
				e.addNoun(f.Word)
			}
		}
		for _, f := range e.forms {
			r := t.forms[f.Word]
			if r.e == nil {
				t.forms[f.Word] = formRef{e, f.Kind}
			}
		}
		for _, n := range e.nouns {
			t.nouns[n] = append(t.nouns[n], Verb{e})
			t.nounLens[n[len(n)-1]] |= lenBit(n)
		}
	}
	return t
}

func (e *verbEntry) addForm(f Form) {
	for i := range e.forms {
		if e.forms[i].Word == f.Word {
			e.forms[i].Kind |= f.Kind
			return
		}
	}
	e.forms = append(e.forms, f)
}

func (e *verbEntry) addNoun(n string) {
	if !has(e.nouns, n) {
		e.nouns = append(e.nouns, n)
	}
}

// lines returns the non-empty lines of a table.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func has(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
