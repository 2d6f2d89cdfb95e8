package cli

import (
	"context"
	"time"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// KeywordsOptions are everything `atsmatch keywords` needs, resolved.
type KeywordsOptions struct {
	Streams *Streams
	File    string
	Format  render.Format
	Kind    string // "", "hard" or "soft"
	Color   bool
	Verbose bool
	Dicts   []string
}

// keywordsFormats are the formats keywords prints.
var keywordsFormats = render.FormatsOf[*report.KeywordsResult]()

func newKeywordsCmd(g *globals, runF func(*KeywordsOptions) error) *cobra.Command {
	opts := &KeywordsOptions{Streams: g.streams}
	cmd := &cobra.Command{
		Use:   "keywords FILE",
		Short: "List the skills a document mentions, with evidence",
		Long: `List the dictionary terms FILE mentions ("-" reads stdin). For a job
posting, boilerplate such as benefits and EEO statements is left out.`,
		Args: exactArgs(1, "one FILE (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.File = args[0]
			if opts.Format, err = commandFormat(cmd, "keywords", st.Format, keywordsFormats...); err != nil {
				return err
			}
			switch st.Kind {
			case "", "hard", "soft":
				opts.Kind = st.Kind
			default:
				return usagef("--kind %q: want hard or soft", st.Kind)
			}
			opts.Color, opts.Verbose, opts.Dicts = st.Color, st.Verbose, st.Dict
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runKeywords(cmd.Context(), opts))
		},
	}
	formatFlag(cmd, keywordsFormats)
	f := cmd.Flags()
	f.String("kind", "", "only `hard` or soft skills")
	f.BoolP("verbose", "v", false, "also show ignored sections and matching rules")
	return cmd
}

func runKeywords(ctx context.Context, opts *KeywordsOptions) error {
	src, err := readSource(ctx, opts.Streams, opts.File)
	if err != nil {
		return err
	}
	a, err := newAnalyzer(opts.Dicts, time.Time{})
	if err != nil {
		return err
	}
	res, err := a.Keywords(ctx, src)
	if err != nil {
		return err
	}
	if opts.Kind != "" {
		kept := []report.Keyword{}
		for _, k := range res.Keywords {
			if k.Kind == opts.Kind {
				kept = append(kept, k)
			}
		}
		res.Keywords = kept
	}
	return render.Write(opts.Streams.Out, opts.Format, res, render.Options{Color: opts.Color, Verbose: opts.Verbose, Width: opts.Streams.Width})
}
