package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/requirements"
	"github.com/atsmatch/atsmatch/pkg/score"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/textnorm"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// The requirement readers (pkg/requirements) against the statuses we
// expect for the recruiter pairs: testdata/requirements_expected.json,
// written by reading each pair's posting and resume (the pairs' own
// expectations judge terms, not these statuses).

// reqReader runs a job and a resume through the stages the readers need,
// as pkg/ats will once they are wired in.
type reqReader struct {
	dict *keywords.Dict
	m    *match.Matcher
}

func newReqReader() (*reqReader, error) {
	d, err := keywords.Default()
	if err != nil {
		return nil, err
	}
	m, err := match.Default()
	if err != nil {
		return nil, err
	}
	return &reqReader{dict: d, m: m}, nil
}

func (r *reqReader) doc(text string, job bool) requirements.Doc {
	text = textnorm.Normalize(text)
	secs := sections.Resume(text)
	if job {
		secs = sections.Job(text)
	}
	return requirements.Doc{Lines: strings.Split(text, "\n"), Matches: r.m.Match(text, tokenize.Tokenize(text)).Matches, Sections: secs}
}

// read returns every requirement of a job and resume text, as of asOf.
func (r *reqReader) read(job, resume string, asOf time.Time) requirements.Result {
	return requirements.Read(r.dict, r.doc(job, true), r.doc(resume, false), requirements.Options{AsOf: asOf})
}

// termsOnly scores the pair in dir (job.txt, resume.txt) by its terms
// alone, as the product did before the requirements counted.
func (r *reqReader) termsOnly(dir string) (float64, error) {
	job, err := os.ReadFile(filepath.Join(dir, "job.txt"))
	if err != nil {
		return 0, err
	}
	resume, err := os.ReadFile(filepath.Join(dir, "resume.txt"))
	if err != nil {
		return 0, err
	}
	return score.Compute(r.dict, score.Doc(r.doc(string(job), true)), score.Doc(r.doc(string(resume), false))).Total, nil
}

// reqStatuses are the three statuses judged per pair.
type reqStatuses struct {
	Title      requirements.Status `json:"title"`
	Education  requirements.Status `json:"education"`
	Experience requirements.Status `json:"experience"`
}

func statusesOf(r requirements.Result) reqStatuses {
	return reqStatuses{r.JobTitle.Status, r.Education.Status, r.Experience.Status}
}

// reqExpected is testdata/requirements_expected.json.
type reqExpected struct {
	AsOf  string                 `json:"as_of"`
	Notes map[string]string      `json:"notes"`
	Pairs map[string]reqStatuses `json:"pairs"`
}

// loadReqExpected reads and checks the expected statuses: a date, and
// each status one the readers can give.
func loadReqExpected(path string) (*reqExpected, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var e reqExpected
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if _, err := time.Parse(time.DateOnly, e.AsOf); err != nil {
		return nil, fmt.Errorf("%s: as_of: %w", path, err)
	}
	titles := []requirements.Status{requirements.Match, requirements.Close, requirements.Missing, requirements.Unknown}
	levels := []requirements.Status{requirements.Met, requirements.Below, requirements.Unknown, requirements.NotAsked}
	for name, s := range e.Pairs {
		if !slices.Contains(titles, s.Title) || !slices.Contains(levels, s.Education) || !slices.Contains(levels, s.Experience) {
			return nil, fmt.Errorf("%s: %s: a status the readers never give: %+v", path, name, s)
		}
	}
	return &e, nil
}

// reqRow is one pair: what the readers say and what we expect.
type reqRow struct {
	Name      string
	Got, Want reqStatuses
}

// reqAgreement counts the pairs on which each status agrees.
type reqAgreement struct {
	Rows                         []reqRow
	Title, Education, Experience int
}

// agreeRequirements reads every pair of dir (NN-slug/job.txt and
// resume.txt) that exp lists and compares the statuses.
func agreeRequirements(r *reqReader, dir string, exp *reqExpected) (reqAgreement, error) {
	asOf, _ := time.Parse(time.DateOnly, exp.AsOf)
	var names []string
	for n := range exp.Pairs {
		names = append(names, n)
	}
	slices.Sort(names)
	var a reqAgreement
	for _, n := range names {
		job, err := os.ReadFile(filepath.Join(dir, n, "job.txt"))
		if err != nil {
			return a, err
		}
		resume, err := os.ReadFile(filepath.Join(dir, n, "resume.txt"))
		if err != nil {
			return a, err
		}
		row := reqRow{Name: n, Got: statusesOf(r.read(string(job), string(resume), asOf)), Want: exp.Pairs[n]}
		a.Rows = append(a.Rows, row)
		if row.Got.Title == row.Want.Title {
			a.Title++
		}
		if row.Got.Education == row.Want.Education {
			a.Education++
		}
		if row.Got.Experience == row.Want.Experience {
			a.Experience++
		}
	}
	return a, nil
}

// print writes one line per pair that disagrees, then the totals.
func (a reqAgreement) print(w io.Writer) {
	fmt.Fprintln(w, "== requirements (title, education, experience) against testdata/requirements_expected.json")
	for _, r := range a.Rows {
		if r.Got != r.Want {
			fmt.Fprintf(w, "%s  got %s/%s/%s  want %s/%s/%s\n", r.Name, r.Got.Title, r.Got.Education, r.Got.Experience,
				r.Want.Title, r.Want.Education, r.Want.Experience)
		}
	}
	n := len(a.Rows)
	fmt.Fprintf(w, "title %d/%d, education %d/%d, experience %d/%d\n", a.Title, n, a.Education, n, a.Experience, n)
}
