package shown

// The behaviour table (table.go) read into lookups, once.

import (
	"fmt"
	"strings"
	"sync"

	"github.com/atsmatch/atsmatch/pkg/morph"
)

// rule is one pattern of the table, for the skills of its section.
type rule struct {
	terms    []string // dictionary ids
	verb     string   // as the table writes it ("partner~+with"), for errors and tests
	noun     bool     // the base form is also a noun: base and -s forms need a determiner after them
	prefixed bool     // "co-*", "pair-program": a verb with or without an object, never an adjective
	particle string   // the word that must follow, "" for none
	class    *class   // the object's class, nil for none
	not      map[string]bool
}

// class is a named set of object words, singular and plural.
type class struct {
	name     string
	words    map[string]bool
	modifier bool // a modifier: anywhere in the object's phrase
	// heads are nouns of the class only after another of its words,
	// written "+word": "training sessions" is a talk, "physiotherapy
	// sessions" none.
	heads map[string]bool
}

// head reports a head noun of the class, singular or plural.
func (c *class) head(w string) bool {
	if c.heads[w] {
		return true
	}
	s := morph.Singular(w)
	return s != "" && c.heads[s]
}

func (c *class) has(w string) bool {
	if c.words[w] {
		return true
	}
	s := morph.Singular(w)
	return s != "" && c.words[s]
}

// hit is a rule a word form is a verb form of, and which forms.
type hit struct {
	r    *rule
	kind morph.Kind
}

// index is the table read: each verb form's rules; the rules of "co-*";
// the word patterns by spelling.
type index struct {
	forms map[string][]hit
	co    []*rule
	words map[string][]*rule
	terms []string // every id the table names, in table order
	// listeners is the class an object's "to" phrase names the audience
	// by, which the quote takes in ("results to the board").
	listeners *class
}

var (
	once sync.Once
	idx  *index
)

func table() *index {
	once.Do(func() {
		var err error
		if idx, err = parse(behaviours, classes); err != nil {
			panic(err) // the table is data compiled in; TestTable keeps it well formed
		}
	})
	return idx
}

// Terms lists every skill the table has behaviours for, by dictionary id.
func Terms() []string { return table().terms }

// parse reads the behaviour table and its classes.
func parse(beh, cls string) (*index, error) {
	cs, err := parseClasses(cls)
	if err != nil {
		return nil, err
	}
	ix := &index{forms: map[string][]hit{}, words: map[string][]*rule{}, listeners: cs["listeners"]}
	if ix.listeners == nil {
		return nil, fmt.Errorf("classes: no listeners class")
	}
	seen := map[string]bool{}
	var terms []string
	for n, line := range strings.Split(beh, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			terms = strings.Fields(strings.Trim(line, "[]"))
			for _, t := range terms {
				if !seen[t] {
					seen[t] = true
					ix.terms = append(ix.terms, t)
				}
			}
			continue
		case terms == nil:
			return nil, fmt.Errorf("behaviours line %d: a pattern before any [skill] section", n+1)
		}
		if err := ix.add(terms, line, cs); err != nil {
			return nil, fmt.Errorf("behaviours line %d: %w", n+1, err)
		}
	}
	return ix, nil
}

// add reads one pattern line for terms.
func (ix *index) add(terms []string, line string, cs map[string]*class) error {
	f := strings.Fields(line)
	r := &rule{terms: terms, verb: f[0], not: map[string]bool{}}
	for _, a := range f[1:] {
		switch {
		case strings.HasPrefix(a, "<") && strings.HasSuffix(a, ">"):
			c, ok := cs[strings.Trim(a, "<>")]
			if !ok {
				return fmt.Errorf("unknown class %s", a)
			}
			r.class = c
		case strings.HasPrefix(a, "!"):
			r.not[a[1:]] = true
		default:
			return fmt.Errorf("unknown part %q", a)
		}
	}
	spec := f[0]
	if w, ok := strings.CutPrefix(spec, "="); ok {
		ix.words[w] = append(ix.words[w], r)
		ix.words[w+"ly"] = append(ix.words[w+"ly"], r) // "cross-functionally"
		return nil
	}
	spec, r.particle, _ = strings.Cut(spec, "+")
	spec, r.noun = strings.CutSuffix(spec, "~")
	if spec == "co-*" {
		r.prefixed = true
		ix.co = append(ix.co, r)
		return nil
	}
	pre, base := morph.SplitPrefix(spec)
	r.prefixed = pre != ""
	if v, _, ok := morph.Lookup(base); ok && pre == "" && v.NounBase() {
		r.noun = true
	}
	for _, fm := range morph.Inflect(base) {
		w := pre + fm.Word
		ix.forms[w] = append(ix.forms[w], hit{r, fm.Kind})
	}
	return nil
}

// parseClasses reads "name: word word +head ..." lines; an indented line
// goes on with the class above it.
func parseClasses(s string) (map[string]*class, error) {
	cs := map[string]*class{}
	var cur *class
	for n, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		words := line
		if line[0] != ' ' {
			name, rest, ok := strings.Cut(line, ":")
			if !ok {
				return nil, fmt.Errorf("classes line %d: no class name", n+1)
			}
			cur = &class{words: map[string]bool{}, heads: map[string]bool{}}
			cur.name, cur.modifier = strings.CutSuffix(strings.TrimSpace(name), "*")
			cs[cur.name] = cur
			words = rest
		} else if cur == nil {
			return nil, fmt.Errorf("classes line %d: words before any class", n+1)
		}
		for _, w := range strings.Fields(words) {
			if h, ok := strings.CutPrefix(w, "+"); ok {
				cur.heads[h] = true
				continue
			}
			cur.words[w] = true
		}
	}
	return cs, nil
}
