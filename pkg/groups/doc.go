/*
Package groups finds the requirement groups of a job description: the
alternatives a posting lists as one ask ("Kafka or RabbitMQ", "xUnit/NUnit",
"message queues such as RabbitMQ or Kafka"). It runs on the job side after
match and sections, before score, which counts each group as one
requirement met by any of its members.

# What makes a group

Dictionary terms found in one sentence form a list when only connectors
stand between them: a comma, "or", "and", "and/or", "&", "/" (a filler
article or a word such as "experience" may follow a term; see gaps.go). A
capitalised word the dictionary does not know may stand in the list as
an item ("MySQL, Oracle or PostgreSQL"), so an unknown member does not cut
the list in two; so may up to three such items, after commas, at the
list's end before its "or" or tail cue ("Computer Science, Mathematics,
Engineering or a comparable field"). A list is then read as:

  - open, when an open cue comes before it ("such as", "like", "e.g.",
    "for example") or after it ("or similar", "or equivalent", "or a
    related field", "or other X", "etc."): the whole list is one group,
    "and" included ("such as Python, Ruby and Java" asks for any one);
  - closed, when a closed cue comes before it ("either", "one of", "any
    of", "at least one of"): the whole list is one group;
  - a list after "bilingual", "both", "all of" or "each of" asks for every
    member, "/" and "or" included ("bilingual English/Spanish"): no group;
  - otherwise "and" splits it into conjuncts and each conjunct with "or"
    (or "and/or", or a trailing "or" before a word the dictionary does not
    know) is a closed group; in a conjunct without "or", terms joined by "/"
    are a closed group when they share their dictionary category
    ("xUnit/NUnit", "Agile/Scrum"), not a stack of different kinds
    ("React/TypeScript", "Java / Spring"). "A and B", "A, B, C" and "A, B and
    C" are not groups.

A parenthesis after "at least one <noun>" or "one of the <noun>" is a closed
group of every term inside it ("at least one major cloud (AWS preferred;
Azure or GCP acceptable)"); one that opens with "or" names alternatives of
the term before it ("MPharm degree (or an overseas qualification plus
OSPAP)"). A list the job accepts besides an earlier ask ("MCA candidates
may also apply", "Diploma holders can also apply"; not "must also") joins
the nearest earlier term of its line of the same dictionary category.

# Head and kind

An open list's head is the dictionary term right before its cue, with at
most two generic nouns between ("message queues such as ...", "an HRIS such
as ...", "observability tools such as ..."), or right after an "or
similar"/"or other" cue ("HashiCorp Vault or similar secrets management").
The head is the ask and the members are examples. Without a head the kind
is the nearest common broader term of two or more members, if any: an open
list is then met by anything of that kind. One example is no kind: a
Bachelor's degree implies an Associate degree, and "Bachelor's degree or
equivalent" is not met by one. A list with fewer than two distinct terms
and no head or kind is no group.

Detection reads only the text between matches: it never changes what a
term is, and each match belongs to at most one group.

# A requirement group decides for its members

[Attach] gives a group stated as a requirement the mentions of its members
the job makes only outside every requirement: in a duty ("post invoices in
SAP" beside "SAP FICO or Oracle Financials"), a neutral line, or a stack
statement ("(we run on AWS: S3, Glue, Lambda)" beside "AWS or GCP"). They
name the environment of the same ask, not a second required one. A
broader term of a member in a duty joins too (SAP for SAP FICO), and in a
stack statement a narrower one as well (S3 for AWS); a narrower term in a
duty is a task of its own. A term the job also asks for on its own in a
requirement keeps its own ask.
*/
package groups
