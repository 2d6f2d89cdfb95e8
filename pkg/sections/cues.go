package sections

// Cue tables: the phrases and words that classify job headings and
// sentences. Only data lives here; jobheadings.go, job.go and headings.go
// read it.

// cue is a phrase matched on word boundaries of the lower-cased line.
type cue struct {
	phrase string
	why    string
}

// subjectHeadings are boilerplate heading cues that also name a field of
// work: in a heading naming a job ("Data Protection Officer", "Lead our
// data protection compliance project", "Compensation Analyst") or before a
// list of skills ("Data protection: GDPR, ISO 27001") they are the job's own
// subject, not a notice.
var subjectHeadings = map[string]bool{
	"applicant tracking system": true, "benefits": true, "salary": true, "compensation": true,
	"equal opportunity": true, "equal employment": true, "equal opportunities": true, "eeo": true,
	"diversity": true, "inclusion": true, "privacy": true, "data protection": true,
}

// fieldHeadings are pay labels that, with a value on the same line
// ("Salary: £35,000"), are a one-line field: they do not open a section, so
// the posting text after them is not swallowed.
var fieldHeadings = map[string]bool{"salary": true, "compensation": true, "pay range": true}

// listSubjects are subject headings that name a body of knowledge, so an
// inline list after them ("Privacy: GDPR, CCPA") is a skill line; a benefits
// list ("Benefits: dental, 401k") is still a perk list.
var listSubjects = map[string]bool{
	"equal opportunity": true, "equal employment": true, "equal opportunities": true, "eeo": true, "diversity": true,
	"inclusion": true, "privacy": true, "data protection": true,
}

// cueUnless holds, for a heading cue, a longer phrase holding it that means
// something else: "who we are looking for" is not "who we are", "what
// you'll get to do" is the work.
var cueUnless = map[string]string{
	"who we are": "who we are looking for", "what you ll get": "what you ll get to do",
	"what you will get": "what you will get to do",
}

// jobTitleWords mark a heading that names a job or a task, so a subject
// cue in it is the job's field: "Data Protection Officer", "Benefits
// Specialist", "Benefits administration". Plurals are left out: "Benefits
// for engineers" is a perk list.
var jobTitleWords = map[string]bool{
	"officer": true, "manager": true, "lead": true, "leader": true, "head": true, "director": true,
	"specialist": true, "analyst": true, "engineer": true, "developer": true, "consultant": true,
	"counsel": true, "coordinator": true, "administrator": true, "advisor": true, "adviser": true,
	"architect": true, "expert": true, "champion": true, "auditor": true, "assistant": true,
	"representative": true, "recruiter": true, "generalist": true, "scientist": true,
	"technician": true, "strategist": true, "intern": true, "teacher": true, "worker": true,
	"accountant": true, "attorney": true, "lawyer": true, "paralegal": true, "clerk": true,
	// Work done on the field: "Benefits administration, FMLA, ADA" in an HR
	// posting's requirements, "Compensation analysis", "Data protection
	// compliance".
	"administration": true, "management": true, "compliance": true, "enrollment": true,
	"enrolment": true, "analysis": true, "reporting": true, "law": true,
}

// taskOpeners open a heading that names the work ("Lead our data
// protection compliance project"), unless "your" follows: a perk speaks
// to the reader ("Own your benefits", "Manage your benefits online").
var taskOpeners = map[string]bool{
	"lead": true, "drive": true, "manage": true, "build": true, "implement": true, "own": true,
}

// askOpeners open a heading that asks for the field when a preposition
// follows ("Knowledge of Equal Employment Opportunity Laws", a title-case
// requirement line; "Experience with benefits administration"); without
// one, "Experience our benefits" is the verb of a perk.
var askOpeners = map[string]bool{
	"knowledge": true, "experience": true, "understanding": true, "familiarity": true, "expertise": true, "proficiency": true,
}

