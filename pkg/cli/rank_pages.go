package cli

// rank --html-dir: each row of the report gets the resume's own match page
// (what `match --format html` prints), which the html report links to.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// writePages writes the match page of every scored row into opts.HTMLDir,
// each atomically (a temporary file renamed over the page an earlier run
// wrote), and returns each row's link, relative to -o FILE's directory (or
// as named from the current one for stdout). A resume is read and analysed
// again for its pages: rank keeps no match report in memory. A resume that
// can no longer be scored gets no page and a warning; a page that cannot
// be written fails the run (exit 4).
func writePages(ctx context.Context, a *ats.Analyzer, jobs []*ats.Job, rows []report.BatchRow, opts *RankOptions) (func(report.BatchRow) string, error) {
	if err := os.MkdirAll(opts.HTMLDir, 0o777); err != nil {
		return nil, &outputError{name: opts.HTMLDir, err: err}
	}
	base := "."
	if opts.Output != "" {
		base = filepath.Dir(opts.Output)
	}
	read := opts.ReadResume
	if read == nil {
		read = extract.ReadFileContext
	}
	links := map[[2]string]string{}
	src, srcOf := extract.Source{}, ""
	for _, r := range rows {
		job := jobNamed(jobs, r.Job)
		if r.Error != nil || job == nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if srcOf != r.Resume { // rows of one resume are not always together: read again then
			s, err := read(ctx, r.Resume, extract.DefaultLimits())
			if err != nil {
				warnPage(opts, r, err)
				continue
			}
			src, srcOf = s, r.Resume
		}
		res, err := a.MatchJob(ctx, job, src)
		if err != nil {
			warnPage(opts, r, err)
			continue
		}
		page := filepath.Join(opts.HTMLDir, render.PageName(r.Resume, r.Job, len(jobs) > 1))
		of, err := createOutput(page)
		if err != nil {
			return nil, err
		}
		if err := render.Write(of, render.HTML, res, render.Options{}); err != nil {
			of.abort()
			return nil, &outputError{name: page, err: err}
		}
		if _, err := of.commit(true); err != nil {
			return nil, err
		}
		links[[2]string{r.Resume, r.Job}] = pageLink(base, page)
	}
	return func(r report.BatchRow) string { return links[[2]string{r.Resume, r.Job}] }, nil
}

// jobNamed is the job a row names (the first, should two share a name).
func jobNamed(jobs []*ats.Job, name string) *ats.Job {
	for _, j := range jobs {
		if j.Name() == name {
			return j
		}
	}
	return nil
}

// pageLink is page as a link from a report in dir: relative, with slashes.
func pageLink(dir, page string) string {
	if rel, err := filepath.Rel(absOr(dir), absOr(page)); err == nil {
		page = rel
	}
	return filepath.ToSlash(page)
}

func absOr(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func warnPage(opts *RankOptions, r report.BatchRow, err error) {
	fmt.Fprintf(opts.Streams.Err, "atsmatch: warning: %s: no match page for %s: %s\n",
		render.TermSafe(r.Resume), render.TermSafe(r.Job), render.TermSafe(err.Error()))
}
