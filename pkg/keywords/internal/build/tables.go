package build

// Word tables of the data lints (lint.go), apart from the rules.

// vendorPrefixes are owner names a product is also called without
// ("Microsoft Excel" → "Excel", "Amazon S3" → "S3"): dropping them keeps
// the same product, so such an alias is not a broader word.
var vendorPrefixes = [][]string{
	{"adobe"}, {"amazon"}, {"apache"}, {"atlassian"}, {"autodesk"}, {"aws"},
	{"cisco"}, {"comptia"}, {"google"}, {"google", "cloud"}, {"hashicorp"},
	{"hashicorp", "certified"}, {"ibm"}, {"intuit"}, {"jfrog"}, {"microsoft"},
	{"ms"}, {"oracle"}, {"sap"}, {"azure"}, {"apple"}, {"esri"},
}

// neutralWords are words an alias may add to the whole name and still
// name the same thing: the class noun the thing is ("Python programming",
// "Spring Framework", "CRM Systems", "Communication Skills"), the
// credential named after it ("CPR Certification"), or praise a posting
// puts in front ("Strong Work Ethic"), or the activity on it. Any other added word is a modifier
// that narrows the term ("Logistic Regression Analysis", "MIG Welding").
var neutralWords = map[string]bool{
	"language": true, "programming": true, "scripting": true, "framework": true,
	"methodology": true, "methodologies": true, "method": true, "software": true, "system": true,
	"platform": true, "app": true, "engine": true, "architecture": true, "computing": true,
	"skill": true, "proficiency": true, "principle": true, "fundamental": true, "suite": true,
	"certification": true, "certificate": true, "certified": true, "license": true, "licence": true,
	"strong": true, "excellent": true, "effective": true, "solid": true,
	"a": true, "an": true, "the": true, // "a bakery product" for bakery products
	// The activity on the thing the term names ("Payroll Processing",
	// "OSHA Compliance", "Agile Development").
	"development": true, "management": true, "administration": true, "processing": true,
	"compliance": true, "regulation": true, "practice": true,
}

// roleNouns are heads that make a surface a job title or a person
// ("product manager", "recruiter"), not the skill.
var roleNouns = map[string]bool{
	"manager": true, "owner": true, "engineer": true, "developer": true, "director": true,
	"officer": true, "specialist": true, "analyst": true, "consultant": true,
	"coordinator": true, "administrator": true, "assistant": true, "architect": true,
	"designer": true, "technician": true, "scientist": true, "representative": true,
	"receptionist": true, "clerk": true, "operator": true, "programmer": true,
	"teller": true, "cook": true, "mechanic": true, "aide": true, "trainer": true,
	"artist": true, "worker": true, "agent": true, "generalist": true,
}