// ignoredHeadings mark boilerplate sections. Checked before the preferred and
// required lists so "Salary & bonus" stays ignored.
var ignoredHeadings = []cue{
	{"applicant tracking system", "ATS keyword tips are not part of the job"},
	{"ats keywords", "ATS keyword tips are not part of the job"},
	{"keywords", "ATS keyword tips are not part of the job"},
	{"benefits", "benefits are boilerplate"},
	{"perks", "perks are boilerplate"},
	{"what we offer", "benefits are boilerplate"},
	{"we offer", "benefits are boilerplate"},
	{"our offer", "benefits are boilerplate"},
	{"why join", "benefits are boilerplate"},
	{"why work", "benefits are boilerplate"},
	{"why you ll love", "benefits are boilerplate"},
	{"life at", "company description is boilerplate"},
	{"what s in it for you", "benefits are boilerplate"},
	{"what s on offer", "benefits are boilerplate"},
	{"on offer", "benefits are boilerplate"},
	{"we can offer", "benefits are boilerplate"},
	{"in return", "benefits are boilerplate"},
	{"what you ll get", "benefits are boilerplate"},
	{"what you will get", "benefits are boilerplate"},
	{"total rewards", "benefits are boilerplate"},
	{"remuneration", "pay is boilerplate"},
	{"the package", "benefits are boilerplate"},
	{"your package", "benefits are boilerplate"},
	{"culture", "company description is boilerplate"},
	{"salary", "pay is boilerplate"},
	{"compensation", "pay is boilerplate"},
	{"pay range", "pay is boilerplate"},
	{"pay transparency", "pay is boilerplate"},
	{"equal opportunity", "EEO statements are boilerplate"},
	{"equal employment", "EEO statements are boilerplate"},
	{"equal opportunities", "EEO statements are boilerplate"},
	{"eeo", "EEO statements are boilerplate"},
	{"diversity", "diversity statements are boilerplate"},
	{"inclusion", "diversity statements are boilerplate"},
	{"about us", "company description is boilerplate"},
	{"about the company", "company description is boilerplate"},
	{"who we are", "company description is boilerplate"},
	{"company description", "company description is boilerplate"},
	{"our company", "company description is boilerplate"},
	{"our story", "company description is boilerplate"},
	{"our mission", "company description is boilerplate"},
	{"our values", "company description is boilerplate"},
	{"our culture", "company description is boilerplate"},
	{"why us", "company description is boilerplate"},
	{"how to apply", "application instructions are boilerplate"},
	{"application process", "application instructions are boilerplate"},
	{"hiring process", "application instructions are boilerplate"},
	{"interview process", "application instructions are boilerplate"},
	{"recruitment process", "application instructions are boilerplate"},
	{"selection process", "application instructions are boilerplate"},
	{"privacy", "privacy notices are boilerplate"},
	// Spanish postings are common in the wild; the usual headings suffice.
	{"beneficios", "benefits are boilerplate"},
	{"sobre nosotros", "company description is boilerplate"},
	{"cómo aplicar", "application instructions are boilerplate"},
	{"cómo postular", "application instructions are boilerplate"},
	{"postule aquí", "application instructions are boilerplate"},
	{"data protection", "privacy notices are boilerplate"},
}

var preferredHeadings = []cue{
	{"nice to have", "nice-to-haves are preferences"},
	{"nice to haves", "nice-to-haves are preferences"},
	{"good to have", "nice-to-haves are preferences"},
	{"preferred", "preferred qualifications are preferences"},
	{"bonus points", "bonus skills are preferences"}, // before "bonus", a weak cue
	{"bonus", "bonus skills are preferences"},
	{"a plus", "pluses are preferences"},
	{"plus", "pluses are preferences"},
	{"desirable", "desirable skills are preferences"},
	{"desirables", "desirable skills are preferences"},
	{"non essential", "non-essential skills are preferences"},
	{"optional", "optional skills are preferences"},
	{"an advantage", "advantages are preferences"},
	{"advantageous", "advantages are preferences"},
	{"an asset", "assets are preferences"},
	{"assets", "assets are preferences"},
	{"extra points", "bonus skills are preferences"},
	{"added advantage", "advantages are preferences"},
	{"secondary skills", "secondary skills are preferences"},
	{"even better if", "pluses are preferences"},
	{"would be great if", "pluses are preferences"},
	{"pluses", "pluses are preferences"},
	{"brownie points", "bonus skills are preferences"},
	{"even better", "pluses are preferences"},
	{"deseable", "desirable skills are preferences"},
	{"deseables", "desirable skills are preferences"},
}

