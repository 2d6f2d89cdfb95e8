package cli

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/spf13/cobra"
)

// formatFlag declares cmd's --format (-f) from the formats cmd prints, as
// render lists them: the first is the default, and the help names them
// all, in order. The same list checks the value (commandFormat), so help
// and check cannot disagree.
func formatFlag[F ~string](cmd *cobra.Command, formats []F) {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = string(f)
	}
	cmd.Flags().StringP("format", "f", names[0], "output format: "+strings.Join(names, ", "))
}

// commandFormat is parseFormat for cmd's own --format. A format from the
// config file or ATSMATCH_FORMAT that cmd cannot print means text: one
// shared setting (README's format: markdown, meant for match, or csv, meant
// for rank) must not stop the commands that print less, as rank reads a
// shared "text" as its table. An explicit --format, or a name no command
// knows, is still a usage error.
func commandFormat(cmd *cobra.Command, command, value string, allowed ...render.Format) (render.Format, error) {
	if f, known := anyFormat(value); known && !slices.Contains(allowed, f) && !cmd.Flags().Changed("format") {
		value = string(render.Text)
	}
	return parseFormat(command, value, allowed...)
}

// anyFormat reports whether some command prints the format named s: a
// report format, a rank format (table, csv, jsonl, github) or dict list's csv.
func anyFormat(s string) (render.Format, bool) {
	if f, err := render.ParseFormat(s); err == nil {
		return f, true
	}
	if b, err := render.ParseBatchFormat(s); err == nil {
		return render.Format(b), true
	}
	return "", false
}

// parseFormat reads a --format value for a command that prints only the
// allowed formats; both an unknown and a disallowed format are usage errors
// that list what this command prints.
func parseFormat(command, value string, allowed ...render.Format) (render.Format, error) {
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	list := orList(names)
	f, err := render.ParseFormat(value)
	if err != nil {
		return "", usagef("--format: unknown format %q (%s prints only %s)", value, command, list)
	}
	if !slices.Contains(allowed, f) {
		return "", usagef("--format %s: %s prints only %s", f, command, list)
	}
	return f, nil
}
