package cli

import (
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/spf13/cobra"
)

// newCmdFunc builds a command whose runF receives its parsed options, as
// newMatchCmd, newRankCmd, newDiffCmd and newMarketCmd do.
type newCmdFunc[T any] func(*globals, func(*T) error) *cobra.Command

// parseOptions parses args with the command newCmd builds and returns the
// options its runF saw (nil when it was not called), their Streams cleared:
// they are the test's, not part of any comparison.
func parseOptions[T any](t *testing.T, newCmd newCmdFunc[T], args ...string) (*T, error) {
	t.Helper()
	s, _, _ := TestStreams("")
	var got *T
	err := executeForTest(s, func(g *globals) *cobra.Command {
		return newCmd(g, func(o *T) error { got = o; return nil })
	}, args)
	if got != nil {
		if f := reflect.ValueOf(got).Elem().FieldByName("Streams"); f.IsValid() {
			f.Set(reflect.Zero(f.Type()))
		}
	}
	return got, err
}

// flagCase is one row of a command's flag table: arguments, environment
// and user config file, and the options runF must see.
type flagCase[T any] struct {
	name string
	args []string
	env  map[string]string
	file string
	want *T
}

// checkFlagCases runs each case in an isolated home and compares the
// options (empty and nil slices alike).
func checkFlagCases[T any](t *testing.T, cmd string, newCmd newCmdFunc[T], cases []flagCase[T]) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			writeUserConfig(t, dir, tt.file)
			got, err := parseOptions(t, newCmd, tt.args...)
			if err != nil {
				t.Fatalf("%s %q: %v", cmd, tt.args, err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s %q mismatch (-want +got):\n%s", cmd, tt.args, diff)
			}
		})
	}
}

// usageCase is arguments (and environment) a command must refuse before
// running, with a part of the message it must give ("" for any).
type usageCase struct {
	name string
	args []string
	env  map[string]string
	want string
}

// checkUsageErrors asserts each case exits with ExitUsage, its message
// holding want, and never reaches runF.
func checkUsageErrors[T any](t *testing.T, cmd string, newCmd newCmdFunc[T], cases []usageCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := parseOptions(t, newCmd, tt.args...)
			if got != nil {
				t.Errorf("runF was called with %+v; want a usage error first", got)
			}
			if code := exitCode(err); code != ExitUsage || !strings.Contains(errString(err), tt.want) {
				t.Errorf("%s %q: exit %d (%v), want %d and %q", cmd, tt.args, code, err, ExitUsage, tt.want)
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
