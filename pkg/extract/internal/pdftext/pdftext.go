// Package pdftext is the PDF reader of the extract stage: it turns PDF bytes
// into page texts (lines separated by "\n", words by single spaces). It owns
// the hardened copy of ledongthuc/pdf in ./pdf (object layer) and its own text
// walk over content streams (text state, font decoding, reading order).
package pdftext

import (
	"context"
	"errors"
)

// Options bound the work on one file.
type Options struct {
	MaxPages       int   // pages read at most (0 = 200)
	MaxStreamBytes int64 // decoded bytes per content stream at most (0 = 16 MiB)
	MaxObjects     int   // xref entries accepted at most (0 = 1_000_000), also capped against the file size
}

// Result is the text of a PDF, page by page.
type Result struct {
	Pages    []string // one string per page read; lines separated by "\n", words by single spaces
	NumPages int      // pages the document declares (after caps/sanity)
	Glyphs   int      // glyphs decoded
	Unmapped int      // glyphs that had no Unicode mapping (drove confidence down)
	Warnings []string // human phrases: "two-column layout reordered", "stopped after 200 pages", ...
}

var (
	ErrEncrypted = errors.New("encrypted")     // cannot open with the empty user password
	ErrMalformed = errors.New("malformed pdf") // wrapped with the cause
	ErrTooLarge  = errors.New("too large")     // a cap was exceeded in a way that makes the result meaningless
)

// Extract reads data. It honours ctx (deadline/cancel) inside its loops,
// recovers every panic into an ErrMalformed error, never hangs, and never
// allocates in proportion to a number declared in the file rather than to the
// file's real size.
func Extract(ctx context.Context, data []byte, opt Options) (*Result, error) {
	return extract(ctx, data, opt)
}
