// Package cli is the command-line front end: the only package that reads
// arguments, environment, config files and terminals, and maps errors to
// exit codes.
package cli

import "io"

// Streams are the process's standard streams and what is known about them.
type Streams struct {
	In       io.Reader
	Out, Err io.Writer
	OutTTY   bool
	ErrTTY   bool
}

// System returns the real process streams.
func System() *Streams { panic("cli.System: not built yet") }

// Main runs atsmatch with args and returns the exit code.
func Main(args []string, s *Streams) int { panic("cli.Main: not built yet") }
