package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// span is a byte range [Start, End) in a posting's text.
type span struct{ Start, End int }

func (a span) overlaps(b span) bool { return a.Start < b.End && b.Start < a.End }

// posting is one SkillSpan posting rebuilt from its sentences: tokens
// joined by spaces, one sentence a line.
type posting struct {
	Source    string
	Idx       int
	Text      string
	Knowledge []span // gold hard-skill spans (tags_knowledge)
	Skill     []span // gold soft-skill spans (tags_skill)
	// Lines are the sentences' byte ranges in Text; Tagged marks the
	// sentences with at least one gold span of either kind. About two
	// thirds of SkillSpan sentences carry no tag at all, so false hits are
	// also broken down by the kind of sentence they fall in.
	Lines  []span
	Tagged []bool
}

// lineOf returns the index of the sentence holding byte offset pos.
func (p *posting) lineOf(pos int) int {
	return sort.Search(len(p.Lines), func(i int) bool { return p.Lines[i].End >= pos })
}

type ssLine struct {
	Idx       int      `json:"idx"`
	Tokens    []string `json:"tokens"`
	Skill     []string `json:"tags_skill"`
	Knowledge []string `json:"tags_knowledge"`
	Source    string   `json:"source"`
}

// readPostings groups SkillSpan JSON lines by (source, idx), in order of
// first appearance.
func readPostings(r io.Reader) ([]*posting, error) {
	dec := json.NewDecoder(r)
	byKey := map[string]*posting{}
	var out []*posting
	var b strings.Builder
	for n := 1; ; n++ {
		var l ssLine
		if err := dec.Decode(&l); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if len(l.Skill) != len(l.Tokens) || len(l.Knowledge) != len(l.Tokens) {
			return nil, fmt.Errorf("line %d: %d tokens but %d/%d tags", n, len(l.Tokens), len(l.Skill), len(l.Knowledge))
		}
		key := fmt.Sprintf("%s\x00%d", l.Source, l.Idx)
		p := byKey[key]
		if p == nil {
			p = &posting{Source: l.Source, Idx: l.Idx}
			byKey[key] = p
			out = append(out, p)
		}
		b.Reset()
		b.WriteString(p.Text)
		if p.Text != "" {
			b.WriteByte('\n')
		}
		base := b.Len()
		starts := make([]int, len(l.Tokens))
		ends := make([]int, len(l.Tokens))
		for i, tok := range l.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len() - base
			b.WriteString(tok)
			ends[i] = b.Len() - base
		}
		p.Text = b.String()
		p.Lines = append(p.Lines, span{base, b.Len()})
		p.Tagged = append(p.Tagged, slices.ContainsFunc(l.Knowledge, isTag) || slices.ContainsFunc(l.Skill, isTag))
		for _, s := range bioSpans(l.Knowledge) {
			p.Knowledge = append(p.Knowledge, span{base + starts[s.Start], base + ends[s.End-1]})
		}
		for _, s := range bioSpans(l.Skill) {
			p.Skill = append(p.Skill, span{base + starts[s.Start], base + ends[s.End-1]})
		}
	}
	return out, nil
}

func isTag(t string) bool { return t != "O" }

// bioSpans returns token ranges [Start, End) of B/I runs; an I with no B
// before it starts a span, as most readers of BIO data do.
func bioSpans(tags []string) []span {
	var out []span
	open := -1
	for i, t := range tags {
		switch {
		case t == "B" || t == "I" && open < 0:
			if open >= 0 {
				out = append(out, span{open, i})
			}
			open = i
		case t == "I":
		default:
			if open >= 0 {
				out = append(out, span{open, i})
				open = -1
			}
		}
	}
	if open >= 0 {
		out = append(out, span{open, len(tags)})
	}
	return out
}
