// Package extract is the first pipeline stage: it turns document bytes into
// plain text with line breaks, choosing the reader by content sniffing
// (text, Markdown, PDF, DOCX, ODT, HTML) and reporting how far the result can be
// trusted. It never panics and never runs unbounded: every reader works under
// [Limits].
package extract

import (
	"context"
	"errors"
	"time"
)

// Source is one input document: its bytes and the name used in messages.
type Source struct {
	Name string // path as given by the user, or "<stdin>"
	Data []byte
}

// Format names the reader that produced a [Document].
type Format string

// The formats extract can read.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatPDF      Format = "pdf"
	FormatDOCX     Format = "docx"
	FormatHTML     Format = "html"
	FormatODT      Format = "odt" // OpenDocument text (content.xml only)
)

// Limits bound the work done on one document. The caps count work (bytes,
// pages, characters, lines), so the same file always gives the same
// result; Timeout is only a backstop for what no count sees (a stalled
// mount). A zero MaxPages, MaxChars or MaxLines takes the default.
type Limits struct {
	MaxBytes int64         // input size cap (0: none); a file over it is refused (ErrTooLarge)
	MaxPages int           // PDF pages read at most
	MaxChars int           // characters of text kept; the rest is cut with a warning
	MaxLines int           // lines of text kept; the rest is cut with a warning
	Timeout  time.Duration // per-document deadline
}

// DefaultLimits are generous for any real resume or job posting: the
// longest document of the shared corpus (a 200-page PDF of rendered CVs)
// has 217,000 characters and 3,500 lines.
func DefaultLimits() Limits {
	return Limits{MaxBytes: 64 << 20, MaxPages: 200, MaxChars: defaultMaxChars, MaxLines: defaultMaxLines, Timeout: 10 * time.Second}
}

const (
	defaultMaxChars = 1 << 19 // 524,288
	defaultMaxLines = 1 << 15 // 32,768
)

// withDefaults fills the zero caps that have a default.
func (lim Limits) withDefaults() Limits {
	if lim.MaxChars <= 0 {
		lim.MaxChars = defaultMaxChars
	}
	if lim.MaxLines <= 0 {
		lim.MaxLines = defaultMaxLines
	}
	return lim
}

// Document is extracted text plus what the reader learned while reading.
type Document struct {
	Name       string
	Format     Format
	Text       string // lines separated by "\n"; not yet normalised
	Pages      int    // 0 when the format has no pages
	Words      int
	Confidence float64  // 0..1: how sure the reader is that Text is what a person sees
	Warnings   []string // e.g. "two-column layout reordered"
	// Layout is what the reader saw besides the text: the parts many ATS
	// parsers drop or garble (`atsmatch check` reports them).
	Layout Layout
}

// Error classes, matched with errors.Is. Every error Extract returns wraps
// one of them inside a *FileError.
var (
	ErrNotFound    = errors.New("no such file")
	ErrIsDir       = errors.New("is a directory")
	ErrEmpty       = errors.New("file is empty")
	ErrUnsupported = errors.New("unsupported file type")
	ErrEncrypted   = errors.New("document is encrypted")
	ErrNoTextLayer = errors.New("no text layer (scanned image?)")
	ErrTooLarge    = errors.New("file is too large")
	ErrMalformed   = errors.New("file is damaged")
	ErrTimeout     = errors.New("reading took too long")
	// ErrNotRegular is a pipe, socket or device: reading one can block for
	// ever, so only regular files are read by path (stdin is read as "-").
	ErrNotRegular = errors.New("not a regular file")
)

// FileError names the file an extraction error belongs to.
type FileError struct {
	Name string
	Err  error
}

func (e *FileError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// Extract reads src under lim. The returned error is always a *FileError.
//
// The reader is chosen from the content, not the name: a PDF named .txt is
// still read as PDF. The name only decides between text and Markdown.
func Extract(ctx context.Context, src Source, lim Limits) (*Document, error) {
	doc, err := run(ctx, src, lim)
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) && fe.Name == src.Name {
			return nil, fe
		}
		return nil, &FileError{Name: src.Name, Err: err}
	}
	return doc, nil
}
