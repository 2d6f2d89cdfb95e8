package match

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
	"github.com/google/go-cmp/cmp"
)

// naiveSurface is one way of writing a term, as the naive matcher sees it.
type naiveSurface struct {
	term  string
	how   How
	norms []string
	texts []string // non-nil: exact case required (acronyms)
}

// naiveSurfaces enumerates every surface and variant in the order the
// trie is meant to prefer them, written independently of Compile.
func naiveSurfaces(d *keywords.Dict) []naiveSurface {
	var out []naiveSurface
	for _, t := range d.Terms {
		add := func(s string, how How) {
			toks := tokenize.Tokenize(s)
			var ns, ts []string
			for _, tk := range toks {
				ns = append(ns, tk.Norm)
				ts = append(ts, tk.Text)
			}
			if how == Acronym {
				out = append(out, naiveSurface{t.ID, how, ns, ts})
				return
			}
			out = append(out, naiveSurface{t.ID, how, ns, nil})
			low := strings.ToLower(s)
			if strings.Contains(s, "-") {
				for _, v := range []string{strings.ReplaceAll(low, "-", " "), strings.ReplaceAll(low, "-", "")} {
					var vs []string
					for _, tk := range tokenize.Tokenize(v) {
						vs = append(vs, tk.Norm)
					}
					out = append(out, naiveSurface{t.ID, how, vs, nil})
				}
			}
			if len(ns) > 1 && t.Kind == keywords.Hard && how != Inflection {
				pl := append(append([]string(nil), ns[:len(ns)-1]...), ns[len(ns)-1]+"s")
				out = append(out, naiveSurface{t.ID, Inflection, pl, nil})
			}
		}
		add(t.Name, Exact)
		for _, s := range t.Aliases {
			add(s, Alias)
		}
		for _, s := range t.Acronyms {
			add(s, Acronym)
		}
		for _, s := range t.Forms {
			add(s, Inflection)
		}
	}
	return out
}

// atom is one word of text or surface with hyphenated words cut into
// their parts, so "machine-learning" and "machine learning" read alike.
type atom struct {
	norm, text string
	start, end int  // byte offsets in the text
	tok        int  // index of the token it came from
	cut        bool // a part of a compound no surface names whole: matches may start and end in it
	first      bool // the first part of its token
	last       bool // the last part of its token
}

// atoms cuts hyphenated words into parts; a word some surface names whole
// (known) keeps its parts together: a match may not start or end inside it.
func atoms(toks []tokenize.Token, known map[string]bool) []atom {
	var out []atom
	for ti, tk := range toks {
		parts := []string{tk.Text}
		if tk.Kind == tokenize.Word && strings.Contains(tk.Text, "-") {
			parts = strings.Split(tk.Text, "-")
		}
		off := tk.Start
		for k, p := range parts {
			out = append(out, atom{norm: strings.ToLower(p), text: p, start: off, end: off + len(p), tok: ti,
				cut: len(parts) > 1 && !known[tk.Norm], first: k == 0, last: k == len(parts)-1})
			off += len(p) + 1
		}
	}
	return out
}

func surfaceAtoms(norms []string) []string {
	var out []string
	for _, n := range norms {
		out = append(out, strings.Split(n, "-")...)
	}
	return out
}

// naiveMatch scans every atom position against every surface and keeps
// the longest (first listed on ties), for dictionaries without ambiguous
// surfaces.
func naiveMatch(surfs []naiveSurface, text string) []hit {
	toks := tokenize.Tokenize(text)
	known := map[string]bool{}
	for _, s := range surfs {
		for _, n := range s.norms {
			known[n] = true
		}
	}
	as := atoms(toks, known)
	wraps := map[int]bool{} // lines a term may wrap from onto the next
	for _, t := range toks {
		if _, seen := wraps[t.Line]; !seen {
			wraps[t.Line] = naiveJoinable(toks, t.Line)
		}
	}
	out := []hit{}
	for i := 0; i < len(as); {
		if toks[as[i].tok].Kind == tokenize.Punct || !(as[i].first || as[i].cut) {
			i++
			continue
		}
		best, bestN := -1, 0
		for si, s := range surfs {
			sa := surfaceAtoms(s.norms)
			if i+len(sa) > len(as) || len(sa) <= bestN {
				continue
			}
			end := as[i+len(sa)-1]
			ok := end.last || end.cut
			breaks := 0
			for k, w := range sa {
				a := as[i+k]
				if k > 0 && toks[a.tok].Line != toks[as[i+k-1].tok].Line {
					// One line break, where the rules of wrap.go let a term go on.
					breaks++
					ok = ok && breaks == 1 && wraps[toks[as[i+k-1].tok].Line] && toks[a.tok].Line == toks[as[i+k-1].tok].Line+1
				}
				if !ok || a.norm != w {
					ok = false
					break
				}
				// Acronyms: in their case, and over whole tokens when longer than one word.
				if s.texts != nil && (len(sa) != len(s.texts) || a.text != s.texts[k] || len(sa) > 1 && !(a.first && a.last)) {
					ok = false
					break
				}
			}
			if ok {
				best, bestN = si, len(sa)
			}
		}
		if best < 0 {
			i++
			continue
		}
		surface := text[as[i].start:as[i+bestN-1].end]
		for k := i + 1; k < i+bestN; k++ {
			if toks[as[k].tok].Line != toks[as[k-1].tok].Line {
				surface = text[as[i].start:as[k-1].end] + " " + text[as[k].start:as[i+bestN-1].end]
			}
		}
		out = append(out, hit{surfs[best].term, surface, surfs[best].how})
		i += bestN
	}
	return out
}

