/*
Package score is the scoring stage of the pipeline (after match, before
suggest). It owns the one formula that turns the terms a job asks for and
the terms a resume has into a 0-100 score; every weight is a named constant
in this package, and docs/scoring.md repeats this text for users.

# Which job terms count

Each distinct dictionary term matched in the job description is one job
term. Each occurrence takes the role of its sentence ([sections.RoleAt]),
so in "You have C#. Familiarity with DDD is a plus." C# is required and DDD
preferred. Occurrences that [sections.Job] marks Ignored do not count: lines
of benefits, EEO, "about us", salary, job-board chrome or a trailing "ATS
keywords" list, and boilerplate sentences inside other lines (a company
blurb, an application instruction). A term with no other occurrence is not a
job term at all; [Doc.Roles] gives callers the same reading.

# Importance of a term

	importance = weight × role factor × frequency factor

where:

  - weight is the dictionary's Term.Weight, 0 meaning [DefaultTermWeight] (1).
  - role factor is [RequiredFactor] (1.5) if any occurrence is Required,
    [PreferredFactor] (0.5) if every occurrence is Preferred, else
    [NeutralFactor] (1). A single "must" outweighs any number of "is a plus":
    recruiters filter on requirements.
  - frequency factor is 1 + [FrequencySlope]·log2(count), capped at
    [MaxFrequencyFactor] (2): 1 mention → 1, 2 → 1.5, 4 or more → 2. A term
    named again and again matters more, but keyword stuffing in the job
    cannot swamp the rest.

# Sub-scores and total

	Hard  = 100 × Σ importance of matched hard terms / Σ importance of hard terms
	Soft  = the same over soft terms
	Total = 100 × Σ score weight of matched terms / Σ score weight of all terms

where a term's score weight is its importance, times [SoftFactor] (0.5) for
a soft skill. Every term counts by its own weight, and a soft skill counts
half a hard skill of the same importance: tools and qualifications are what
ATS filters and recruiters search for, soft skills are weakly evidenced by
keywords. A fixed split of the sub-scores would not do that: with 20 tools
and one soft skill in the job, that one word would be worth a quarter of the
score. A job naming only one kind is scored on that kind alone, and a job
with no terms at all scores 0 and Result.Note says why.

TermResult.Importance is the term's share of Total (its score weight over
the sum of all score weights, 0..1), so all shares add up to 1 and a missing
term is worth 100 × Importance points.

A term is matched when the resume mentions it at least once, in any section
and under any of its names; how often the resume repeats it does not change
the score (ATS ranking rewards presence, and stuffing should not pay).
Scores are rounded to one decimal. Terms are listed by importance, then
name, then ID; sums are taken in that order, so the result does not depend on
the order matches arrive in.

# Worked example

Job (every weight 1):

	1 Requirements
	2 - Go and Kubernetes
	3 - Kafka is a plus
	4 Tech Stack
	5 Go, Terraform
	6 Communication
	7 Benefits
	8 - Python courses

Go: required (line 2), 2 mentions → 1 × 1.5 × 1.5 = 2.25. Kubernetes:
required → 1.5. Kafka: preferred → 0.5. Terraform: neutral → 1. Python:
only on an ignored line, not a job term. Communication (soft): 1.

A resume naming Go, Terraform and Communication scores

	Hard  = 100 × (2.25 + 1) / (2.25 + 1.5 + 0.5 + 1) = 61.9
	Soft  = 100 × 1 / 1 = 100
	Total = 100 × (2.25 + 1 + 0.5 × 1) / (2.25 + 1.5 + 0.5 + 1 + 0.5 × 1) = 65.2

and the advice ranks Kubernetes (missing, required) above Kafka.
*/
package score
