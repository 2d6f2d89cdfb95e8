package ats_test

import (
	"context"
	"fmt"
	"log"

	"github.com/atsmatch/atsmatch/pkg/ats"
	"github.com/atsmatch/atsmatch/pkg/extract"
	"github.com/atsmatch/atsmatch/pkg/report"
)

const exampleJob = `Acme is hiring

Requirements
- PostgreSQL and Docker in production
- Kubernetes

Nice to have
- Terraform
`

func ExampleAnalyzer_Match() {
	a, err := ats.New(ats.Options{}) // the embedded dictionary
	if err != nil {
		log.Fatal(err)
	}
	job := extract.Source{Name: "job.txt", Data: []byte(exampleJob)}
	resume := extract.Source{Name: "ann.md", Data: []byte("# Ann\n\n## Skills\nPostgres, Docker, Terraform\n")}
	res, err := a.Match(context.Background(), job, resume)
	if err != nil {
		log.Fatal(err)
	}
	// res.Score is the 0-100 score (docs/scoring.md); here, what it is made
	// of: the job's terms the resume has, with evidence, and those it lacks.
	fmt.Printf("hard skills: %d of %d\n", res.Coverage.HardMatched, res.Coverage.HardTotal)
	for _, m := range res.Matched {
		e := m.ResumeEvidence[0]
		fmt.Printf("matched %s: resume line %d %q (%s)\n", m.Term, e.Line, e.Surface, e.Match)
	}
	for _, m := range res.Missing {
		fmt.Printf("missing %s (required: %v)\n", m.Term, m.Required)
	}
	// Output:
	// hard skills: 3 of 4
	// matched Docker: resume line 4 "Docker" (exact)
	// matched PostgreSQL: resume line 4 "Postgres" (alias)
	// matched Terraform: resume line 4 "Terraform" (exact)
	// missing Kubernetes (required: true)
}

func ExampleAnalyzer_Rank() {
	a, err := ats.New(ats.Options{})
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	job, err := a.PrepareJob(ctx, extract.Source{Name: "job.txt", Data: []byte(exampleJob)})
	if err != nil {
		log.Fatal(err)
	}
	inputs := make(chan ats.Input, 3)
	inputs <- ats.Input{Name: "ann.md", Source: extract.Source{Data: []byte("Skills: PostgreSQL, Docker, Kubernetes\n")}}
	inputs <- ats.Input{Name: "bob.txt", Source: extract.Source{Data: []byte("Skills: Docker\n")}}
	inputs <- ats.Input{Name: "empty.txt", Source: extract.Source{Data: []byte{}}}
	close(inputs)

	// Rank calls emit once per resume, in completion order, with one row
	// per job; report sorts the rows and sums them up.
	var rows []report.BatchRow
	sum := report.NewSummarizer([]string{job.Name()})
	err = a.Rank(ctx, []*ats.Job{job}, inputs, ats.RankOptions{}, func(resume []report.BatchRow) {
		rows = append(rows, resume...)
		sum.Add(resume)
	})
	if err != nil {
		log.Fatal(err)
	}
	if err := report.SortRows(rows, report.SortScore, []string{job.Name()}); err != nil {
		log.Fatal(err)
	}
	for _, r := range rows {
		if r.Error != nil {
			fmt.Printf("%s: %s (%s)\n", r.Resume, r.Error.Message, r.Error.Kind)
			continue
		}
		fmt.Printf("%s: %d of %d hard skills, missing %v\n", r.Resume, r.Coverage.HardMatched, r.Coverage.HardTotal, r.TopMissing)
	}
	s := sum.Summary(0)
	fmt.Printf("%d resumes, %d scored, %d failed\n", s.Resumes, s.Scored, s.Failed)
	// Output:
	// ann.md: 3 of 4 hard skills, missing [Terraform]
	// bob.txt: 1 of 4 hard skills, missing [Kubernetes PostgreSQL Terraform]
	// empty.txt: file is empty (empty)
	// 3 resumes, 2 scored, 1 failed
}
