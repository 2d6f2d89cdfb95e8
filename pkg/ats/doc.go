// Package ats is the library entry point of atsmatch: it runs the whole
// pipeline (extract → textnorm → tokenize → match → sections → score →
// suggest) and converts the stage types into the [report] data contract,
// including the ambiguous words a rule did not count (IgnoredMatches).
//
// An [Analyzer] compiles the dictionary once and is safe for concurrent use,
// so a batch can score thousands of resumes with one of them
// ([Analyzer.Rank]) or read thousands of postings ([Analyzer.Market],
// summed up by [market.Tally]). The package
// does no I/O of its own: callers hand it [extract.Source] values.
package ats
