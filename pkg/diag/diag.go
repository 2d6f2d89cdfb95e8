// Package diag is the shape of a problem found in a user's input file (a
// dictionary source, an overlay, the config file): where it is, as data,
// and what is wrong. Positions travel as fields, never inside a message, so
// no caller has to read a line number back out of text. It imports only the
// standard library; every stage may use it.
package diag

import (
	"fmt"
	"sort"
)

// Problem is one thing wrong with an input.
type Problem struct {
	File  string // the file, as the user named it; "" when none
	Line  int    // 1-based; 0 when the problem concerns the whole file
	Field string // the key it concerns ("aliases", "min-score"); "" when none
	Msg   string // what is wrong, without the position
}

// Pos is "FILE:LINE", "FILE" without a line, or "" without a file.
func (p Problem) Pos() string {
	switch {
	case p.File == "":
		return ""
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return p.File
}

// Error is "FILE:LINE: message", "FILE: message" or "message".
func (p Problem) Error() string {
	if pos := p.Pos(); pos != "" {
		return pos + ": " + p.Msg
	}
	return p.Msg
}

// List is a list of problems, in the order found until sorted. Like
// go/scanner.ErrorList it is an error (Error prints the first), and Err
// returns nil for an empty list.
type List []Problem

// Add appends a problem.
func (l *List) Add(p Problem) { *l = append(*l, p) }

// Addf appends a problem at file:line (line 0: the whole file).
func (l *List) Addf(file string, line int, field, format string, a ...any) {
	l.Add(Problem{File: file, Line: line, Field: field, Msg: fmt.Sprintf(format, a...)})
}

// Len, Swap and Less implement sort.Interface: by file, then by line, with
// the problems of a whole file (line 0) after those at a line.
func (l List) Len() int      { return len(l) }
func (l List) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l List) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.File != b.File {
		return a.File < b.File
	}
	switch {
	case a.Line == b.Line:
		return false
	case a.Line == 0:
		return false
	case b.Line == 0:
		return true
	}
	return a.Line < b.Line
}

// Sort sorts l in place (see Less); problems at the same place keep the
// order they were found in.
func (l List) Sort() { sort.SliceStable(l, l.Less) }

// Error prints the first problem and how many more there are.
func (l List) Error() string {
	switch len(l) {
	case 0:
		return "no problems"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Err returns l as an error, or nil when l is empty.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
