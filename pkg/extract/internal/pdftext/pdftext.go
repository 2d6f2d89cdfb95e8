// Package pdftext is the PDF reader of the extract stage: it turns PDF bytes
// into page texts (lines separated by "\n", words by single spaces). It owns
// the hardened copy of ledongthuc/pdf in ./pdf (object layer) and its own text
// walk over content streams (text state, font decoding, reading order).
package pdftext

import (
	"context"
	"errors"
)

// Options bound the work on one file. Every cap counts work, never time, so
// the same file gives the same result however loaded the machine is; a
// zero field takes the default. The defaults are far above what real
// documents need (the shared corpus at most: 2.9 MB decoded, 6 forms,
// 86,000 operators, 213,000 glyphs).
type Options struct {
	MaxPages       int   // pages read at most (0 = 200)
	MaxStreamBytes int64 // decoded bytes per stream at most (0 = 4 MiB)
	MaxDecoded     int64 // decoded bytes of all streams together, each read counted (0 = 8 MiB)
	MaxObjects     int   // xref entries accepted at most (0 = 1_000_000), also capped against the file size
	MaxForms       int   // form XObjects drawn, each time counted (0 = 1024)
	MaxOps         int   // content-stream operators run (0 = 1<<20)
	MaxGlyphs      int   // glyphs shown (0 = 1<<20)
}

// Result is the text of a PDF, page by page.
type Result struct {
	Pages    []string // one string per page read; lines separated by "\n", words by single spaces
	NumPages int      // pages the document declares (after caps/sanity)
	Glyphs   int      // glyphs decoded
	Unmapped int      // glyphs that had no Unicode mapping (drove confidence down)
	Images   int      // image objects drawn (each counted once)
	Warnings []string // human phrases: "two-column layout reordered", "stopped after 200 pages", ...
	Damaged  int      // content streams that would not decode and pages that would not parse
	Work     Work     // what reading cost, counted: the caps bound these
}

// Work counts what a read did, in the units the caps of [Options] bound.
type Work struct {
	Decoded int64 // stream bytes decoded (contents, forms, CMaps, object streams), repeats included
	Forms   int   // form XObjects drawn, repeats included
	Ops     int   // content-stream operators run
}

// The classes of failure, matched with errors.Is; each error is an *Error
// with its cause.
var (
	ErrEncrypted = errors.New("encrypted")     // cannot open with the empty user password
	ErrMalformed = errors.New("malformed pdf") // wrapped with the cause
	ErrTooLarge  = errors.New("too large")     // a cap was exceeded in a way that makes the result meaningless
)

// Extract reads data. Its work is bounded by the counts in opt: when one is
// reached it stops with the text so far and a warning ("truncated at 1024
// form XObjects drawn (the limit)"). It honours ctx (deadline/cancel) inside
// its loops as a backstop, recovers every panic into an ErrMalformed error,
// and never allocates in proportion to a number declared in the file rather
// than to the file's real size.
func Extract(ctx context.Context, data []byte, opt Options) (*Result, error) {
	return extract(ctx, data, opt)
}
