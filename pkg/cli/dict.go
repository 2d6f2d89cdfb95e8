package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
	"github.com/spf13/cobra"
)

// knownSources are the --source values completion offers; any value is
// accepted (a user overlay may name its own source).
var knownSources = []string{"curated", "esco", "onet", "stackoverflow", "user", sourceOverlay}

// DictCommon are the settings every `atsmatch dict` subcommand shares.
type DictCommon struct {
	Streams *Streams
	Format  render.Format
	Dicts   []string // overlays, from --dict and the config file, as match uses them
}

// DictListOptions are everything `atsmatch dict list` needs, resolved.
type DictListOptions struct {
	DictCommon
	Kind     string // "", "hard" or "soft"
	Category string
	Source   string
}

// DictShowOptions are everything `atsmatch dict show` needs, resolved.
type DictShowOptions struct {
	DictCommon
	Term string
}

// DictValidateOptions are everything `atsmatch dict validate` needs, resolved.
type DictValidateOptions struct {
	DictCommon
	Files []string
}

// DictStatsOptions are everything `atsmatch dict stats` needs, resolved.
type DictStatsOptions struct {
	DictCommon
	Top int  // categories shown in text; 0 with All
	All bool // every category
}

// dictRunners lets tests see the resolved options instead of running.
type dictRunners struct {
	list     func(*DictListOptions) error
	show     func(*DictShowOptions) error
	validate func(*DictValidateOptions) error
	stats    func(*DictStatsOptions) error
}

func newDictCmd(g *globals, r *dictRunners) *cobra.Command {
	if r == nil {
		r = &dictRunners{}
	}
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Inspect the skill dictionary: list, show, validate overlays, stats",
		Long: `Inspect the skill dictionary atsmatch matches with: the embedded one plus
any --dict overlays (and dict: files from the config file), exactly as
match, keywords and rank load it.`,
		Example: `  atsmatch dict list --kind soft
  atsmatch dict show k8s
  atsmatch dict validate my-terms.yaml
  atsmatch dict stats --dict my-terms.yaml`,
		Args:                       cobra.ArbitraryArgs,
		SuggestionsMinimumDistance: 2,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			err := &usageError{err: fmt.Errorf("unknown command %q for atsmatch dict", args[0]),
				hint: "run 'atsmatch dict --help' for usage"}
			if sug := cmd.SuggestionsFor(args[0]); len(sug) > 0 {
				err.hint = "did you mean " + orList(sug) + "?"
			}
			return err
		},
	}
	cmd.AddCommand(newDictListCmd(g, r.list), newDictShowCmd(g, r.show),
		newDictValidateCmd(g, r.validate), newDictStatsCmd(g, r.stats))
	return cmd
}

// resolveDict reads the shared settings for a dict subcommand that prints
// the allowed formats.
func resolveDict(g *globals, cmd *cobra.Command, allowed []render.Format) (settings, DictCommon, error) {
	st, err := g.settings(cmd)
	if err != nil {
		return st, DictCommon{}, err
	}
	c := DictCommon{Streams: g.streams, Dicts: st.Dict}
	c.Format, err = commandFormat(cmd, strings.TrimPrefix(cmd.CommandPath(), "atsmatch "), st.Format, allowed...)
	return st, c, err
}