// naiveJoinable reports whether a term may wrap from line l onto line
// l+1 of one-column text: the rules of wrap.go, written over whole lines.
func naiveJoinable(toks []tokenize.Token, l int) bool {
	var a, b []tokenize.Token
	for _, t := range toks {
		switch t.Line {
		case l:
			a = append(a, t)
		case l + 1:
			b = append(b, t)
		}
	}
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	last, first := a[len(a)-1], b[0]
	if last.Kind == tokenize.Punct && last.Text != "&" || first.Kind == tokenize.Punct && (first.Text != "&" || len(b) == 1) {
		return false
	}
	if capitals(a) || capitals(b) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first.Text)
	if !unicode.IsUpper(r) || isAny(last.Norm, "and", "or", "&", "of", "for", "with", "in", "to", "the", "a", "an", "on", "at", "by", "from", "as") {
		return true
	}
	// One short item a line: "Python" over "Java" is a list, not a wrap;
	// nor does a word in lower case go on into a capitalised short line.
	lr, _ := utf8.DecodeRuneInString(last.Text)
	return !naiveItem(a) && !(unicode.IsLower(lr) && naiveItem(b))
}

// naiveItem reports a line of at most three words, the first capitalised,
// with no list separator after the first word.
func naiveItem(line []tokenize.Token) bool {
	words, inWord := 0, false
	for k, t := range line {
		if k > 0 && line[k-1].End != t.Start {
			inWord = false
		}
		if t.Kind == tokenize.Punct {
			if words > 0 && strings.ContainsAny(t.Text, ",;:|/•·()") {
				return false
			}
			continue
		}
		if !inWord {
			inWord = true
			words++
			if r, _ := utf8.DecodeRuneInString(t.Text); words == 1 && unicode.IsLower(r) {
				return false // a phrase, not an item
			}
		}
	}
	return words <= 3
}

// capitals reports a line with no lower-case letter and a word of five
// capitals or more.
func capitals(line []tokenize.Token) bool {
	text := ""
	for k, t := range line {
		if k > 0 && line[k-1].End != t.Start {
			text += " "
		}
		text += t.Text
	}
	if strings.ToUpper(text) != text {
		return false
	}
	for _, w := range strings.Fields(text) {
		n := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				n++
			}
		}
		if n >= 5 {
			return true
		}
	}
	return false
}

func diffDict() *keywords.Dict {
	return &keywords.Dict{Version: "diff", Terms: []keywords.Term{
		{ID: "alpha", Name: "Alpha", Kind: keywords.Hard, Aliases: []string{"alpha beta"}},
		{ID: "abg", Name: "Alpha Beta Gamma", Kind: keywords.Hard},
		{ID: "bg", Name: "Beta-Gamma", Kind: keywords.Hard},
		{ID: "delta", Name: "Delta", Kind: keywords.Hard, Acronyms: []string{"DLT"}},
		{ID: "ez", Name: "Epsilon Zeta", Kind: keywords.Hard, Forms: []string{"epsilon"}},
		{ID: "zeta", Name: "Zeta", Kind: keywords.Hard, Acronyms: []string{"ZT"}, Forms: []string{"zt"}},
		{ID: "gd", Name: "gamma delta", Kind: keywords.Hard},
		{ID: "eta", Name: "Eta", Kind: keywords.Hard, Aliases: []string{"Theta Eta"}},
		{ID: "ik", Name: "Iota Kappa", Kind: keywords.Soft},
		{ID: "kappa", Name: "Kappa", Kind: keywords.Hard, Aliases: []string{"Mu-Nu Xi"}},
	}}
}

var diffWords = []string{
	"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "mu", "nu", "xi",
	"beta-gamma", "mu-nu", "munu", "alpha-beta", "epsilon-zeta", "theta-eta-kappa", "gamma-delta", "mu-nu-xi", "zeta-dlt", "Beta-Gamma-Delta", "dlt", "zt", "betas", "gammas", "zetas", "deltas", "etas", "xis",
	"the", "and", "with", ",", ".", ";", "/", "\n",
}

