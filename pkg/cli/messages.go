package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// describe splits err into the file it concerns, its cause, its
// report.FileError kind and an optional hint.
func describe(err error) (file, cause, kind, hint string) {
	var fe *extract.FileError
	var le *lowConfidenceError
	var ue *usageError
	var oe *outputError
	switch {
	case errors.As(err, &oe):
		file, cause, kind = oe.name, oe.cause(), "io"
		if errors.Is(oe.err, fs.ErrNotExist) {
			hint = "the directory of " + oe.name + " does not exist; create it first"
		}
	case errors.As(err, &fe):
		file, cause, kind, hint = fe.Name, fe.Err.Error(), extract.Kind(fe.Err), extract.Hint(fe.Err)
	case errors.As(err, &le):
		file, kind = le.file, "malformed"
		cause = fmt.Sprintf("parse confidence %.2f is below %.2f (--strict)", le.confidence, strictMinConfidence)
		hint = "see what was read with 'atsmatch text " + le.file + "'"
	case errors.As(err, &ue):
		cause, kind, hint = ue.Error(), "usage", ue.hint
	default:
		cause, kind = err.Error(), "io"
	}
	return file, cause, kind, hint
}

// printError writes the one-line error (and hint) to stderr; with JSON
// output it also writes the error as a JSON object, for scripts. What
// reaches the terminal goes through render.TermSafe: a file name (or a
// PDF's own words in a cause) may hold escape sequences; the JSON object
// keeps the values as they are (JSON escapes them).
func printError(w io.Writer, err error, jsonOut bool) {
	say := func(format string, a ...any) {
		for i, x := range a {
			if s, ok := x.(string); ok {
				a[i] = render.TermSafe(s)
			}
		}
		fmt.Fprintf(w, format, a...)
	}
	// First, as in exitCode: an interrupt wraps whatever the command was
	// failing with, and the message must agree with the exit code (130).
	var ie *interruptedError
	if errors.As(err, &ie) {
		// The user asked for it: no cause, no hint, no JSON error object.
		say("atsmatch: %s\n", ie.Error())
		return
	}
	var be *belowMinError
	if errors.As(err, &be) {
		// Not a failure of atsmatch: the report was printed, the score is low.
		say("atsmatch: %s\n", be.Error())
		return
	}
	var ce *checkFailedError
	if errors.As(err, &ce) {
		// Likewise: the findings were printed, some are at --fail-on.
		fmt.Fprintf(w, "atsmatch: %s\n", ce.Error())
		return
	}
	var ve *validateFailedError
	if errors.As(err, &ve) {
		// The problems are on stdout (text or JSON); this is the summary.
		say("atsmatch: %s\n", ve.Error())
		return
	}
	file, cause, kind, hint := describe(err)
	var ps diag.List
	if errors.As(err, &ps) && len(ps) > 1 {
		// Several problems (bad config settings): one line each.
		for _, p := range ps[:len(ps)-1] {
			say("atsmatch: error: %s\n", p.Error())
		}
		cause = ps[len(ps)-1].Error()
	}
	if file != "" {
		say("atsmatch: error: %s: %s\n", file, cause)
	} else {
		say("atsmatch: error: %s\n", cause)
	}
	if hint != "" {
		say("atsmatch: hint: %s\n", hint)
	}
	if jsonOut {
		_ = render.Write(w, render.JSON, &report.FileError{File: file, Kind: kind, Error: cause}, render.Options{})
	}
}
