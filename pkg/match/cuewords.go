package match

// Word tables of the context rules: the words that ask for a skill
// (skillwords.go) and the legal forms that end a company's name
// (exclude.go). Only data lives here.

// skillNouns after a name ask for it as a skill: "telemetry experience",
// "Excel skills", "Kubernetes certification".
var skillNouns = map[string]bool{
	"experience": true, "skills": true, "skill": true, "knowledge": true, "proficiency": true,
	"expertise": true, "certification": true, "certifications": true,
}

// askWords after a name, with only askVerbs and askAdverbs between, ask
// for it: "Spanish is a plus", "German preferred", "Excel is a must".
// Norm sequences.
var askWords = [][]string{
	{"a", "plus"}, {"plus"}, {"an", "advantage"}, {"advantage"}, {"a", "bonus"}, {"bonus"},
	{"an", "asset"}, {"asset"}, {"a", "must"}, {"must"}, {"preferred"}, {"required"}, {"desirable"},
	{"desired"}, {"essential"}, {"beneficial"}, {"mandatory"},
}

// askVerbs and askAdverbs may stand between a name and its askWords, a
// few at most: "Spanish are both considered a plus", "German would be
// highly desirable".
var (
	askVerbs   = map[string]bool{"is": true, "are": true, "be": true, "would": true, "will": true}
	askAdverbs = map[string]bool{"both": true, "also": true, "highly": true, "strongly": true, "considered": true, "very": true, "definitely": true}
)

// skillLeads before a name ask for it as a skill: "knowledge of excel",
// "proficient in R", "advanced excel". Norms, in order.
var skillLeads = [][]string{
	{"knowledge", "of"}, {"knowledge", "in"}, {"proficient", "in"}, {"proficient", "with"},
	{"proficiency", "in"}, {"proficiency", "with"}, {"experience", "with"}, {"experience", "in"},
	{"experience", "using"}, {"expertise", "in"}, {"expertise", "with"}, {"skilled", "in"},
	{"familiarity", "with"}, {"familiar", "with"}, {"competent", "in"}, {"advanced"}, {"intermediate"},
}

// nounEnds may follow a name a lead asks for, the end of its noun phrase:
// "experience in excel and Word", "knowledge of excel is a must". Any other
// lower-case word goes on with a phrase the name is only part of ("lead
// generation", "access control", "go to market").
var nounEnds = map[string]bool{
	"and": true, "or": true, "as": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"including": true, "is": true, "are": true, "would": true, "will": true, "preferred": true,
	"required": true, "a": true, "an": true, "e.g": true, "i.e": true, "etc": true, "plus": true,
}

// legalForms end a company's name: "Brightline Logistics, Inc.",
// "Brackenfield Medical Devices Ltd", "Nordlicht Mobility GmbH". Token
// Norms. Not "Group", "Company" or "Co": "Java User Group", "a SaaS
// Company"; not "SE": "Java SE".
var legalForms = map[string]bool{
	"inc": true, "llc": true, "llp": true, "ltd": true, "limited": true, "gmbh": true, "plc": true,
	"pvt": true, "pty": true, "ag": true, "corp": true, "corporation": true, "holdings": true,
	"bv": true, "nv": true, "kg": true, "pllc": true,
}
