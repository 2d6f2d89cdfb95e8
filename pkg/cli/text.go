package cli

import (
	"context"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// TextOptions are everything `atsmatch text` needs, resolved.
type TextOptions struct {
	Streams *Streams
	File    string
	Format  render.Format // text or json
}

// textFormats are the formats text prints.
var textFormats = render.FormatsOf[*report.TextResult]()

func newTextCmd(g *globals, runF func(*TextOptions) error) *cobra.Command {
	opts := &TextOptions{Streams: g.streams}
	cmd := &cobra.Command{
		Use:   "text FILE",
		Short: "Print the text exactly as the matcher reads it (the ATS view)",
		Long: `Print FILE's text after extraction and normalisation, exactly as the
matcher reads it; line numbers in match evidence refer to these lines.`,
		Args: exactArgs(1, "one FILE (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := g.settings(cmd)
			if err != nil {
				return err
			}
			opts.File = args[0]
			if opts.Format, err = commandFormat(cmd, "text", st.Format, textFormats...); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runText(cmd.Context(), opts))
		},
	}
	formatFlag(cmd, textFormats)
	return cmd
}

func runText(ctx context.Context, opts *TextOptions) error {
	src, err := readSource(ctx, opts.Streams, opts.File)
	if err != nil {
		return err
	}
	res, err := ats.Text(ctx, src, extract.Limits{})
	if err != nil {
		return err
	}
	return render.Write(opts.Streams.Out, opts.Format, res, render.Options{Width: opts.Streams.Width})
}