var requiredHeadings = []cue{
	{"who we are looking for", "what they look for is required"},
	{"who we re looking for", "what they look for is required"},
	{"requirements", "requirements"},
	{"requirement", "requirements"},
	{"required", "requirements"},
	{"qualifications", "qualifications are requirements"},
	{"qualification", "qualifications are requirements"},
	{"candidate profile", "the candidate profile is required"},
	{"needed", "what is needed is required"},
	{"requisitos", "requirements"},
	{"must have", "must-haves are requirements"},
	{"must haves", "must-haves are requirements"},
	{"what you bring", "what you bring is required"},
	{"what you ll bring", "what you bring is required"},
	{"what you will bring", "what you bring is required"},
	{"what you need", "what you need is required"},
	{"what we need", "what you need is required"},
	{"knowledge skills and abilities", "requirements"},
	{"education and experience", "requirements"},
	{"education", "education asked for is required"},
	{"educational qualification", "qualifications are requirements"},
	{"educational qualifications", "qualifications are requirements"},
	{"mandatory", "requirements"},
	{"primary skills", "requirements"},
	{"your background", "your profile is required"},
	{"selection criteria", "requirements"},
	{"eligibility", "requirements"},
	{"desired profile", "the candidate profile is required"},
	{"job specification", "the candidate profile is required"},
	{"competencies", "requirements"},
	{"essential", "requirements"},
	{"essentials", "requirements"},
	{"you ll have", "what you have is required"},
	{"you will have", "what you have is required"},
	{"you should have", "what you have is required"},
	{"what you ll need", "what you need is required"},
	{"what you will need", "what you need is required"},
	{"what we re looking for", "what they look for is required"},
	{"what we are looking for", "what they look for is required"},
	{"look for", "what they look for is required"},
	{"looking for", "what they look for is required"},
	{"you have", "what you have is required"},
	{"you are", "who you are is required"},
	{"who you are", "who you are is required"},
	{"about you", "who you are is required"},
	{"your profile", "your profile is required"},
	{"skills", "skills asked for are requirements"},
	{"experience", "experience asked for is required"},
}

// neutralHeadings describe the work; see the package doc for why
// responsibilities are not Required.
var neutralHeadings = []cue{
	{"responsibilities", "responsibilities describe the work"},
	{"responsabilidades", "responsibilities describe the work"},
	{"funciones", "responsibilities describe the work"},
	{"duties", "responsibilities describe the work"},
	{"what you ll do", "responsibilities describe the work"},
	{"what you will do", "responsibilities describe the work"},
	{"what you ll be doing", "responsibilities describe the work"},
	{"what you will be doing", "responsibilities describe the work"},
	{"what you ll work on", "responsibilities describe the work"},
	{"what you will work on", "responsibilities describe the work"},
	{"tasks", "tasks describe the work"},
	{"the opportunity", "describes the job"},
	{"our stack", "the stack counts without emphasis"},
	{"tools we use", "the stack counts without emphasis"},
	{"accountabilities", "responsibilities describe the work"},
	{"day to day", "describes the job"},
	{"a day in the life", "describes the job"},
	{"your mission", "describes the job"},
	{"your impact", "describes the job"},
	{"in this role", "describes the job"},
	{"role purpose", "describes the job"},
	{"job purpose", "describes the job"},
	{"your role", "describes the job"},
	{"the role", "describes the job"},
	{"tech stack", "the stack counts without emphasis"},
	{"technologies", "the stack counts without emphasis"},
	{"overview", "describes the job"},
	{"summary", "describes the job"},
	{"job description", "describes the job"},
	{"description", "describes the job"},
}

