package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/extract/internal/pdftext"
)

// readPDF is the glue to pdftext: it maps its errors onto extract's classes
// and turns glyph statistics into a confidence.
func readPDF(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	// Junk before "%PDF-" (mail headers, BOMs) is allowed; readers expect
	// the header at offset 0 for relative offsets, so start from it.
	if i := strings.Index(string(data[:min(len(data), 1024)]), "%PDF-"); i > 0 {
		data = data[i:]
	}
	// Glyphs past the character cap would be cut anyway (Truncate).
	res, err := pdftext.Extract(ctx, data, pdftext.Options{MaxPages: lim.MaxPages, MaxGlyphs: lim.withDefaults().MaxChars})
	switch {
	case err == nil:
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return nil, err
	case errors.Is(err, pdftext.ErrEncrypted):
		return nil, ErrEncrypted
	case errors.Is(err, pdftext.ErrTooLarge):
		return nil, fmt.Errorf("%w: %s", ErrTooLarge, pdfCause(err))
	default:
		return nil, fmt.Errorf("%w: %s", ErrMalformed, pdfCause(err))
	}
	if res.Glyphs == 0 && res.Damaged > 0 {
		// Nothing read because streams would not decode: damage, not a
		// scan, and OCR would not help.
		return nil, fmt.Errorf("%w: no text could be read (%d content stream(s) or page(s) damaged)", ErrMalformed, res.Damaged)
	}
	if res.Glyphs == 0 {
		return nil, ErrNoTextLayer
	}
	text := strings.Join(res.Pages, "\n")
	if countWords(text) < 3 {
		return nil, ErrNoTextLayer
	}
	conf := 1.0
	if res.Glyphs > 0 {
		conf = 1 - float64(res.Unmapped)/float64(res.Glyphs)
	}
	return &Document{
		Format:     FormatPDF,
		Text:       text,
		Pages:      res.NumPages,
		Confidence: conf,
		Warnings:   append([]string(nil), res.Warnings...),
		Layout:     Layout{Images: res.Images},
	}, nil
}

// pdfCause is what went wrong in err, without pdftext's name of its class.
func pdfCause(err error) string {
	var pe *pdftext.Error
	if errors.As(err, &pe) {
		return pe.Cause
	}
	return err.Error()
}