// randomText builds a text from choices, one word per byte.
func randomText(choices []byte) string {
	var b strings.Builder
	for _, c := range choices {
		w := diffWords[int(c>>2)%len(diffWords)]
		switch c & 3 {
		case 1:
			w = strings.ToUpper(w)
		case 2:
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func checkDiff(t *testing.T, m *Matcher, surfs []naiveSurface, text string) {
	t.Helper()
	want := naiveMatch(surfs, text)
	got := hits(run(m, text))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("Match(%q) differs from the naive matcher (-naive +trie):\n%s", text, diff)
	}
}

func TestDifferentialNaive(t *testing.T) {
	d := diffDict()
	m := mustCompile(t, d)
	surfs := naiveSurfaces(d)
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		b := make([]byte, 1+r.IntN(20))
		for i := range b {
			b[i] = byte(r.IntN(256))
		}
		checkDiff(t, m, surfs, randomText(b))
	}
}

func FuzzMatch(f *testing.F) {
	f.Add([]byte{0, 4, 8})
	f.Add([]byte("alpha beta gamma"))
	f.Add([]byte{52, 53, 54, 1, 2, 3})
	d := diffDict()
	m := mustCompile(f, d)
	surfs := naiveSurfaces(d)
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 64 {
			b = b[:64]
		}
		checkDiff(t, m, surfs, randomText(b))
	})
}

// FuzzMatchText feeds arbitrary text to the default dictionary: no panic,
// offsets in bounds, results in text order; a match on one line is
// text[Start:End] and overlaps no other on one line, a match wrapped onto
// the next line spans one line break and its surface reads its two ends
// without it; a match counts and a rejection does not under its rule.
func FuzzMatchText(f *testing.F) {
	for _, s := range []string{"Go, Rust and Python", "AzureDistributed Systems.NETPostgres", "DDD (Domain-Driven Design) DDD", "\xff(A)", "a-/-b C-level",
		"machine-learning-based front-end developer on amazon-web-services", "AzureDistributed\nScala Java Go; English (C1)", "Product-Design-first -- x-",
		"No DDD (Domain-Driven Design) experience required (", "no Java (ML", "* Excel at building in", "our Go team and", "Go & Chess", "2) ) ( Go in", "Languages:\n\nEnglish\n\n\nHindi, Go", ":\nGo\n",
		// Line wraps: prose, a hyphen break, two columns padded with spaces and a bar table.
		"skills in strategic\nthinking and Machine\nLearning", "Containers: Docker, docker-      Cloud: AWS\ncompose                          Go, Rust",
		"Python       Jest • React Testing\nSQL          Library • Cypress", "Vendor reconciliation  |  SAP    |  Month-end\nclose                  |  Excel  |  Go\nLearning",
		"Managed AWS infrastructure; analyzed financial data", "coached the SQL team", "Led a small team. pair-programmed"} {
		f.Add(s)
	}
	d, err := keywords.Default()
	if err != nil {
		f.Skip(err)
	}
	m := mustCompile(f, d)
	f.Fuzz(func(t *testing.T, s string) {
		r := run(m, s)
		prevStart, prevEnd := -1, 0
		for _, x := range r.Matches {
			if x.Start <= prevStart || x.End > len(s) || x.Start >= x.End || x.Line != strings.Count(s[:x.Start], "\n")+1 {
				t.Fatalf("bad match %+v in %q", x, s)
			}
			prevStart = x.Start
			span := s[x.Start:x.End]
			switch strings.Count(span, "\n") {
			case 0:
				if span != x.Surface || x.Start < prevEnd {
					t.Fatalf("bad match %+v in %q", x, s)
				}
				prevEnd = x.End
			case 1:
				if strings.ContainsRune(x.Surface, '\n') || !readsEnds(x.Surface, span) {
					t.Fatalf("bad wrapped match %+v in %q", x, s)
				}
			default:
				t.Fatalf("match %+v in %q spans more than one line break", x, s)
			}
			if x.Rule != nil && !x.Rule.ID.Counts() {
				t.Fatalf("match %+v in %q under a rule that does not count", x, s)
			}
		}
		for _, x := range r.Rejected {
			if x.Rule == nil || !slices.Contains(RuleIDs, x.Rule.ID) || x.Rule.ID.Counts() || x.Rule.Reason == "" {
				t.Fatalf("rejection %+v in %q: no known rule that un-counts", x, s)
			}
		}
	})
}

// readsEnds reports whether surface is a start of span on its first line
// and an end of it on its last, with one space or none between.
func readsEnds(surface, span string) bool {
	a, b, _ := strings.Cut(span, "\n")
	for p := 1; p < len(surface); p++ {
		if strings.HasPrefix(a, surface[:p]) && strings.HasSuffix(b, strings.TrimPrefix(surface[p:], " ")) && surface[p:] != " " {
			return true
		}
	}
	return false
}

func BenchmarkCompileDefault(b *testing.B) {
	d, err := keywords.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenizeMatchResume(b *testing.B) {
	data, err := os.ReadFile("testdata/resume.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	m := defaultMatcher(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Match(text, tokenize.Tokenize(text))
	}
}