func newDictListCmd(g *globals, runF func(*DictListOptions) error) *cobra.Command {
	opts := &DictListOptions{}
	formats := render.FormatsOf[*report.DictList]()
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the dictionary's terms: id, name, kind, category, source",
		Long: `List one row per term (id, name, kind, category, source), sorted by id.
--source overlay lists the terms your --dict overlays added or changed.`,
		Example: `  atsmatch dict list --kind soft
  atsmatch dict list --category cloud --format csv
  atsmatch dict list --dict mine.yaml --source overlay`,
		Args: exactArgs(0, "no arguments (filter with --kind, --category, --source)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, c, err := resolveDict(g, cmd, formats)
			if err != nil {
				return err
			}
			opts.DictCommon = c
			if opts.Kind, err = parseKind(st.Kind); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runDictList(opts))
		},
	}
	formatFlag(cmd, formats)
	f := cmd.Flags()
	f.String("kind", "", "only `hard` or soft skills")
	f.StringVar(&opts.Category, "category", "", "only terms of this `CATEGORY` (see dict stats --all)")
	f.StringVar(&opts.Source, "source", "", "only terms from `SOURCE`: curated, esco, onet, stackoverflow, user, overlay")
	_ = cmd.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions([]string{"hard", "soft"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("source", cobra.FixedCompletions(knownSources, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("category", completeCategories)
	return cmd
}

// parseKind checks a --kind value (flag, env or config file).
func parseKind(k string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "":
		return "", nil
	case "hard":
		return "hard", nil
	case "soft":
		return "soft", nil
	}
	return "", usagef("--kind %q: want hard or soft", k)
}

func newDictShowCmd(g *globals, runF func(*DictShowOptions) error) *cobra.Command {
	opts := &DictShowOptions{}
	formats := render.FormatsOf[*report.DictShow]()
	cmd := &cobra.Command{
		Use:   "show TERM",
		Short: "Show a term: aliases, acronyms, forms, context rules, source",
		Long: `Show every term TERM names: TERM may be the id, the name, or any alias,
acronym or form, in any case (quote names with spaces). Prints kind,
category, weight, source, every surface, the ambiguous surfaces and the
context words that confirm them, related terms, and which --dict overlay
added or changed the term.`,
		Example: `  atsmatch dict show kubernetes
  atsmatch dict show "CI/CD"
  atsmatch dict show oop --format json`,
		Args: exactArgs(1, "one TERM (an id, name, alias, acronym or form)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, c, err := resolveDict(g, cmd, formats)
			if err != nil {
				return err
			}
			opts.DictCommon, opts.Term = c, args[0]
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runDictShow(opts))
		},
		ValidArgsFunction: completeTermIDs,
	}
	formatFlag(cmd, formats)
	return cmd
}

func newDictValidateCmd(g *globals, runF func(*DictValidateOptions) error) *cobra.Command {
	opts := &DictValidateOptions{}
	formats := render.FormatsOf[*report.DictValidate]()
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check dictionary overlay files the way --dict loads them",
		Long: `Check each overlay FILE the way --dict would load it: on its own, over the
embedded dictionary (plus any other --dict overlays given). Prints
"FILE: ok (N terms added, M changed, K disabled)" or every problem of the
file as "FILE:LINE: message", in line order (up to 50 a file).

Exit status: 0 every file is valid, 1 some file has a problem, 3 some
file could not be read.`,
		Example: `  atsmatch dict validate my-terms.yaml
  atsmatch dict validate --dict base.yaml team-extra.yaml`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return &usageError{err: fmt.Errorf("validate needs at least one overlay FILE"), hint: "usage: " + cmd.UseLine()}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			_, c, err := resolveDict(g, cmd, formats)
			if err != nil {
				return err
			}
			opts.DictCommon, opts.Files = c, args
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runDictValidate(opts))
		},
	}
	formatFlag(cmd, formats)
	return cmd
}

func newDictStatsCmd(g *globals, runF func(*DictStatsOptions) error) *cobra.Command {
	opts := &DictStatsOptions{}
	formats := render.FormatsOf[*report.DictStats]()
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count terms by kind, category and source, and their surfaces",
		Long: `Print the dictionary version, term counts by kind, category and source,
the number of aliases, acronyms, forms and ambiguous surfaces, and the
overlays applied. Text shows the --top categories (--all: every one);
JSON always lists every category.`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, c, err := resolveDict(g, cmd, formats)
			if err != nil {
				return err
			}
			opts.DictCommon = c
			if opts.Top < 0 {
				return usagef("--top %d: want 0 (every category, like --all) or more", opts.Top)
			}
			if opts.All {
				opts.Top = 0
			}
			if runF != nil {
				return runF(opts)
			}
			return asJSON(opts.Format, runDictStats(opts))
		},
	}
	formatFlag(cmd, formats)
	cmd.Flags().IntVar(&opts.Top, "top", 10, "show the `N` largest categories (0: every one)")
	cmd.Flags().BoolVar(&opts.All, "all", false, "show every category")
	return cmd
}