// aboutRole are "About ..." headings that describe the job, not the company.
var aboutRole = map[string]bool{
	"role": true, "the role": true, "this role": true, "the job": true, "this job": true,
	"the position": true, "this position": true, "the opportunity": true, "the team": true,
	"you": true, "the work": true, "the candidate": true, "the ideal candidate": true, "candidate": true,
}

// preferredCues and requiredCues are line-level cues; preferred wins within
// a sentence so "not required" and "is a plus" are read as preferences.
var preferredCues = []cue{
	{"nice to have", "nice to have"},
	{"good to have", "good to have"},
	{"is a plus", "is a plus"},
	{"a plus", "a plus"},
	{"are a plus", "are a plus"},
	{"big plus", "a plus"},
	{"a strong plus", "a plus"},
	{"a huge plus", "a plus"},
	{"a definite plus", "a plus"},
	{"an added plus", "a plus"},
	{"a real plus", "a plus"},
	{"a major plus", "a plus"},
	{"plus point", "a plus"},
	{"is an asset", "an asset"},
	{"are an asset", "an asset"},
	{"be an asset", "an asset"},
	{"are assets", "an asset"},
	{"considered an asset", "an asset"},
	{"bonus", "bonus"},
	{"preferred", "preferred"},
	{"preferably", "preferably"},
	{"desirable", "desirable"},
	{"ideally", "ideally"},
	{"would be great", "would be great"},
	{"would be nice", "would be nice"},
	{"advantageous", "advantageous"},
	{"an advantage", "an advantage"},
	{"added advantage", "an advantage"},
	{"not required", "not required"},
	{"optional", "optional"},
}

// boilerplateOpeners and boilerplateCues mark a sentence as boilerplate
// under any heading, with no boilerplate heading needed: the company
// describing itself ("Acme is a leading provider of ...", "Founded in
// 2004, ..."), EEO statements and application instructions ("Please send
// your CV ..."). Each was checked on
// SkillSpan train to fire on no requirement or stack sentence: "We use
// Python everywhere" and "We are looking for a Go developer" still count.
// Openers must start the sentence. "We are a ..." is not a cue: "We are a
// Python shop" names the stack.
var boilerplateOpeners = []cue{
	{"founded in", "company description is boilerplate"},
	{"please send", "application instructions are boilerplate"},
	{"please submit", "application instructions are boilerplate"},
	{"please apply", "application instructions are boilerplate"},
	// Not "to apply" or "apply online" alone: "To apply statistical
	// methods ..." and "Apply online marketing ..." are the work.
	{"to apply please", "application instructions are boilerplate"},
	{"to apply for this", "application instructions are boilerplate"},
	{"submit your application", "application instructions are boilerplate"},
	{"send your application", "application instructions are boilerplate"},
	{"send your cv", "application instructions are boilerplate"},
	{"send us your cv", "application instructions are boilerplate"},
	// Not "applications should contain" or "the application must include":
	// the documents they list name degrees a job asks for.
	{"applications must be submitted", "application instructions are boilerplate"},
	{"applications should be submitted", "application instructions are boilerplate"},
	{"applications will be", "application instructions are boilerplate"},
	{"interested candidates", "application instructions are boilerplate"},
	{"interested applicants", "application instructions are boilerplate"},
	// The employer's side of the deal: "We offer a competitive salary".
	{"we offer", "benefits are boilerplate"},
	{"we also offer", "benefits are boilerplate"},
	{"in return we offer", "benefits are boilerplate"},
}

