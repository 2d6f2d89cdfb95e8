package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// evalChecks runs `atsmatch check` (ats.Check) over the shared documents:
// how many kaggle-sample resumes have each finding, and what every
// document reads as (document.kind): the real job descriptions must read
// as postings, the resumes as resumes.
func evalChecks(shared string, w io.Writer) error {
	data := filepath.Join(shared, "data")
	kaggle, err := filepath.Glob(filepath.Join(data, "pdf", "kaggle-sample", "*", "*.pdf"))
	if err != nil {
		return err
	}
	if len(kaggle) == 0 {
		fmt.Fprintln(w, "\n== check: skipped (no kaggle-sample resumes)")
		return nil
	}
	slices.Sort(kaggle)
	res, err := checkAll(kaggle)
	if err != nil {
		return err
	}
	printCheckTable(w, fmt.Sprintf("kaggle-sample resumes (%d, anonymised: no contact details)", len(kaggle)), res)
	// The other resumes keep their (fictional) contact details.
	var others []string
	for _, g := range []string{
		filepath.Join(data, "recruiter-pairs", "*", "resume.txt"),
		filepath.Join(data, "docs", "resume-matcher", "resumes_fictional", "*"),
		filepath.Join(data, "docs", "resume-matcher", "templates", "*"),
	} {
		ps, _ := filepath.Glob(g)
		slices.Sort(ps)
		others = append(others, ps...)
	}
	if len(others) > 0 {
		ores, err := checkAll(others)
		if err != nil {
			return err
		}
		printCheckTable(w, fmt.Sprintf("recruiter-pairs and resume-matcher resumes (%d)", len(others)), ores)
	}
	fmt.Fprintf(w, "\n== check: document.kind (resume / job-posting / cover-letter / other)\n")
	sets := []struct{ name, want, glob string }{
		{"kaggle-sample resumes", "resume", filepath.Join(data, "pdf", "kaggle-sample", "*", "*.pdf")},
		{"resume-matcher job descriptions", "job-posting", filepath.Join(data, "docs", "resume-matcher", "job_descriptions", "*")},
		{"resume-matcher fictional resumes", "resume", filepath.Join(data, "docs", "resume-matcher", "resumes_fictional", "*")},
		{"resume-matcher templates", "resume", filepath.Join(data, "docs", "resume-matcher", "templates", "*")},
		{"recruiter-pairs jobs", "job-posting", filepath.Join(data, "recruiter-pairs", "*", "job.txt")},
		{"recruiter-pairs resumes", "resume", filepath.Join(data, "recruiter-pairs", "*", "resume.txt")},
	}
	for _, s := range sets {
		paths, _ := filepath.Glob(s.glob)
		if len(paths) == 0 {
			continue
		}
		slices.Sort(paths)
		rs := res
		if s.glob != sets[0].glob {
			if rs, err = checkAll(paths); err != nil {
				return err
			}
		}
		printKinds(w, s.name, s.want, paths, rs)
	}
	return nil
}

// checked is one file's check result, or why it could not be read.
type checked struct {
	res *report.CheckResult
	err error
}

func checkAll(paths []string) ([]checked, error) {
	out := make([]checked, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out[i].res, out[i].err = ats.Check(context.Background(), extract.Source{Name: p, Data: b}, extract.Limits{})
	}
	return out, nil
}

// printCheckTable prints, per check id, how many documents pass, warn and
// fail it.
func printCheckTable(w io.Writer, title string, rs []checked) {
	type tally struct{ pass, warn, fail int }
	counts := map[string]*tally{}
	var ids []string
	failed := 0
	for _, r := range rs {
		if r.err != nil {
			failed++
			continue
		}
		for _, c := range r.res.Checks {
			t := counts[c.ID]
			if t == nil {
				t = &tally{}
				counts[c.ID] = t
				ids = append(ids, c.ID)
			}
			switch c.Status {
			case "pass":
				t.pass++
			case "warn":
				t.warn++
			case "fail":
				t.fail++
			}
		}
	}
	fmt.Fprintf(w, "\n== check: findings over %s, %d unreadable\n", title, failed)
	fmt.Fprintf(w, "%-22s %5s %5s %5s\n", "check", "pass", "warn", "fail")
	for _, id := range ids {
		t := counts[id]
		fmt.Fprintf(w, "%-22s %5d %5d %5d\n", id, t.pass, t.warn, t.fail)
	}
}

// printKinds prints what each document of a set reads as, and names the
// ones that read as something other than want.
func printKinds(w io.Writer, name, want string, paths []string, rs []checked) {
	count := map[string]int{}
	var odd []string
	for i, r := range rs {
		kind := "unreadable"
		if r.err == nil {
			kind = r.res.Kind
		}
		count[kind]++
		if kind != want {
			why := ""
			if r.err == nil {
				why = ": " + r.res.Checks[0].Message
			}
			odd = append(odd, fmt.Sprintf("    %s as %s%s", filepath.Base(paths[i]), kind, why))
		}
	}
	var parts []string
	for _, k := range []string{"resume", "job-posting", "cover-letter", "other", "unreadable"} {
		if count[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, count[k]))
		}
	}
	fmt.Fprintf(w, "%-34s %3d: %s (want %s: %d/%d)\n", name, len(paths), strings.Join(parts, ", "), want, count[want], len(paths))
	for _, o := range odd {
		fmt.Fprintln(w, o)
	}
}
