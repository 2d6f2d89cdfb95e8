// Package textnorm is the second pipeline stage: it normalises extracted
// text (Unicode NFKC, quotes, dashes, ligatures, soft hyphens, words
// hyphenated across line ends, control and private-use characters) so that
// later stages see one spelling of each word.
//
// Normalize keeps the number of lines: line N of the output is line N of the
// input, normalised, so evidence can cite line numbers of the source.
package textnorm

// Normalize returns s normalised, with exactly as many "\n" as s.
func Normalize(s string) string {
	panic("textnorm.Normalize: not built yet")
}