// boilerplateCues may be anywhere in the sentence's first words. Not "equal
// employment opportunity" or "reasonable accommodation" alone: HR postings
// ask for knowledge of both.
var boilerplateCues = []cue{
	{"is a leading", "company description is boilerplate"},
	{"is the leading", "company description is boilerplate"},
	{"is a global leader", "company description is boilerplate"},
	{"is a world leader", "company description is boilerplate"},
	{"is one of the world s", "company description is boilerplate"},
	{"is one of the leading", "company description is boilerplate"},
	{"is one of the largest", "company description is boilerplate"},
	{"is headquartered in", "company description is boilerplate"},
	{"opportunity employer", "EEO statements are boilerplate"},
	{"opportunities employer", "EEO statements are boilerplate"},
}

var requiredCues = []cue{
	{"must", "must"},
	{"required", "required"},
	{"essential", "essential"},
	{"mandatory", "mandatory"},
	{"you have", "you have"},
	{"strong command of", "strong command of"},
}

// chromePrefixes are job-board page furniture scraped with the posting.
var chromePrefixes = []string{
	"posted on", "posted ", "date posted", "location type", "location:", "visit company website",
	"apply now", "apply for this job", "easy apply", "share this job", "save job", "report this job",
	"job id", "req id", "requisition id", "employment type", "job type:", "job level",
}

// minorWord are the words a title leaves in lower case ("Nice to Have",
// "What We Offer"); see titleCase.
var minorWord = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true, "to": true,
	"in": true, "on": true, "at": true, "with": true, "we": true, "you": true, "our": true, "your": true,
	"is": true, "are": true, "do": true, "what": true, "who": true, "how": true,
}

// weakHeadingCues also occur in content lines ("Go experience", "You have
// shipped Go", "Rust preferred"): a line holding only one of these is a
// heading only when it looks like one (marked, title case, one word).
var weakHeadingCues = map[string]bool{
	"skills": true, "experience": true, "you have": true, "you are": true, "required": true,
	"requirement": true, "plus": true, "a plus": true, "bonus": true, "optional": true, "preferred": true,
	"desirable": true, "technologies": true, "needed": true, "qualification": true, "summary": true, "overview": true, "look for": true, "looking for": true,
	"description": true, "essential": true, "essentials": true, "tasks": true, "day to day": true,
	"in this role": true, "your mission": true, "your impact": true, "an asset": true, "assets": true,
	"an advantage": true, "advantageous": true, "even better": true, "extra points": true,
	"you ll have": true, "you will have": true, "you should have": true, "on offer": true, "in return": true,
	"education": true, "mandatory": true, "eligibility": true, "competencies": true, "the opportunity": true,
	"the package": true, "your package": true, "culture": true,
}

// headingLeads and headingTails are the words a heading may add around
// its cue and still be that cue alone ("Key skills", "Job summary",
// "Required qualifications", "Desirable criteria", "Skills required"):
// such a line is a heading in any case, even when the cue is weak, since
// nothing else is on it (see wholeHeading).
var headingLeads = map[string]bool{
	"the": true, "key": true, "our": true, "your": true, "job": true, "position": true, "role": true,
	"main": true, "core": true, "basic": true, "minimum": true, "additional": true, "other": true,
	"technical": true, "considered": true,
}

var headingTails = map[string]bool{
	"qualifications": true, "qualification": true, "skills": true, "skill": true, "criteria": true,
	"requirements": true, "requirement": true, "experience": true, "attributes": true,
	"competencies": true, "knowledge": true, "profile": true,
}

// leadingRequiredHeadings are requirement headings that hold a weak cue
// ("skills", "experience", "need") and so only count as one when they open
// the heading: "Key skills" and "The ideal candidate" end a benefits
// section, "Grow your skills" and "Everything you'll need" are perks.
// Not "your skills" or "we expect": "Your skills will grow here" is one.
var leadingRequiredHeadings = []cue{
	{"key skills", "skills asked for are requirements"},
	{"required skills", "requirements"},
	{"essential skills", "requirements"},
	{"desired skills", "skills asked for are requirements"},
	{"skills and experience", "skills asked for are requirements"},
	{"skills experience", "skills asked for are requirements"},
	{"ideal candidate", "the candidate profile is required"},
	{"successful candidate", "the candidate profile is required"},
	{"what we expect", "what they expect is required"},
	{"you need", "what you need is required"},
	{"you ll need", "what you need is required"},
	{"you will need", "what you need is required"},
	{"essential criteria", "requirements"},
	{"person specification", "the candidate profile is required"},
}

