package groups

// The cue tables: the words that make a list of terms one requirement, and
// the words that may stand between them. Data apart from logic; every
// entry is lower case, one token per string (see scan).

// openLead cues come right before an open list: its members are examples.
var openLead = [][]string{
	{"such", "as"},
	{"like"},
	{"e.g."},
	{"e.g"},
	{"eg"},
	{"eg."},
	{"for", "example"},
	{"for", "instance"},
}

// closedLead cues come right before a closed list: any one member meets
// it. Longer cues first: the first that ends the text before a list wins.
var closedLead = [][]string{
	{"one", "of", "the", "following"},
	{"at", "least", "one", "of"},
	{"one", "or", "more", "of"},
	{"any", "one", "of"},
	{"one", "of"},
	{"any", "of"},
	{"either"},
}

// An "also" statement accepts a list besides an earlier ask: "MCA
// candidates may also apply", "Diploma holders can also apply",
// "equivalent degrees will also be considered". alsoStart are the words
// that may follow the list, alsoModals the words right before "also",
// alsoVerbs the words at most two after it. "must also apply" asks for
// more; it is no alternative.
var (
	alsoStart = set("candidates", "candidate", "holders", "holder", "applicants", "graduates", "degrees",
		"qualifications", "may", "can", "will", "are", "is", "also")
	alsoModals = set("may", "can", "will", "are", "is", "could")
	alsoVerbs  = set("apply", "considered", "accepted", "acceptable", "welcome", "eligible", "be")
)

// andLead cues come right before a list that asks for every member, even
// joined by "/" or "or": "bilingual English/Spanish", "both Java/Kotlin".
var andLead = [][]string{
	{"bilingual"},
	{"both"},
	{"all", "of"},
	{"each", "of"},
}

// openTail cues come right after a list (after an optional comma) and open
// it: "A, B or similar", "A or a related field", "A, B, etc.".
var openTail = [][]string{
	{"or", "similar"},
	{"or", "a", "similar"},
	{"or", "equivalent"},
	{"or", "an", "equivalent"},
	{"or", "comparable"},
	{"or", "a", "comparable"},
	{"or", "related"},
	{"or", "a", "related"},
	{"or", "other"},
	{"or", "another"},
	{"or", "any", "other"},
	{"or", "alike"},
	{"or", "the", "like"},
	{"and", "similar"},
	{"and", "other"},
	{"etc."},
	{"etc"},
}

// scopeLead cues open a parenthesis of alternatives: "at least one major
// cloud (AWS preferred; Azure or GCP acceptable)". At most scopeWords
// words may stand between the cue and the parenthesis.
var scopeLead = [][]string{
	{"at", "least", "one"},
	{"one", "or", "more"},
	{"any", "one"},
	{"one", "of", "the"},
}

const scopeWords = 3

// likeNotCue are the words after which "like" is the verb ("we would like
// Python"), not a cue.
var likeNotCue = set("would", "'d", "i", "we", "you", "they", "to", "also", "really", "might", "may",
	"will", "do", "not", "don't", "dont", "feel", "look", "looks", "sound", "sounds", "who", "that")

// fillers are generic nouns that may stand between a term and a connector
// or cue ("Python experience or Bash", "observability tools such as"): at
// most maxFillers of them.
var fillers = set("tool", "tools", "system", "systems", "software", "platform", "platforms",
	"framework", "frameworks", "language", "languages", "technology", "technologies", "solution",
	"solutions", "suite", "suites", "package", "packages", "product", "products", "application",
	"applications", "service", "services", "environment", "environments", "experience", "skills",
	"knowledge", "scripting", "programming", "development", "certification", "certificate",
	"license", "licence", "degree", "diploma", "stack", "stacks", "library", "libraries")

const maxFillers = 2

// articles may follow a connector or cue: "or a Master's degree".
var articles = set("a", "an", "the")

// boundary tokens end a sentence or clause: no list runs across them.
var boundary = set(".", ";", ":", "!", "?", "(", ")", "[", "]")

// bullets start a new list item when they begin a line.
var bullets = set("-", "•", "*", "·", "–", "—", "▪", "◦")

// leadWords are the last words of the lead cues, tailWords the first
// words of the tail cues and "or": a list whose neighbouring word is none
// of them has no cue, and is not tokenised to find one.
var leadWords, tailWords = cueWords()

// leadInitials and tailInitials are the (lower-case ASCII) first letters
// of those words: most words before and after a list fail this test
// before any map lookup.
var leadInitials, tailInitials = initials(leadWords), initials(tailWords)

func initials(words map[string]bool) (b [256]bool) {
	for w := range words {
		b[w[0]] = true
	}
	return b
}

// isCueWord reports whether w, in any case, is one of words, whose
// initials are ini.
func isCueWord(w string, words map[string]bool, ini *[256]bool) bool {
	return w != "" && ini[w[0]|0x20] && in(words, w)
}

func cueWords() (lead, tail map[string]bool) {
	lead, tail = map[string]bool{}, map[string]bool{"or": true}
	for _, table := range [][][]string{openLead, closedLead, andLead} {
		for _, c := range table {
			lead[c[len(c)-1]] = true
		}
	}
	for _, c := range openTail {
		tail[c[0]] = true
	}
	return lead, tail
}

// tailSecond are the second words of the tail cues that do not start
// with "or" (after which any word may follow: a trailing "or"): "and"
// starts a tail cue only before "similar" or "other".
var tailSecond = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range openTail {
		if c[0] != "or" && len(c) > 1 {
			m[c[1]] = true
		}
	}
	return m
}()

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
