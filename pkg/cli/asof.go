package cli

import (
	"time"

	"github.com/spf13/cobra"
)

// asOfFlag declares --as-of on a command that scores, into *dst as written.
func asOfFlag(cmd *cobra.Command, dst *string) {
	cmd.Flags().StringVar(dst, "as-of", "", "read \"Present\" in the resume's dates as `DATE` (YYYY-MM-DD; default today): the same inputs and date give the same report")
}

// parseAsOf reads --as-of: "" is today (the zero time), anything else a
// YYYY-MM-DD date or a usage error.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, usagef("--as-of %q: want a date as YYYY-MM-DD", s)
	}
	return t, nil
}