// Header field words (header.go): a field holding one is pay, a work
// pattern or a company with its legal form. payWords also make a sentence
// with an amount of money pay (paySentence).
var payWords = []string{
	"salary", "salaries", "pay", "bonus", "bonuses", "ote", "ctc", "compensation", "wage", "wages",
	"hourly", "hour", "hr", "annum", "doe", "super", "superannuation", "stipend", "package", "lpa",
}

// currencyCodes name a currency beside an amount ("USD 90k", "12 LPA").
var currencyCodes = []string{"usd", "eur", "gbp", "inr", "aud", "cad", "lpa", "lakh", "lakhs"}

var workWords = []string{
	"full time", "part time", "permanent", "temporary", "contract", "fixed term", "freelance",
	"internship", "hybrid", "remote", "on site", "onsite", "in office", "work from office",
	"work from home", "wfh", "shift", "shifts", "hours", "overtime", "nights", "weekends",
	"days a week", "rota", "seasonal", "casual", "per diem",
}

// legalForms end a company's name ("Acme Labs GmbH", "Kessler & Daughters
// Electric, Inc.", "Hartwell Pharmacy Group").
var legalForms = []string{
	"inc", "llc", "llp", "ltd", "limited", "gmbh", "plc", "pvt", "pty", "ag", "corp", "corporation",
	"co", "company", "group", "holdings", "lp", "pllc", "bv", "nv", "srl", "sarl", "oy", "ab", "kg",
}

// orgNouns are kinds of organisation a company calls itself
// (selfDescription). Not "platform", "practice" or "shop": "Kafka is a
// streaming platform", "TDD is a practice we follow", "We are a Python
// shop" name the work.
var orgNouns = map[string]bool{
	"company": true, "firm": true, "business": true, "provider": true, "contractor": true, "studio": true,
	"agency": true, "consultancy": true, "startup": true, "scaleup": true, "organisation": true,
	"organization": true, "charity": true, "nonprofit": true, "manufacturer": true, "retailer": true,
	"employer": true, "bank": true, "insurer": true, "hospital": true, "clinic": true, "bistro": true,
	"restaurant": true, "supplier": true, "distributor": true, "partnership": true, "cooperative": true,
	"group": true, "brand": true, "fintech": true,
}

// selfPronouns open no company's self-description ("This is a hybrid
// role", "It is a company car"); "we" is read on its own.
var selfPronouns = map[string]bool{
	"this": true, "it": true, "that": true, "there": true, "you": true, "he": true, "she": true,
	"they": true, "which": true, "what": true, "the": true, "our": true, "your": true, "each": true,
}

// stackCues open a stack statement (stack.go): the employer naming what it
// works with, in the words of [words] ("we're" is "we re", "you'll" "you
// ll"). Each opens with one of stackLeads. Not "we need" or "you have":
// those ask.
var stackCues = []string{
	"we run on", "we re running on", "we are running on", "we re on", "we are on",
	"we use", "we currently use", "we mainly use", "we mostly use", "we re using", "we are using",
	"we rely on", "we build on", "we build with", "we re built on", "we are built on",
	"we work with", "we work in", "we work on",
	"our stack", "our tech stack", "our technology stack", "our toolchain", "our tooling",
	"our platform runs on", "our platform is built on", "our systems run on", "our erp is",
	"you ll work with", "you will work with", "you ll be working with", "you will be working with",
	"you ll work in", "you will work in", "you ll use", "you will use", "you ll be using", "you will be using",
}

// stackLeads are the first words of every stack cue, for a quick test.
var stackLeads = []string{"we", "our", "you"}
