package score

import "github.com/atsmatch/atsmatch/pkg/keywords"

// Alone is the verdict on each of ts asked on its own, in order: whether,
// and how, resume shows the term itself, as [Compute] decides a job term
// named alone (by its own name, a narrower term, the resume's language).
// A group's verdict names the one member that met it; a caller that reports
// on every member (`atsmatch market`: does the resume show Kafka, whatever
// met "Kafka or RabbitMQ"?) asks here. Result fields that describe the job
// (JobCount, Job, Required, Weight, Importance) are zero.
func Alone(d *keywords.Dict, resume Doc, ts []*keywords.Term) []TermResult {
	asks := make([]*ask, 0, len(ts))
	for _, t := range ts {
		if t != nil {
			asks = append(asks, &ask{term: t})
		}
	}
	v := newVerdicts(d, resume, asks)
	out := make([]TermResult, len(ts))
	k := 0
	for i, t := range ts {
		if t == nil {
			continue
		}
		out[i] = v.verdict(asks[k])
		k++
	}
	return out
}