// openDictionary loads the dictionary with the user's overlays; like
// newAnalyzer, a bad overlay is a usage error naming the file and line.
func openDictionary(dicts []string) (*dictionary, error) {
	ovs, err := readOverlays(dicts)
	if err != nil {
		return nil, err
	}
	x, err := loadDictionary(ovs)
	if err != nil && len(dicts) > 0 {
		return nil, usagef("--dict: %v", err)
	}
	return x, err
}

func runDictList(opts *DictListOptions) error {
	x, err := openDictionary(opts.Dicts)
	if err != nil {
		return err
	}
	f := keywords.Filter{Kind: keywords.Kind(opts.Kind), Category: opts.Category, Source: opts.Source}
	terms := x.Select(f)
	if len(terms) == 0 {
		// Not an error: an empty list is an answer. Say so where a
		// person sees it, and keep stdout a valid (empty) document.
		fmt.Fprintf(opts.Streams.Err, "atsmatch: no terms match %s\n", describeFilter(opts))
	}
	return render.Write(opts.Streams.Out, opts.Format, x.listReport(terms), render.Options{})
}

func describeFilter(opts *DictListOptions) string {
	var parts []string
	for _, p := range []struct{ flag, v string }{{"kind", opts.Kind}, {"category", opts.Category}, {"source", opts.Source}} {
		if p.v != "" {
			parts = append(parts, fmt.Sprintf("--%s %s", p.flag, p.v))
		}
	}
	if len(parts) == 0 {
		return "(the dictionary is empty)"
	}
	return strings.Join(parts, " ")
}

func runDictShow(opts *DictShowOptions) error {
	x, err := openDictionary(opts.Dicts)
	if err != nil {
		return err
	}
	hits := x.Lookup(opts.Term)
	if len(hits) == 0 {
		if hits, by := x.Disabled(opts.Term); by != "" {
			return &usageError{err: fmt.Errorf("term %q is disabled by %s", opts.Term, by),
				hint: fmt.Sprintf("%s lists %s under disable:", by, hits[0].Term.ID)}
		}
		err := &usageError{err: fmt.Errorf("no term %q in the dictionary", opts.Term)}
		if sug := x.Suggest(opts.Term, 3); len(sug) > 0 {
			err.hint = "did you mean " + orList(quoteAll(sug)) + "?"
		} else {
			err.hint = "list terms with 'atsmatch dict list'"
		}
		return err
	}
	return render.Write(opts.Streams.Out, opts.Format, x.showReport(opts.Term, hits), render.Options{Width: opts.Streams.Width})
}

// validateFailedError is a dict validate run in which some file is
// invalid (exit 1) or could not be read (exit 3, which wins).
type validateFailedError struct{ invalid, unreadable, total int }

