// Package market sums up many job postings for one target role (`atsmatch
// market`): per term, how many postings name it and what share of them, in
// how many it is required, the words they use for it and, given a resume,
// whether the resume shows it; and the gaps the resume leaves, ranked by
// the demand it leaves unmet.
//
// Plain data in, plain data out: each posting comes as its asks as the
// score reads them ([Posting], from ats.Analyzer.Market: boilerplate left
// out, requirement groups as one ask, the verdicts of `match`), and
// [Tally.Result] is a report.MarketResult. No analysis of its own, and the
// order postings arrive in changes nothing.
//
// # Requirement groups
//
// A group ("Kafka or RabbitMQ", "message queues such as RabbitMQ or
// Kafka") is one ask in a posting, but a coach asks what the market wants
// by name, so each term the posting writes gets its own row: a posting
// that writes Kafka only as an alternative counts among Kafka's postings
// and in its alternative count, with the terms it was offered beside
// (alternatives), and never in its required count, since another term
// would do. An open list's head ("message queues") is the ask itself, not
// an alternative. A term the group does not write (the members' common
// kind) gets no row.
//
// With a resume, a term's resume verdict is the one `match` gives the term
// asked on its own (a narrower term counts; score.Alone), and its unmet
// count the postings whose ask naming it the resume does not meet, by
// match's verdict on that ask: a posting that takes RabbitMQ for "Kafka or
// RabbitMQ" leaves no unmet demand for Kafka in a resume naming RabbitMQ.
// The gaps are the terms the resume does not show that leave demand
// unmet, by unmet postings, then required count: an unused alternative is
// never a gap.
package market

import "github.com/atsmatch/atsmatch/pkg/report"

// Posting is one job posting as the score reads it: its asks, or why it
// could not be read.
type Posting struct {
	Name  string
	Asks  []Ask
	Error *report.FileError // set when the posting could not be read or analysed; Asks is then empty
}

// Ask is one requirement of a posting: a term named on its own, or a
// requirement group (alternatives read as one ask).
type Ask struct {
	// Terms are the terms the posting writes for the ask, in text order:
	// one for a term on its own; a group's head and members.
	Terms    []Term
	Required bool // some statement of the ask is a requirement
	Met      bool // with a resume: the resume meets the ask (match's verdict)
}

// Term is one term of an ask.
type Term struct {
	ID, Name       string
	Kind, Category string
	// Alternative marks a member of a group: any one of the members meets
	// the ask. False for a term on its own and for an open list's head.
	Alternative bool
	// Wordings are the words the posting writes for the term, as written
	// (the match's surface), in text order; repeats are counted once.
	Wordings []string
	// Shown is, with a resume, whether the resume shows the term itself:
	// match's verdict on the term asked on its own.
	Shown bool
}
