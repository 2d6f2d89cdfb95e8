package match

// The matching view: tokens, with glued words split into pieces that can match.

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// view builds the token view, splitting compounds and glued words that no
// surface starts with. skip holds glued tokens (1-based) not to split.
func (m *Matcher) view(toks []tokenize.Token, skip map[int]bool) ([]vtok, int) {
	out := make([]vtok, 0, len(toks)+len(toks)/4+8)
	glued := 0
	for ti, t := range toks {
		if wi, ok := m.words[t.Norm]; ok || t.Kind != tokenize.Word {
			out = append(out, vtok{Token: t, wid: wi.id})
			continue
		}
		from := len(out)
		if strings.ContainsAny(t.Text, "-/") && !strings.Contains(t.Text, "://") && !strings.Contains(t.Text, "@") {
			out = m.ids(appendCompound(out, t), from)
			continue
		}
		if k := m.affix(t.Text); k > 0 {
			// "Python's" → Python + 's; "Python3", "HTML5" → Python + 3.
			out = m.ids(append(out, piece(t, 0, k, tokenize.Word, false), piece(t, k, len(t.Text), tokenize.Word, false)), from)
			continue
		}
		if !skip[ti+1] && hasHump(t.Text) {
			if pieces := m.segment(t); pieces != nil {
				glued++
				for _, p := range pieces {
					p.glued = int32(ti + 1)
					out = append(out, p)
				}
				out = m.ids(out, from)
				continue
			}
		}
		out = append(out, vtok{Token: t})
	}
	return out, glued
}

// affix returns where a possessive "'s" or a version number glued to a
// known word starts, or 0.
func (m *Matcher) affix(s string) int {
	if k := len(s) - 2; k > 0 && (s[k:] == "'s" || s[k:] == "'S") && m.words[strings.ToLower(s[:k])].flags != 0 {
		return k
	}
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k == 1 && len(s) == 2 {
		return 0 // one letter and one digit is a level or a grade (English C1, B2), not C or R with a version
	}
	if k == len(s) || k == 0 || !isLowerASCII(strings.ToLower(s[:k])) || m.words[strings.ToLower(s[:k])].flags == 0 {
		return 0
	}
	return k
}

// ids sets the word ids of the pieces out[from:].
func (m *Matcher) ids(out []vtok, from int) []vtok {
	for k := from; k < len(out); k++ {
		out[k].wid = m.words[out[k].Norm].id
	}
	return out
}

// appendCompound splits "Kubernetes-based" or "AWS/GCP" into words and
// Punct separators.
func appendCompound(out []vtok, t tokenize.Token) []vtok {
	s := t.Text
	from := 0
	for k := 0; k <= len(s); k++ {
		if k < len(s) && s[k] != '-' && s[k] != '/' {
			continue
		}
		if k > from {
			out = append(out, piece(t, from, k, t.Kind, true))
		}
		if k < len(s) {
			out = append(out, piece(t, k, k+1, tokenize.Punct, true))
		}
		from = k + 1
	}
	return out
}

func piece(t tokenize.Token, a, b int, kind tokenize.Kind, hyphen bool) vtok {
	txt := t.Text[a:b]
	if kind == tokenize.Word && txt[0] >= '0' && txt[0] <= '9' && strings.Trim(txt, "0123456789.") == "" {
		kind = tokenize.Number
	}
	return vtok{Token: tokenize.Token{Text: txt, Norm: strings.ToLower(txt), Start: t.Start + a, End: t.Start + b, Line: t.Line, Kind: kind}, hyphen: hyphen}
}

// hasHump reports a lower→Upper change or a '.' before an upper-case
// letter inside a word: the marks of words run together.
func hasHump(s string) bool {
	for k := 1; k < len(s); k++ {
		c := s[k]
		p := s[k-1]
		if c >= 'A' && c <= 'Z' && ((p >= 'a' && p <= 'z') || p == '.') {
			return true
		}
	}
	return false
}

// splitPoints returns the offsets where a glued word may be cut: before an
// upper-case letter after a lower-case one, before the last capital of an
// upper-case run followed by lower case ("MQTerraform"), and before '.'.
func splitPoints(s string) []int {
	pts := []int{0}
	for k := 1; k < len(s); k++ {
		c, p := s[k], s[k-1]
		up := c >= 'A' && c <= 'Z'
		switch {
		case c == '.':
			pts = append(pts, k)
		case up && p >= 'a' && p <= 'z':
			pts = append(pts, k)
		case up && p >= 'A' && p <= 'Z' && k+1 < len(s) && s[k+1] >= 'a' && s[k+1] <= 'z':
			pts = append(pts, k)
		}
	}
	return append(pts, len(s))
}

// segment cuts a glued word into the fewest pieces that are all words of
// known surfaces, or returns nil.
func (m *Matcher) segment(t tokenize.Token) []vtok {
	pts := splitPoints(t.Text)
	n := len(pts)
	if n > 40 {
		return nil // pathological input; not worth a quadratic search
	}
	const inf = 1 << 30
	best := make([]int, n)
	from := make([]int, n)
	for k := 1; k < n; k++ {
		best[k] = inf
		for j := 0; j < k; j++ {
			if best[j] == inf {
				continue
			}
			w := strings.ToLower(t.Text[pts[j]:pts[k]])
			if m.words[w].flags&wordClear != 0 && best[j]+1 < best[k] {
				best[k], from[k] = best[j]+1, j
			}
		}
	}
	if best[n-1] == inf || best[n-1] < 2 {
		return nil
	}
	out := make([]vtok, best[n-1])
	for k, i := n-1, best[n-1]-1; k > 0; k, i = from[k], i-1 {
		out[i] = piece(t, pts[from[k]], pts[k], tokenize.Word, false)
	}
	return out
}

// badGlued returns the glued tokens (1-based) that have a piece no
// non-ambiguous match covers (see clearlyCovered); Match puts them back
// whole.
func badGlued(view []vtok, covered []bool) map[int]bool {
	bad := map[int]bool{}
	for k, v := range view {
		if v.glued > 0 && !covered[k] {
			bad[int(v.glued)] = true
		}
	}
	return bad
}

// clearlyCovered marks the tokens of view (n long) that a non-ambiguous
// candidate covers. A match that continues in a column further on (joins,
// by start) covers only its two parts.
func clearlyCovered(n int, cands []cand, joins []join) []bool {
	covered := make([]bool, n)
	for _, c := range cands {
		for len(joins) > 0 && joins[0].i < c.i {
			joins = joins[1:]
		}
		if c.e.ambiguous {
			continue
		}
		cut, cont := c.j, c.j
		if len(joins) > 0 && joins[0].i == c.i {
			cut, cont = joins[0].cut, joins[0].cont
		}
		for k := c.i; k < c.j; k++ {
			if k < cut || k >= cont {
				covered[k] = true
			}
		}
	}
	return covered
}
