package keywords

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Loading the embedded dictionary is on the path of every `atsmatch match`
// process, so it skips encoding/json (reflection, an allocation per
// string: ~20 ms) for a decoder of the exact form Encode writes: strings
// without escapes are substrings of the embedded data, every term list
// shares one backing array (~2 ms). Anything else (an escape it cannot
// share, another key order, spacing) makes decodeCanonical give up, and
// the caller decodes with encoding/json, so the result never depends on
// which decoder ran (FuzzDecodeCanonical compares them).

// LoadDefault decodes the embedded dictionary afresh on every call (no
// cache, unlike [Default]; for benchmarks of the cold path). The embedded
// data is validated when it is generated and by the package tests, so
// LoadDefault does not validate it again.
func LoadDefault() (*Dict, error) {
	if d, ok := decodeCanonical(embedded); ok && termsSorted(d.Terms) {
		return d, nil
	}
	// Not in the canonical form (hand-edited data): the slow, validating path.
	d, err := Parse([]byte(embedded))
	if err != nil {
		return nil, fmt.Errorf("embedded dictionary: %w", err)
	}
	return d, nil
}

func termsSorted(ts []Term) bool {
	for i := 1; i < len(ts); i++ {
		if ts[i-1].ID >= ts[i].ID {
			return false
		}
	}
	return true
}

// canonReader walks data in the canonical form; ok turns false at the
// first byte that does not fit, and every later call is then a no-op.
type canonReader struct {
	s    string
	i    int
	ok   bool
	pool []string // backing array of every term list
}

// decodeCanonical decodes data written by [Dict.Encode], or reports false.
func decodeCanonical(data string) (*Dict, bool) {
	r := &canonReader{s: data, ok: true}
	// One term per line; lists hold ~3 strings per term on average.
	lines := strings.Count(data, "\n")
	r.pool = make([]string, 0, 3*lines)
	d := &Dict{}
	r.lit(`{"version":`)
	d.Version = r.str()
	r.lit(`,"terms":[`)
	d.Terms = make([]Term, 0, lines)
	for n := 0; r.ok; n++ {
		if r.lit2("\n]}\n") {
			break
		}
		if n > 0 {
			r.lit(",")
		}
		r.lit("\n")
		d.Terms = append(d.Terms, Term{})
		r.term(&d.Terms[len(d.Terms)-1])
	}
	if !r.ok || r.i != len(r.s) {
		return nil, false
	}
	if len(d.Terms) == 0 {
		d.Terms = []Term{} // as encoding/json decodes "terms":[]
	}
	return d, true
}

// lit consumes the literal p.
func (r *canonReader) lit(p string) {
	if !r.lit2(p) {
		r.ok = false
	}
}

// lit2 consumes p if it comes next.
func (r *canonReader) lit2(p string) bool {
	if r.ok && strings.HasPrefix(r.s[r.i:], p) {
		r.i += len(p)
		return true
	}
	return false
}

// str reads a JSON string. One without escapes, control bytes or invalid
// UTF-8 (encoding/json would rewrite those) is shared with the input.
func (r *canonReader) str() string {
	if !r.ok || r.i >= len(r.s) || r.s[r.i] != '"' {
		r.ok = false
		return ""
	}
	start := r.i + 1
	plain, ascii := true, true
	j := start
	for ; j < len(r.s); j++ {
		c := r.s[j]
		if c == '"' {
			break
		}
		if c == '\\' {
			plain = false
			j++ // skip the escaped byte: it may be a quote
			continue
		}
		if c < 0x20 {
			r.ok = false
			return ""
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if j >= len(r.s) {
		r.ok = false
		return ""
	}
	r.i = j + 1
	s := r.s[start:j]
	if plain && (ascii || utf8.ValidString(s)) {
		return s
	}
	// Rare: let encoding/json unescape it so both decoders agree.
	var out string
	if err := json.Unmarshal([]byte(r.s[start-1:j+1]), &out); err != nil {
		r.ok = false
	}
	return out
}

// list reads a non-empty JSON array of strings into the shared pool. An
// empty list never appears in the canonical form (omitempty).
func (r *canonReader) list() []string {
	r.lit("[")
	a := len(r.pool)
	for r.ok {
		r.pool = append(r.pool, r.str())
		if !r.lit2(",") {
			break
		}
	}
	r.lit("]")
	// Capped, so appending to one term's list cannot overwrite the next.
	return r.pool[a:len(r.pool):len(r.pool)]
}

// term reads one term object, its keys in Term's field order.
func (r *canonReader) term(t *Term) {
	r.lit(`{"id":`)
	t.ID = r.str()
	r.lit(`,"name":`)
	t.Name = r.str()
	r.lit(`,"kind":`)
	t.Kind = Kind(r.str())
	r.lit(`,"category":`)
	t.Category = r.str()
	for _, f := range []struct {
		key string
		dst *[]string
	}{
		{`,"aliases":`, &t.Aliases},
		{`,"acronyms":`, &t.Acronyms},
		{`,"forms":`, &t.Forms},
		{`,"ambiguous":`, &t.Ambiguous},
		{`,"context":`, &t.Context},
		{`,"not_before":`, &t.NotBefore},
		{`,"not_after":`, &t.NotAfter},
		{`,"related":`, &t.Related},
		{`,"broader":`, &t.Broader},
		{`,"replaces":`, &t.Replaces},
	} {
		if r.lit2(f.key) {
			*f.dst = r.list()
		}
	}
	if r.lit2(`,"weight":`) {
		t.Weight = r.number()
	}
	if r.lit2(`,"source":`) {
		t.Source = r.str()
	}
	r.lit("}")
}

// number reads a JSON number (strict grammar, as encoding/json accepts).
func (r *canonReader) number() float64 {
	if !r.ok {
		return 0
	}
	s, j := r.s, r.i
	digits := func() int {
		k := j
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j - k
	}
	if j < len(s) && s[j] == '-' {
		j++
	}
	if j < len(s) && s[j] == '0' {
		j++
	} else if digits() == 0 {
		r.ok = false
		return 0
	}
	if j < len(s) && s[j] == '.' {
		j++
		if digits() == 0 {
			r.ok = false
			return 0
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		j++
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if digits() == 0 {
			r.ok = false
			return 0
		}
	}
	f, err := strconv.ParseFloat(s[r.i:j], 64)
	if err != nil {
		r.ok = false
		return 0
	}
	r.i = j
	return f
}
