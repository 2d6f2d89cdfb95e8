package score

// Requirements beyond keywords (the job title, the education level, the
// years of experience; pkg/requirements reads them) count in Total as
// asks of their own kinds, beside the terms. Each weighs as one term of
// default weight named once, required or preferred as the job states it
// (1.5, or 0.5 when the job only prefers it), and earns the share of its
// weight its status gives: met or a matching title all of it, a close
// title half, below or a missing title none. A requirement whose status
// says nothing about the resume (unknown, or not asked) is no ask at all.
// docs/scoring.md says why they count (measured on the recruiter pairs).

// Requirement kinds, as the report's requirements object names them.
const (
	ReqJobTitle   = "job_title"
	ReqEducation  = "education"
	ReqExperience = "experience"
)

// CloseTitleCredit is the share of its weight a close title earns: the
// same role noun in another rank or wording shows the role, not the
// posting's title.
const CloseTitleCredit = 0.5

// Requirement is one requirement as the score counts it. Callers set Kind,
// Status and Preferred; [Compute] sets Weight, Credit and Importance.
type Requirement struct {
	Kind      string // ReqJobTitle, ReqEducation or ReqExperience
	Status    string // the reader's status: match, close, missing, met, below, unknown, not_asked
	Preferred bool   // the job only prefers it
	// Weight is the raw importance, as a term's: DefaultTermWeight ×
	// RequiredFactor, or × PreferredFactor for a preference; 0 when the
	// requirement is no ask.
	Weight float64
	// Credit is the share of Weight the resume earns, 0..1.
	Credit float64
	// Importance is the requirement's share of Total, as a term's.
	Importance float64
}

// reqCredit returns the share of its weight a status earns and whether the
// status makes an ask at all.
func reqCredit(status string) (float64, bool) {
	switch status {
	case "met", "match":
		return 1, true
	case "close":
		return CloseTitleCredit, true
	case "below", "missing":
		return 0, true
	}
	return 0, false // unknown, not_asked
}

// weigh sets each requirement's Weight and Credit and returns the sums
// Total adds: all weights, and the weights earned.
func weigh(reqs []Requirement) (sum, got float64) {
	for i := range reqs {
		r := &reqs[i]
		c, ok := reqCredit(r.Status)
		if !ok {
			r.Weight, r.Credit = 0, 0
			continue
		}
		factor := RequiredFactor
		if r.Preferred {
			factor = PreferredFactor
		}
		r.Weight, r.Credit = DefaultTermWeight*factor, c
		sum += r.Weight
		got += r.Weight * c
	}
	return sum, got
}
