// Package tokenize is the third pipeline stage: it splits normalised text
// into tokens with positions, keeping skill-shaped words whole (C#, C++,
// .NET, Node.js, CI/CD, TCP/IP, R&D, Objective-C, A/B).
//
// The rules, applied rune by rune:
//   - IsWordRune runes (letters, digits, combining marks, '_') build words;
//   - connector runes join two word parts only in the shapes listed in
//     joins: '.' before a letter or digit (Node.js, 3.12, and a leading
//     '.' as in .NET), '-' between word runes (Object-Oriented, UTF-8),
//     '/' between upper-case or digit parts (CI/CD, TCP/IP, A/B, I/O, but
//     not and/or or Swift/Objective-C), '&' between word runes (R&D, AT&T),
//     '\” between letters (don't), '#' and '+' after a letter (C#, C++);
//   - URLs and e-mail addresses are one Word token each, so they never
//     match a skill;
//   - every other non-space rune is a one-rune Punct token, so the matcher
//     can see list separators and sentence ends.
//
// Hyphenated words stay one token ("object-oriented"); the matcher
// generates the spaced and joined variants.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits and skill symbols (C#, Node.js)
	Number             // digits, possibly dotted (3.12, 2024)
	Punct              // one punctuation rune that is not part of a word: , ; : ( ) . ! ? • | and the like
)

// String names the kind, for test output.
func (k Kind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	}
	return "Kind(?)"
}

// Token is one unit of text with its position.
type Token struct {
	Text       string // as written
	Norm       string // case-folded form used for dictionary lookups
	Start, End int    // byte offsets into the text given to Tokenize
	Line       int    // 1-based
	Kind       Kind
}

// IsWordRune reports whether r can build a word on its own. It is the
// hook the matcher shares to split glued words the same way.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// asciiWord is the ASCII fast path of IsWordRune.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['_'] = true
	return t
}()

func isUpperOrDigit(c byte) bool { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') }

// wordRuneAt decodes the rune at i and says whether it is a word rune.
func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return asciiWord[s[i]]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return IsWordRune(r)
}

func letterBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// joins reports whether the connector at s[i] continues the word that
// started at start.
func joins(s string, start, i int) bool {
	c := s[i]
	switch c {
	case '.':
		return wordRuneAt(s, i+1)
	case '-', '&':
		return i > start && wordRuneAt(s, i+1)
	case '\'':
		return letterBefore(s, i) && i+1 < len(s) && s[i+1] < utf8.RuneSelf && unicode.IsLetter(rune(s[i+1]))
	case '/':
		// Only upper-case/digit parts on both sides: CI/CD, TCP/IP, A/B.
		if i == start || i+1 >= len(s) || !isUpperOrDigit(s[i+1]) {
			return false
		}
		j := i - 1
		for j >= start && isUpperOrDigit(s[j]) {
			j--
		}
		if j >= start && s[j] != '/' {
			return false
		}
		k := i + 1
		for k < len(s) && isUpperOrDigit(s[k]) {
			k++
		}
		return k-i-1 <= 5 && (k >= len(s) || !wordRuneAt(s, k))
	case '#':
		return letterBefore(s, i) && !wordRuneAt(s, i+1)
	case '+':
		if i == start {
			return false
		}
		p := s[i-1]
		return (p == '+' || letterBefore(s, i)) && !wordRuneAt(s, i+1)
	}
	return false
}

// linkEnd returns the end of a URL or e-mail address starting at i, or -1.
func linkEnd(s string, i int) int {
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
		j++
	}
	chunk := s[i:j]
	link := strings.Contains(chunk, "://") || hasPrefixFold(chunk, "www.")
	if !link {
		at := strings.IndexByte(chunk, '@')
		link = at > 0 && strings.IndexByte(chunk[at:], '.') > 1
	}
	if !link {
		return -1
	}
	// Trailing sentence punctuation belongs to the sentence.
	for j > i && strings.IndexByte(".,;:)]!?\"'>", s[j-1]) >= 0 {
		j--
	}
	return j
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// Tokenize splits text into tokens. It never fails: odd input yields odd
// tokens, not errors.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice, as Tokenize would return them: a caller tokenizing many short
// texts (match.Compile) can reuse one buffer.
func AppendTokens(dst []Token, text string) []Token {
	toks, first := dst, len(dst)
	line := 1
	lowerBytes := 0 // bytes of Norm that differ from Text, stored in one buffer
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			line++
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += w
				continue
			}
		}
		start := i
		wordStart := IsWordRune(r) || (c == '.' && i+1 < len(text) && wordRuneAt(text, i+1) && (i == 0 || !wordRuneAt(text, i-1)))
		if !wordStart {
			toks = append(toks, Token{Text: text[i : i+w], Norm: text[i : i+w], Start: i, End: i + w, Line: line, Kind: Punct})
			i += w
			continue
		}
		i += w
		for i < len(text) {
			if text[i] < utf8.RuneSelf {
				if asciiWord[text[i]] {
					i++
					continue
				}
				if joins(text, start, i) {
					i++
					continue
				}
				break
			}
			r, w := utf8.DecodeRuneInString(text[i:])
			if !IsWordRune(r) {
				break
			}
			i += w
		}
		// Only a word stopped by ':' or '@', or starting "www.", can be a
		// link: checking just those keeps the common path to one scan.
		if (i < len(text) && (text[i] == ':' || text[i] == '@')) || hasPrefixFold(text[start:i], "www.") {
			if e := linkEnd(text, start); e > i {
				i = e
			}
		}
		s := text[start:i]
		kind := Word
		if s[0] >= '0' && s[0] <= '9' {
			kind = Number
			for k := 0; k < len(s); k++ {
				if !(s[k] >= '0' && s[k] <= '9') && s[k] != '.' {
					kind = Word
					break
				}
			}
		}
		if hasUpper(s) {
			lowerBytes += len(s) + 8
		}
		toks = append(toks, Token{Text: s, Norm: s, Start: start, End: i, Line: line, Kind: kind})
	}
	if lowerBytes > 0 {
		fold(toks[first:], lowerBytes)
	}
	return toks
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// fold lower-cases Norm for every token that needs it, sharing one
// backing string so the cost is one allocation per document, not per token.
func fold(toks []Token, size int) {
	buf := make([]byte, 0, size)
	type span struct{ i, a, b int }
	spans := make([]span, 0, len(toks)/2+1)
	for i := range toks {
		s := toks[i].Text
		if !hasUpper(s) {
			continue
		}
		a := len(buf)
		for _, r := range s {
			if r < utf8.RuneSelf {
				if r >= 'A' && r <= 'Z' {
					r += 'a' - 'A'
				}
				buf = append(buf, byte(r))
				continue
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		if string(buf[a:]) == s { // non-ASCII without case
			buf = buf[:a]
			continue
		}
		spans = append(spans, span{i, a, len(buf)})
	}
	all := string(buf)
	for _, sp := range spans {
		toks[sp.i].Norm = all[sp.a:sp.b]
	}
}