func (e *validateFailedError) Error() string {
	files := fmt.Sprintf("%d of %d overlay %s", e.invalid, e.total, plural(e.total, "file"))
	switch {
	case e.unreadable == 0:
		return fmt.Sprintf("%s %s invalid (problems listed above)", files, isAre(e.invalid))
	case e.invalid == 0:
		return fmt.Sprintf("%d of %d overlay %s could not be read", e.unreadable, e.total, plural(e.total, "file"))
	}
	return fmt.Sprintf("%s %s invalid and %d could not be read (problems listed above)", files, isAre(e.invalid), e.unreadable)
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// maxProblems caps the problems listed per file: past it they are likely
// one mistake repeated (a pasted block), and a screenful is enough to act on.
const maxProblems = 50

func runDictValidate(opts *DictValidateOptions) error {
	// The other overlays are the base, as with --dict; a file being
	// validated is never its own base (it would clash with itself).
	var base []string
	for _, d := range opts.Dicts {
		if !slices.ContainsFunc(opts.Files, func(f string) bool { return filepath.Clean(f) == filepath.Clean(d) }) {
			base = append(base, d)
		}
	}
	x, err := openDictionary(base)
	if err != nil {
		return err
	}
	checks := make([]report.DictFileCheck, 0, len(opts.Files))
	fail := &validateFailedError{total: len(opts.Files)}
	for _, file := range opts.Files {
		c := report.DictFileCheck{File: file, Problems: []report.DictProblem{}}
		data, err := readOverlay(file)
		switch {
		case err != nil:
			c.Unreadable = true
			c.Problems = append(c.Problems, report.DictProblem{Message: "cannot read: " + readErrText(err)})
			fail.unreadable++
		default:
			changes, ps := x.CheckOverlay(ats.Overlay{Name: file, Data: data})
			if len(ps) > 0 {
				c.Problems, c.More = problems(ps)
				fail.invalid++
			} else {
				ch := changesReport(changes)
				c.OK, c.Changes = true, &ch
			}
		}
		checks = append(checks, c)
	}
	doc := &report.DictValidate{SchemaVersion: report.SchemaVersion, DictionaryVersion: x.Version(), Files: checks}
	if err := render.Write(opts.Streams.Out, opts.Format, doc, render.Options{}); err != nil {
		return err
	}
	if fail.invalid+fail.unreadable > 0 {
		return fail
	}
	return nil
}

// readErrText drops the path os errors repeat ("open x.yaml: no such file").
func readErrText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// problems are the problems of one file as `dict validate` lists them:
// in line order, those of the whole file last, at most maxProblems; it
// returns how many it left out.
func problems(ps diag.List) ([]report.DictProblem, int) {
	ps.Sort()
	more := max(len(ps)-maxProblems, 0)
	out := make([]report.DictProblem, 0, len(ps)-more)
	for _, p := range ps[:len(ps)-more] {
		out = append(out, report.DictProblem{Line: p.Line, Message: p.Msg})
	}
	return out, more
}

func runDictStats(opts *DictStatsOptions) error {
	x, err := openDictionary(opts.Dicts)
	if err != nil {
		return err
	}
	st := x.statsReport()
	st.Top = opts.Top
	return render.Write(opts.Streams.Out, opts.Format, st, render.Options{})
}

// completionDictionary opens the dictionary a dict command would use:
// cobra has parsed the flags before it asks for completions, so --dict,
// --config, ATSMATCH_DICT and the config file's dict: list apply, and the
// terms and categories an overlay adds are offered. A bad setting or
// overlay falls back to the embedded dictionary: the command itself will
// report it, completion has no way to.
func completionDictionary(cmd *cobra.Command) (*dictionary, error) {
	configFile, _ := cmd.Flags().GetString("config")
	if st, err := resolve(cmd, configFile); err == nil && len(st.Dict) > 0 {
		// cobra's __complete parses the flags twice, so a repeatable
		// --dict lists each file twice; the same overlay twice never merges.
		seen := map[string]bool{}
		dicts := slices.DeleteFunc(st.Dict, func(d string) bool {
			dup := seen[d]
			seen[d] = true
			return dup
		})
		if ovs, err := readOverlays(dicts); err == nil {
			if x, err := loadDictionary(ovs); err == nil {
				return x, nil
			}
		}
	}
	return loadDictionary(nil)
}

// completeTermIDs completes `dict show` with term ids (they have no spaces
// or shell metacharacters, unlike names).
func completeTermIDs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	x, err := completionDictionary(cmd)
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []string
	for _, t := range x.Select(keywords.Filter{}) {
		if strings.HasPrefix(t.ID, strings.ToLower(toComplete)) {
			out = append(out, t.ID)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

func completeCategories(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	x, err := completionDictionary(cmd)
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []string
	for _, c := range x.Stats().ByCategory {
		if strings.HasPrefix(c.Name, strings.ToLower(toComplete)) {
			out = append(out, c.Name)
		}
	}
	slices.Sort(out)
	return out, cobra.ShellCompDirectiveNoFileComp
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// orList joins "a", "a or b", "a, b or c".
func orList(ss []string) string {
	if len(ss) < 2 {
		return strings.Join(ss, "")
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " or " + ss[len(ss)-1]
}
