package extract

import (
	"context"
	"errors"
	"slices"
)

type errorClass struct {
	err  error
	kind string
	hint string
}

// errorClasses is the one table of what each error class is called in
// reports (report.FileError.Kind, report.BatchError.Kind) and what a person
// can do about it. Kind and Hint read it; no other package keeps a copy.
var errorClasses = []errorClass{
	{ErrNotFound, "not-found", "check the path"},
	{ErrIsDir, "io", "give a file, not a directory"},
	{ErrEmpty, "empty", ""},
	{ErrUnsupported, "unsupported", "use a PDF, DOCX, HTML, Markdown or plain-text file"},
	{ErrEncrypted, "encrypted", "remove the password and save a copy without protection"},
	{ErrNoTextLayer, "no-text", "the PDF looks scanned; export it with selectable text or run OCR"},
	{ErrTooLarge, "too-large", ""},
	{ErrMalformed, "malformed", "open and re-save the file, or export it to PDF again"},
	{ErrTimeout, "timeout", ""},
	// A deadline of the caller's, not ours: it means the same to the user.
	{context.DeadlineExceeded, "timeout", ""},
	{ErrNotRegular, "io", "give a regular file; to read a pipe, give - and send it to stdin"},
}

// Kind names err's class for reports: not-found, empty, unsupported,
// encrypted, no-text, too-large, malformed, timeout, or io for anything
// else (a directory, a pipe, a read error).
func Kind(err error) string {
	for _, c := range errorClasses {
		if errors.Is(err, c.err) {
			return c.kind
		}
	}
	return "io"
}

// Hint is what the person who gave the file can do about err, or "" when
// there is nothing to add to the message.
func Hint(err error) string {
	for _, c := range errorClasses {
		if errors.Is(err, c.err) {
			return c.hint
		}
	}
	return ""
}

// extensions are the file names a directory walk takes for documents; a
// file named explicitly is read whatever its name (the reader is chosen by
// content).
var extensions = []string{".txt", ".md", ".markdown", ".pdf", ".docx", ".odt", ".html", ".htm"}

// Extensions lists the file name extensions (lower case, with the dot) of
// the documents a directory walk should pick up.
func Extensions() []string { return slices.Clone(extensions) }
