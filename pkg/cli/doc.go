// Package cli is the command-line front end, the last layer of atsmatch: the
// only package that reads arguments, environment, config files and
// terminals (and their width), handles SIGINT/SIGTERM (a cancelled command
// context, exit 130), writes to stdout/stderr, and maps errors to exit codes.
// Every document, the dict ones included, is printed by pkg/render.
//
// Each command follows the gh CLI pattern: an Options struct, a
// newXCmd(globals, runF) constructor whose RunE only resolves flags, env and
// config into the options, and a runX function that does the work. The
// root declares the flags every command shares (--config, --dict,
// --no-color) and globals.settings resolves them with the command's own;
// formatFlag declares a command's --format from render's list. Tests pass
// their own runF to check flag parsing without running the pipeline.
package cli
