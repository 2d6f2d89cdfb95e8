/*
Package score is the scoring stage of the pipeline (after match, before
suggest; the requirement groups of [groups.Detect] feed it). It owns the one formula that turns the terms a job asks for and
the terms a resume has into a 0-100 score; every weight is a named constant
in this package, and docs/scoring.md repeats this text for users.

# Which job terms count

Each distinct dictionary term matched in the job description is one job
term, and each requirement group (below) one ask. Each occurrence takes
the role of its sentence ([sections.RoleAt]), so in "You have C#.
Familiarity with DDD is a plus." C# is required and DDD preferred. Occurrences that [sections.Job] marks Ignored do not count: lines
of benefits, EEO, "about us", salary, job-board chrome or a trailing "ATS
keywords" list, and boilerplate sentences inside other lines (a company
blurb, an application instruction). A term with no other occurrence is not a
job term at all; [Doc.Roles] gives callers the same reading.

# Requirement groups: alternatives are one ask

Alternatives the job lists as one requirement ("Kafka or RabbitMQ",
"xUnit/NUnit", "message queues such as RabbitMQ or Kafka", "one of Java,
Kotlin or Scala"; [groups.Detect] reads them) are one job ask, a group: it
is met by any one member, counts once in the score and in the coverage,
and is listed once, matched or missing, with its other members as
alternatives. A recruiter reads "Kafka or RabbitMQ" as one filter, not
two; scoring it as two would make every unused alternative a missing
requirement. A group weighs as its strongest member (its dictionary
weight), takes the role of its strongest statement, and its frequency is
how often the job states it; the same members in another order are the
same group. The occurrences inside a group are the group's. A group stated
as a requirement decides for its members ([groups.Attach]): a member the
job also asks for on its own in a requirement is its own term too, but its
mentions only in duties, neutral lines or stack statements ("(we run on
AWS: S3, Lambda)") are the group's, as are a broader term of a member in a
duty and a narrower one in a stack statement.

A closed list is met only by a member, or by a term narrower than a member
(a PhD meets "Bachelor's or Master's degree"). An open list ("such as",
"e.g.", "or similar") gives examples of its head ("message queues") or, with
no head, of the members' common broader term (their kind): it is met by the
head itself, by a member, or by any resume term narrower than the head or
the kind (Azure Service Bus for "message queues such as RabbitMQ or Kafka"),
never by a mere sibling the dictionary does not link.

# Implied matches

A term that is a kind of another, or implies it, through the dictionary's
curated broader links (PostgreSQL → Relational Databases, BSN → Bachelor's
Degree, a Master's → a Bachelor's) meets an ask for the broader term:
PostgreSQL in the resume meets "relational databases" in the job, with the
rule "counted: PostgreSQL is a kind of Relational Databases". Implied
matches count in full, as a recruiter counts them: someone who ran
PostgreSQL has relational-database experience, and a score that held back
part of it would rank a precise resume below a vague one. It never runs
the other way: a resume saying "relational databases" does not show the
PostgreSQL a job asks for. Of several narrower resume terms the most
mentioned meets the ask (then by name).

A job asking for the language the resume is written in (English, told by
the share of common English function words in the resume) is met too:
"counted: the resume is written in English".

# Soft skills shown, not named

A soft skill the job asks for and the resume never names is met when a
behaviour of the resume's experience, projects or summary shows it
([shown.Find]: "presented quarterly results to the board" for
Communication, "led a team of 6" for Leadership), with How [Shown] and the
behaviour quoted in its rule. It earns [ShownCredit] (0.5) of its weight:
a recruiter counts it, an ATS keyword search does not, and one behaviour
is thinner evidence than the skill named. docs/scoring.md gives the
measurements behind the half.

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
	Total = 100 × Σ score weight of the asks met / Σ score weight of all asks

where a term's score weight is its importance, times [SoftFactor] (0.5) for
a soft skill. Every term counts by its own weight, and a soft skill counts
half a hard skill of the same importance: tools and qualifications are what
ATS filters and recruiters search for, soft skills are weakly evidenced by
keywords. A fixed split of the sub-scores would not do that: with 20 tools
and one soft skill in the job, that one word would be worth a quarter of the
score. A job naming only one kind is scored on that kind alone, and a job
with no terms at all scores 0 and Result.Note says why.

# Requirements beyond keywords

The job title, the education level and the years of experience
(pkg/requirements reads them; callers pass their statuses as
[Requirement]s) are asks of their own kinds in Total, not in the
sub-scores. Each weighs as a term of default weight named once:
[RequiredFactor] (1.5), or [PreferredFactor] (0.5) when the job only
prefers it, and earns the share of that weight its status gives: met or
a matching title all, a close title [CloseTitleCredit] (half), below or a
missing title none. An unknown or not asked requirement is no ask. On the
recruiter pairs this puts 14 of 16 scores in the recruiters' bands against
13 of 16 for the terms alone, and ranks them closer to the bands
(docs/scoring.md, section 5).

TermResult.Importance is the term's share of Total (its score weight over
the sum of all score weights, 0..1; a Requirement's Importance is its share
the same way), so all shares add up to 1 and a missing term is worth 100 ×
Importance points.

A term is matched when the resume mentions it at least once, in any section
and under any of its names, or a narrower term, or (a soft skill) shows it
(above, for ShownCredit of its weight); how often the
resume repeats it does not change the score (ATS ranking rewards presence,
and stuffing should not pay). A term named only in a skills list counts in
full: part credit for it moved scores away from the recruiter pairs' bands
(11/16 in band at full credit, 8/16 at half; docs/scoring.md).
Scores are rounded to one decimal. Terms are listed by importance, then
name, then ID; sums are taken in that order, so the result does not depend on
the order matches arrive in.

# Worked example

Job (every weight 1):

	 1 Requirements
	 2 - Go and Kubernetes
	 3 - Kafka or RabbitMQ
	 4 - Relational databases
	 5 Nice to have
	 6 - Terraform
	 7 Tech Stack
	 8 Go, Docker
	 9 Communication
	10 Benefits
	11 - Python courses

Go: required (line 2), 2 mentions → 1 × 1.5 × 1.5 = 2.25. Kubernetes:
required → 1.5. "Kafka or RabbitMQ": one group, required → 1.5. Relational
Databases: required → 1.5. Terraform: preferred → 0.5. Docker: neutral →
1. Python: only on an ignored line, not a job term. Communication (soft):
1.

A resume naming Go, RabbitMQ, PostgreSQL, Docker and Communication meets
the group through RabbitMQ and Relational Databases through PostgreSQL
(implied), and scores

	Hard  = 100 × (2.25 + 1.5 + 1.5 + 1) / (2.25 + 1.5 + 1.5 + 1.5 + 0.5 + 1) = 75.8
	Soft  = 100 × 1 / 1 = 100
	Total = 100 × (6.25 + 0.5 × 1) / (8.25 + 0.5 × 1) = 77.1

Kafka is no missing term: it was an alternative. The advice ranks
Kubernetes (missing, required) above Terraform.
*/
package score
