package match

// Negation patterns: the data negate reads (the matcher is negmatch.go).

// negSpec is one way a requirement is negated, written as it reads (see
// parseNegPattern): X is the run of skills, a|b one word of several, and
// words in [ ] may be left out. Patterns read the lower-case words of one
// sentence on one line, a few either side of the run, with contractions
// spelled out ("don't" → do not).
type negSpec struct {
	pattern string
	// waiver: a bare "without X experience" states a need as often as a
	// waiver ("Without PostgreSQL experience you will struggle"), so it
	// counts only where the sentence says the lack is welcome (waived).
	waiver bool
}

var negSpecs = []negSpec{
	{pattern: "no [prior|previous|formal] X [experience|knowledge|skills] [is|are] required|needed|necessary"},
	{pattern: "X [experience|knowledge|skills] [is|are] not required|needed|necessary|mandatory"},
	{pattern: "X [experience|knowledge|skills] [is|are] not a requirement|prerequisite"},
	{pattern: "do|does not have|need to [be able to] speak|know|use|have [a|an|any] X"},
	{pattern: "not required to [be able to] speak|know|use|have [a|an|any] X"},
	{pattern: "without [any] [prior|previous|formal] X experience|knowledge", waiver: true},
}

// negPatterns are negSpecs parsed once.
var negPatterns = mustParseNegPatterns(negSpecs)

// Words that say a lack is welcome (waived): before "without" ("you can
// apply without ...", "we welcome applicants without ...", "even
// without ..."), or after the experience word ("... are welcome", "...
// will be considered"), where "apply" also counts after a modal ("...
// can apply too").
var (
	waiverBefore = []string{"apply", "applying", "join", "joining", "start", "starting", "welcome", "welcomes", "encourage", "encourages", "even", "also"}
	waiverAfter  = []string{"welcome", "encouraged", "considered", "eligible", "fine", "ok", "okay"}
	applyModals  = []string{"can", "may", "to", "still"}
)
