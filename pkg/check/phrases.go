package check

import (
	"bytes"
	"strings"
)

// phraseSet finds the phrases of a table in a padded line (see padded) by
// their first word: a line costs a map lookup per word, not a search per
// phrase, which matters when rank reads the kind of every resume.
type phraseSet map[string][]string // first word → phrases, each padded and with a trailing space

// newPhraseSet indexes phrases, written as people write them
// ("results-oriented", "what you'll do"), in their padded form.
func newPhraseSet(phrases ...[]string) phraseSet {
	s := phraseSet{}
	for _, list := range phrases {
		for _, ph := range list {
			p := padded(ph) // " results oriented "
			if strings.TrimSpace(p) == "" {
				continue
			}
			first, _, _ := strings.Cut(p[1:], " ")
			s[first] = append(s[first], p[1:])
		}
	}
	return s
}

// each calls fn with every phrase of s found in the padded line p (see
// appendPadded), in the order they start, as its words ("results
// oriented"). Looking words up by a []byte key does not allocate.
func (s phraseSet) each(p []byte, fn func(phrase string)) {
	for i := 0; i < len(p); i++ {
		if p[i] != ' ' || i+1 >= len(p) {
			continue
		}
		rest := p[i+1:]
		end := bytes.IndexByte(rest, ' ')
		if end < 0 {
			return
		}
		for _, ph := range s[string(rest[:end])] {
			if len(rest) >= len(ph) && string(rest[:len(ph)]) == ph {
				fn(ph[:len(ph)-1])
			}
		}
	}
}
