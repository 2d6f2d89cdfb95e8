// Package cli is the command-line front end, the last layer of atsmatch: the
// only package that reads arguments, environment, config files and
// terminals (and their width), handles SIGINT/SIGTERM (a cancelled command
// context, exit 130), writes to stdout/stderr, and maps errors to exit codes.
// The dict commands print dictionary data themselves (dict_render.go): it is
// not a report, so pkg/render has no type for it.
//
// Each command follows the gh CLI pattern: an Options struct, a
// newXCmd(streams, runF) constructor whose RunE only resolves flags, env and
// config into the options, and a runX function that does the work. Tests
// pass their own runF to check flag parsing without running the pipeline.
package cli
