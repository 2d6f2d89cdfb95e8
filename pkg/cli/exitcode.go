package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/extract"
)

// Exit codes; docs/exit-codes.md is the user-facing copy of this table.
const (
	ExitOK       = 0 // success
	ExitBelowMin = 1 // the score is below --min-score; dict validate: a file is invalid; check: a finding at --fail-on
	ExitUsage    = 2 // bad invocation: unknown flag or command, bad value, missing input
	ExitInput    = 3 // an input could not be read (or --strict and low parse confidence)
	ExitOutput   = 4 // the report could not be written (stdout or -o FILE)
	// ExitInterrupted is 128+SIGINT, what shells report for a process a
	// Ctrl-C killed, so scripts see the same code whether or not atsmatch
	// caught the signal to stop cleanly.
	ExitInterrupted = 130
)

// interruptedError is a command stopped by SIGINT/SIGTERM (context cancelled).
type interruptedError struct {
	cause  error
	detail string // e.g. "after 12 of 50 resumes; the rows so far were written"
}

func (e *interruptedError) Error() string {
	if e.detail != "" {
		return "interrupted " + e.detail
	}
	return "interrupted"
}
func (e *interruptedError) Unwrap() error { return e.cause }

// interrupted marks err as caused by an interrupt (once).
func interrupted(err error) error {
	var ie *interruptedError
	if errors.As(err, &ie) {
		return err
	}
	return &interruptedError{cause: err}
}

// usageError is a bad invocation.
type usageError struct {
	err  error
	hint string // e.g. "run 'atsmatch match --help'"
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return &usageError{err: fmt.Errorf(format, a...)} }

// belowMinError reports a score under the --min-score threshold; for
// rank, which resumes (files, in input order) of how many scored.
type belowMinError struct {
	score, min float64
	files      []string // rank: the resumes below, none for match and diff
	of         int      // rank: resumes scored
}

// maxNamed caps the files a below-minimum line names.
const maxNamed = 10

func (e *belowMinError) Error() string {
	if len(e.files) == 0 {
		return fmt.Sprintf("score %.1f is below --min-score %g", e.score, e.min)
	}
	names := strings.Join(e.files[:min(len(e.files), maxNamed)], ", ")
	if more := len(e.files) - maxNamed; more > 0 {
		names += fmt.Sprintf(" and %d more", more)
	}
	return fmt.Sprintf("%d of %d %s below --min-score %g: %s", len(e.files), e.of, plural(e.of, "resume"), e.min, names)
}

// lowConfidenceError is --strict refusing a document read with low confidence.
type lowConfidenceError struct {
	file       string
	confidence float64
}

func (e *lowConfidenceError) Error() string {
	return fmt.Sprintf("%s: parse confidence %.2f is below %.2f (--strict)", e.file, e.confidence, strictMinConfidence)
}

// exitCode is the single mapping from an error to a process exit code.
// Anything unexpected counts as unreadable input: the documented set stays
// 0-4 and 130, and the message asks for a bug report.
func exitCode(err error) int {
	var (
		ue *usageError
		be *belowMinError
		fe *extract.FileError
		le *lowConfidenceError
		ie *interruptedError
		ve *validateFailedError
		oe *outputError
		ce *checkFailedError
	)
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ie):
		return ExitInterrupted
	case errors.As(err, &oe):
		return ExitOutput // whatever else happened, the report is not there
	case errors.As(err, &ue):
		return ExitUsage
	case errors.As(err, &be), errors.As(err, &ce):
		return ExitBelowMin
	case errors.As(err, &ve):
		if ve.unreadable > 0 {
			return ExitInput
		}
		return ExitBelowMin // the check the user asked for failed; its output was written
	case errors.As(err, &fe), errors.As(err, &le):
		return ExitInput
	default:
		return ExitInput
	}
}
