package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/spf13/cobra"
)

// Set at link time: -ldflags "-X github.com/atsmatch/atsmatch/pkg/cli.version=v1.2.3 -X ...cli.commit=abc1234".
var (
	version = ""
	commit  = ""
)

// VersionOptions are everything `atsmatch version` needs.
type VersionOptions struct {
	Streams *Streams
}

func newVersionCmd(s *Streams, runF func(*VersionOptions) error) *cobra.Command {
	opts := &VersionOptions{Streams: s}
	return &cobra.Command{
		Use:   "version",
		Short: "Print version, commit, Go, dictionary and algorithm versions",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return runVersion(opts)
		},
	}
}

// buildVersion returns the ldflags values, else what the Go toolchain
// recorded (module version for `go install`, VCS revision for a checkout).
func buildVersion() (v, c string) {
	v, c = version, commit
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			if c == "" && s.Key == "vcs.revision" {
				c = s.Value
				if len(c) > 12 {
					c = c[:12]
				}
			}
		}
	}
	if v == "" {
		v = "dev"
	}
	if c == "" {
		c = "unknown"
	}
	return v, c
}

func runVersion(opts *VersionOptions) error {
	v, c := buildVersion()
	// The embedded dictionary's version, without compiling a matcher.
	dv := "unknown"
	if d, err := keywords.Default(); err == nil {
		dv = d.Version
	}
	_, err := fmt.Fprintf(opts.Streams.Out,
		"atsmatch %s\ncommit:     %s\ngo:         %s\ndictionary: %s\nalgorithm:  %s\n",
		v, c, runtime.Version(), dv, ats.AlgorithmVersion)
	return err
}
