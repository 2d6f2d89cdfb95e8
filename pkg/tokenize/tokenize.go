// Package tokenize is the third pipeline stage: it splits normalised text
// into tokens with positions, keeping skill-shaped words whole (C#, C++,
// .NET, Node.js, CI/CD, TCP/IP, R&D, Objective-C, A/B).
package tokenize

// Kind says what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with digits and skill symbols (C#, Node.js)
	Number             // digits, possibly dotted (3.12, 2024)
	Punct              // one punctuation rune that is not part of a word: , ; : ( ) . ! ? • | and the like
)

// Token is one unit of text with its position.
type Token struct {
	Text       string // as written
	Norm       string // case-folded form used for dictionary lookups
	Start, End int    // byte offsets into the text given to Tokenize
	Line       int    // 1-based
	Kind       Kind
}

// Tokenize splits text into tokens. It never fails: odd input yields odd
// tokens, not errors.
func Tokenize(text string) []Token {
	panic("tokenize.Tokenize: not built yet")
}
