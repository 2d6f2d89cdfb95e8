package pdftext

import (
	"errors"
	"strings"
)

// Error is a failure of one class (ErrMalformed, ErrTooLarge,
// ErrEncrypted) and its cause in words without the class: extract prints
// the cause after its own name of the class, so the class is said once
// ("too large: too large: ..." before).
type Error struct {
	Class error
	Cause string
}

func (e *Error) Error() string { return e.Class.Error() + ": " + e.Cause }
func (e *Error) Unwrap() error { return e.Class }

// classed is err as an *Error of class.
func classed(class, err error) error {
	return &Error{Class: class, Cause: pdfCause(err)}
}

// pdfClassWords are the class words the pdf layer puts before its causes.
// The vendored code has no error types, only messages, so this boundary
// is the one place that reads them.
var pdfClassWords = []string{"malformed PDF file: ", "malformed PDF: ", "limit exceeded: ", "encrypted: ", "encrypted PDF: "}

// pdfCause is err's message without the class words in front of it.
func pdfCause(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Cause
	}
	s := err.Error()
	for {
		t := s
		for _, w := range pdfClassWords {
			t = strings.TrimPrefix(t, w)
		}
		if t == s {
			return s
		}
		s = t
	}
}
