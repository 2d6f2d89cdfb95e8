package match

// A small matcher for negation patterns: words around a run of skills,
// some optional, each one of a few alternatives ("no [prior] X [experience]
// required|needed"). The patterns themselves are data (negpatterns.go).

import (
	"errors"
	"fmt"
	"strings"
)

// negPattern is a parsed pattern: the steps that must end right before the
// run (before) and start right after it (after), in reading order.
type negPattern struct {
	src           string
	before, after []negStep
	// waiver: the pattern only counts where the sentence also says the
	// lack is welcome (see waived).
	waiver bool
}

// negStep is one word (alternatives: "required|needed") or, in brackets,
// one or more words that may be left out together ("[be able to]").
type negStep struct {
	words [][]string // per word position, the words it may be
	opt   bool
}

// parseNegPattern reads a pattern: words separated by spaces, a|b for one
// word of several, [ ] around words that may be left out, and one X for
// the run of skills.
func parseNegPattern(s string) (negPattern, error) {
	p := negPattern{src: s}
	var cur *[]negStep = &p.before
	var group *negStep // the open [ ] group, if any
	sawX := false
	for _, f := range strings.Fields(s) {
		open := strings.HasPrefix(f, "[")
		if open {
			if group != nil {
				return p, fmt.Errorf("pattern %q: nested [", s)
			}
			f = f[1:]
		}
		closing := strings.HasSuffix(f, "]")
		if closing {
			f = f[:len(f)-1]
		}
		switch {
		case f == "X":
			if sawX || open || closing || group != nil {
				return p, fmt.Errorf("pattern %q: X must stand once, outside [ ]", s)
			}
			sawX, cur = true, &p.after
			continue
		case f == "" || strings.ContainsAny(f, "[]") || strings.Contains("|"+f+"|", "||"):
			return p, fmt.Errorf("pattern %q: bad word %q", s, f)
		}
		alts := strings.Split(f, "|")
		switch {
		case open:
			*cur = append(*cur, negStep{words: [][]string{alts}, opt: true})
			group = &(*cur)[len(*cur)-1]
		case group != nil:
			group.words = append(group.words, alts)
		default:
			*cur = append(*cur, negStep{words: [][]string{alts}})
		}
		if closing {
			if group == nil {
				return p, fmt.Errorf("pattern %q: ] without [", s)
			}
			group = nil
		}
	}
	switch {
	case group != nil:
		return p, fmt.Errorf("pattern %q: [ without ]", s)
	case !sawX:
		return p, fmt.Errorf("pattern %q: no X", s)
	case len(p.before)+len(p.after) == 0:
		return p, errors.New("empty pattern")
	}
	return p, nil
}

// mustParseNegPatterns parses the pattern table; a bad entry is a bug.
func mustParseNegPatterns(specs []negSpec) []negPattern {
	out := make([]negPattern, len(specs))
	for k, s := range specs {
		p, err := parseNegPattern(s.pattern)
		if err != nil {
			panic(err)
		}
		p.waiver = s.waiver
		out[k] = p
	}
	return out
}

// match reports whether p holds around a run with the words before it and
// after it (reading order), and returns the words outside the pattern on
// each side. An optional step is taken when it fits, and left out when the
// rest does not match with it.
func (p *negPattern) match(before, after []string) (restBefore, restAfter []string, ok bool) {
	if restBefore, ok = matchBack(p.before, before); !ok {
		return nil, nil, false
	}
	if restAfter, ok = matchOn(p.after, after); !ok {
		return nil, nil, false
	}
	return restBefore, restAfter, true
}

// matchOn matches steps at the start of ws and returns the words after them.
func matchOn(steps []negStep, ws []string) ([]string, bool) {
	if len(steps) == 0 {
		return ws, true
	}
	s := &steps[0]
	if n := len(s.words); n <= len(ws) && s.fits(ws[:n]) {
		if rest, ok := matchOn(steps[1:], ws[n:]); ok {
			return rest, true
		}
	}
	if s.opt {
		return matchOn(steps[1:], ws)
	}
	return nil, false
}

// matchBack matches steps at the end of ws and returns the words before them.
func matchBack(steps []negStep, ws []string) ([]string, bool) {
	if len(steps) == 0 {
		return ws, true
	}
	s := &steps[len(steps)-1]
	if n := len(s.words); n <= len(ws) && s.fits(ws[len(ws)-n:]) {
		if rest, ok := matchBack(steps[:len(steps)-1], ws[:len(ws)-n]); ok {
			return rest, true
		}
	}
	if s.opt {
		return matchBack(steps[:len(steps)-1], ws)
	}
	return nil, false
}

// fits reports whether ws (as long as s) are words of s, position by position.
func (s *negStep) fits(ws []string) bool {
	for k, w := range ws {
		if !isAny(w, s.words[k]...) {
			return false
		}
	}
	return true
}
