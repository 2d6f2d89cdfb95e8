// Package sections is the structure stage that runs beside tokenizing and
// matching: it reads a document line by line and says which section each
// line belongs to and, for a job description, whether the line states a
// requirement, a preference, or boilerplate to ignore (benefits, EEO,
// "about us", salary, job-board chrome, trailing "ATS keywords" tip lists).
//
// # Job line roles
//
// A heading sets the role of the lines under it until the next heading:
// requirements/qualifications/"must have"/"what you bring"/"about you"/"who
// we are looking for" are [Required]; "nice to have"/"preferred"/"bonus" are
// [Preferred]; benefits, perks, EEO, "about us", company description,
// salary, how to apply, privacy and a trailing keywords tip section are
// [Ignored]; everything else, including responsibilities, is [Neutral].
//
// Boilerplate is read narrowly so real requirements are not thrown away: a
// boilerplate word naming the job's own field ("Data Protection Officer",
// "Lead our data protection compliance project", "Data protection: GDPR,
// ISO 27001") is not a notice, and a pay label with an inline value
// ("Salary: £35,000") is one line, not a section. Under any heading, a
// sentence in which the company describes itself ("Acme is a leading ..."),
// an EEO statement or an application instruction ("Please send your CV")
// is [Ignored] on its own; the other sentences of its line keep their role.
//
// Responsibilities are Neutral, not Required: they name the stack the team
// uses, so their terms count at full weight, but only explicit requirements
// get the extra emphasis an ATS recruiter filter would give a must-have.
//
// Inside any section that is not ignored, cues on the line override the
// section: "is a plus", "nice to have", "ideally", "preferred" make it
// Preferred; "must", "required", "essential", "you have", "strong command
// of" make it Required, except under a preferred heading, which already
// qualifies every line below it. Cues are read per sentence: a line takes its
// strongest sentence's role (Required, then Neutral, then Preferred), so
// "You have a strong command of C#. Familiarity with DDD is a plus." is
// Required as a whole, and [RoleAt] gives each position its own sentence's
// role.
package sections

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role is how a job-description line counts for scoring.
type Role uint8

// Line roles.
const (
	Neutral   Role = iota // counts, with no emphasis
	Required              // "requirements", "must have", "you have"
	Preferred             // "nice to have", "is a plus", "bonus"
	Ignored               // boilerplate: left out of scoring
)

// String returns the role's name as used in reports.
func (r Role) String() string {
	switch r {
	case Required:
		return "required"
	case Preferred:
		return "preferred"
	case Ignored:
		return "ignored"
	default:
		return "neutral"
	}
}

// Line describes one line of a document.
type Line struct {
	Section string // normalised heading of the enclosing section, e.g. "requirements", "skills", "experience"
	Role    Role
	Reason  string // why the role was given, for verbose output ("heading 'Benefits': boilerplate")
	// SectionRole is the role of the enclosing section before the line's
	// own cues; RoleAt needs it to read each sentence of a mixed line.
	SectionRole Role
}

// Resume section names.
const (
	Skills         = "skills"
	Experience     = "experience"
	Education      = "education"
	Summary        = "summary"
	Projects       = "projects"
	Certifications = "certifications"
	Other          = "other"
)

// maxHeadingWords bounds a heading: longer lines are prose.
const (
	maxHeadingWords       = 8
	maxMarkedHeadingWords = 12 // a trailing ":" or "?" marks longer headings ("Check out the salary range ...:")
	maxHeadingBytes       = 100
)

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

// listBody reports an inline heading body that lists names ("GDPR, ISO
// 27001") rather than saying something ("we process your data ..."): one
// sentence of at most three words per comma-, slash- or semicolon-separated
// item.
func listBody(body string) bool {
	b := strings.TrimSpace(body)
	if b == "" || sentenceEnd(b, 0) < len(b) {
		return false
	}
	items := strings.FieldsFunc(b, func(r rune) bool { return r == ',' || r == ';' || r == '/' || r == '|' })
	return len(strings.Fields(b)) <= 3*len(items)
}

// cueUnless holds, for a heading cue, a longer phrase holding it that means
// something else: "who we are looking for" is not "who we are".
var cueUnless = map[string]string{"who we are": "who we are looking for"}

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

// jobOpener reports heading words (lower case) that open with a task or a
// request for the field rather than a perk.
func jobOpener(fs []string) bool {
	if len(fs) < 2 {
		return false
	}
	switch {
	case taskOpeners[fs[0]]:
		return fs[1] != "your"
	case askOpeners[fs[0]]:
		return slices.Contains([]string{"of", "with", "in", "on", "using"}, fs[1])
	}
	return false
}

// titleWindow is how near a subject cue a job title word must be to make
// the heading a job's name: "Data Protection Officer", "Head of Data
// Protection", but not "Check out the salary range of a Backend Engineer".
const titleWindow = 2

// namesJob reports a heading (padded lower-case words) that names a job or
// a task whose field is the cue phrase.
func namesJob(norm, phrase string) bool {
	fs := strings.Fields(norm)
	if jobOpener(fs) {
		return true
	}
	pw := strings.Fields(phrase)
	for i := 0; i+len(pw) <= len(fs); i++ {
		if !slices.Equal(fs[i:i+len(pw)], pw) {
			continue
		}
		for j := max(0, i-titleWindow); j < min(len(fs), i+len(pw)+titleWindow); j++ {
			if jobTitleWords[fs[j]] {
				return true
			}
		}
	}
	return false
}

// ignoredCue returns the boilerplate cue of a heading, skipping a cue whose
// longer phrase is present (cueUnless) and every subject cue of a heading
// that names a job in one of them ("Director of Compensation & Benefits").
func ignoredCue(norm string) (cue, bool) {
	job := false
	for p := range subjectHeadings {
		if strings.Contains(norm, " "+p+" ") && namesJob(norm, p) {
			job = true
			break
		}
	}
	for _, c := range ignoredHeadings {
		if !strings.Contains(norm, " "+c.phrase+" ") {
			continue
		}
		if u := cueUnless[c.phrase]; u != "" && strings.Contains(norm, " "+u+" ") {
			continue
		}
		if job && subjectHeadings[c.phrase] {
			continue
		}
		return c, true
	}
	return cue{}, false
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
	{"bonus", "bonus skills are preferences"},
	{"a plus", "pluses are preferences"},
	{"plus", "pluses are preferences"},
	{"desirable", "desirable skills are preferences"},
	{"optional", "optional skills are preferences"},
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
	"you": true, "the work": true,
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
	{"bonus", "bonus"},
	{"preferred", "preferred"},
	{"preferably", "preferably"},
	{"desirable", "desirable"},
	{"ideally", "ideally"},
	{"would be great", "would be great"},
	{"would be nice", "would be nice"},
	{"advantageous", "advantageous"},
	{"an advantage", "an advantage"},
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

// maxBoilerplateSubjectWords bounds the words before a boilerplate cue
// ("Acme Labs GmbH is a leading ...", "We are an equal opportunity
// employer"): further in, the cue ends a long run-on line whose start may
// be requirements.
const maxBoilerplateSubjectWords = 8

// boilerplateCue finds a boilerplate cue in a sentence's padded words.
func boilerplateCue(p string) (cue, bool) {
	for _, c := range boilerplateOpeners {
		if strings.HasPrefix(p, " "+c.phrase+" ") {
			return c, true
		}
	}
	for _, c := range boilerplateCues {
		if i := strings.Index(p, " "+c.phrase+" "); i >= 0 && strings.Count(p[:i], " ") <= maxBoilerplateSubjectWords {
			return c, true
		}
	}
	return cue{}, false
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

// words lower-cases s and replaces every non-alphanumeric rune by a space,
// padded with spaces, so cues match on word boundaries with strings.Contains.
func words(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

func findCue(padded string, cues []cue) (cue, bool) {
	for _, c := range cues {
		if strings.Contains(padded, " "+c.phrase+" ") {
			return c, true
		}
	}
	return cue{}, false
}

// heading reports whether line is a section heading and returns its display
// text (markup and trailing ":" removed) and whether the heading had an
// inline body ("Skills: Go, SQL").
type heading struct {
	display string // "Benefits"
	norm    string // padded lower-case words: " benefits "
	marked  bool   // "#", "**", a trailing ":" or "?", or all caps
	// explicit is marked by markup or punctuation, not by capitals alone.
	explicit bool
}

// stripBullet removes list markers so a bullet line is recognised as such.
func stripBullet(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, p := range []string{"•", "- ", "* ", "· ", "▪", "◦", "–", "‣"} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(t[len(p):]), true
		}
	}
	return t, false
}

// parseHeading decides whether a line looks like a heading. Known reports
// whether a known phrase is required for plain title-case lines: resumes
// list bare skills ("PostgreSQL") on their own lines, so only marked or
// known headings switch sections there.
func parseHeading(raw string) (heading, bool) {
	t, bullet := stripBullet(raw)
	if bullet || t == "" || len(t) > maxHeadingBytes {
		return heading{}, false
	}
	marked := false
	if strings.HasPrefix(t, "#") {
		t = strings.TrimSpace(strings.TrimLeft(t, "#"))
		marked = true
	}
	if strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__") {
		t = strings.Trim(t, "*_ ")
		marked = true
	}
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") {
		t = strings.TrimSpace(strings.TrimRight(t, ":?"))
		marked = true
	}
	t = strings.Trim(t, "*_ ")
	if t == "" || strings.Count(t, "(") != strings.Count(t, ")") {
		// An unbalanced parenthesis is a wrapped line ("Experience)"), not a heading.
		return heading{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if last == '.' || last == ',' || last == ';' || last == '!' {
		return heading{}, false
	}
	n := len(strings.Fields(t))
	limit := maxHeadingWords
	if marked {
		limit = maxMarkedHeadingWords
	}
	if n > limit {
		return heading{}, false
	}
	explicit := marked
	if !marked && n >= 2 && allCaps(t) && !strings.ContainsAny(t, ",/|") {
		marked = true
	}
	return heading{display: t, norm: words(t), marked: marked, explicit: explicit}, true
}

// singleCapitalised reports a one-word heading such as "Requirements":
// "Go experience" is a line of content, not a heading.
func singleCapitalised(s string) bool {
	f := strings.Fields(s)
	if len(f) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r)
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

// titleCase reports whether s reads as a title: at least two words, each
// significant word capitalised, none glued together ("AzureTerraform") or
// holding digits or dots, which headings never do.
func titleCase(s string) bool {
	fs := strings.Fields(s)
	if len(fs) < 2 {
		return false
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if strings.ContainsAny(f, ".0123456789,()") {
			return false
		}
		prevLower := false
		for _, c := range f {
			if unicode.IsUpper(c) && prevLower {
				return false
			}
			prevLower = unicode.IsLower(c)
		}
		if unicode.IsLetter(r) && unicode.IsLower(r) && !minorWord[strings.ToLower(f)] {
			return false
		}
	}
	return true
}

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
	"description": true,
}

// maxSentenceCaseHeadingWords bounds unmarked sentence-case headings
// ("About the role", "Nice to have").
const maxSentenceCaseHeadingWords = 6

// strongJobHeading reports a known heading phrase that reads as a heading
// even in sentence case.
func strongJobHeading(h heading) bool {
	r, _ := utf8.DecodeRuneInString(h.display)
	if !unicode.IsUpper(r) || len(strings.Fields(h.display)) > maxSentenceCaseHeadingWords {
		return false
	}
	if strings.HasPrefix(h.norm, " about ") {
		return true
	}
	if _, c, ok := headingCue(h.norm); ok {
		return !weakHeadingCues[c.phrase]
	}
	return false
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

// leadingCue finds a cue that opens the heading, after an optional "the".
func leadingCue(norm string, cues []cue) (cue, bool) {
	if strings.HasPrefix(norm, " the ") {
		norm = norm[len(" the"):]
	}
	for _, c := range cues {
		if strings.HasPrefix(norm, " "+c.phrase+" ") {
			return c, true
		}
	}
	return cue{}, false
}

// headingCue finds the cue of a heading: boilerplate first (so "Salary &
// bonus" stays ignored), then preferred, required and neutral.
func headingCue(norm string) (Role, cue, bool) {
	if c, ok := ignoredCue(norm); ok {
		return Ignored, c, true
	}
	if c, ok := leadingCue(norm, leadingRequiredHeadings); ok {
		return Required, c, true
	}
	for _, l := range []struct {
		role Role
		cues []cue
	}{{Preferred, preferredHeadings}, {Required, requiredHeadings}, {Neutral, neutralHeadings}} {
		if c, ok := findCue(norm, l.cues); ok {
			return l.role, c, true
		}
	}
	return Neutral, cue{}, false
}

// jobSection classifies a job heading and returns the cue that did.
func jobSection(h heading) (Role, cue, bool) {
	n := h.norm
	if strings.HasPrefix(n, " about ") {
		rest := strings.TrimSpace(strings.TrimPrefix(n, " about "))
		if aboutRole[rest] {
			if rest == "you" {
				return Required, cue{"about you", "who you are is required"}, true
			}
			return Neutral, cue{"about", "describes the job"}, true
		}
		return Ignored, cue{"about", "company description is boilerplate"}, true
	}
	return headingCue(n)
}

// isChrome reports job-board furniture lines.
func isChrome(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	for _, p := range chromePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

func sectionName(display string) string {
	return strings.TrimSpace(words(display))
}

// Job classifies each line of a job description; len(result) equals the
// number of lines in text.
func Job(text string) []Line {
	lines := strings.Split(text, "\n")
	out := make([]Line, len(lines))
	cur := Line{Role: Neutral, Reason: "before any heading"}
	sticky := false // a trailing keywords tip section runs to the end
	for i, raw := range lines {
		if sticky {
			out[i] = cur
			continue
		}
		if isChrome(raw) {
			out[i] = Line{Section: cur.Section, Role: Ignored, SectionRole: cur.Role, Reason: "job-board chrome: " + quote(trimTo(strings.TrimSpace(raw), 40))}
			continue
		}
		// "Requirements: 5+ years of Go" opens a section and carries content.
		if head, body, ok := strings.Cut(raw, ":"); ok && strings.TrimSpace(body) != "" {
			if h, ok := parseHeading(head + ":"); ok && !isBullet(raw) && len(strings.Fields(h.display)) <= 3 {
				role, c, known := jobSection(h)
				switch {
				case known && role == Ignored && fieldHeadings[c.phrase]:
					out[i] = Line{Section: cur.Section, Role: Ignored, SectionRole: cur.Role, Reason: "field " + quote(h.display) + ": " + c.why}
					continue
				case known && role == Ignored && listSubjects[c.phrase] && listBody(body):
					// "Data protection: GDPR, ISO 27001" is a skill line.
				case known:
					cur = Line{Section: sectionName(h.display), Role: role, SectionRole: role, Reason: "section " + quote(h.display) + ": " + c.why}
				}
			}
		} else if h, ok := parseHeading(raw); ok {
			role, c, known := jobSection(h)
			if h.marked || titleCase(h.display) || (known && (singleCapitalised(h.display) || strongJobHeading(h))) {
				why := c.why
				if !known {
					why = "neutral"
				}
				cur = Line{Section: sectionName(h.display), Role: role, SectionRole: role, Reason: "section " + quote(h.display) + ": " + why}
				if role == Ignored && (strings.Contains(h.norm, " keywords ") || strings.Contains(h.norm, " applicant tracking system ")) {
					sticky = true
				}
				out[i] = cur
				continue
			}
		}
		out[i] = lineRole(cur, raw)
	}
	return out
}

// lineRole applies sentence-level cues on top of the section's role: the
// line takes the strongest role among its sentences, Required over Neutral
// over Preferred, so "Go. Kafka is a plus." under Requirements stays
// Required while RoleAt still reads Kafka as a preference.
func lineRole(sec Line, raw string) Line {
	sec.SectionRole = sec.Role
	if sec.Role == Ignored {
		return sec
	}
	var seen [4]bool
	var prefWhy, reqWhy, boilerWhy string
	for _, sp := range sentences(raw) {
		r, c := clauseRole(sp.text, sec.Role)
		seen[r] = true
		switch {
		case r == Preferred && c.why != "" && prefWhy == "":
			prefWhy = c.why
		case r == Required && c.why != "" && reqWhy == "":
			reqWhy = c.why
		case r == Ignored && boilerWhy == "":
			boilerWhy = "line says " + quote(c.phrase) + ": " + c.why
		}
	}
	out := sec
	part, boilerPart := "", ""
	if prefWhy != "" {
		part = " (and " + quote(prefWhy) + " for part of it)"
	}
	if boilerWhy != "" {
		// Said only where another sentence gives the line its role.
		boilerPart = " (" + boilerWhy + " for part of it)"
	}
	switch {
	case seen[Required]:
		out.Role = Required
		if reqWhy != "" {
			out.Reason = "line says " + quote(reqWhy)
		}
		out.Reason += part + boilerPart
	case seen[Neutral]:
		out.Role = Neutral
		out.Reason += part + boilerPart
	case seen[Preferred]:
		out.Role = Preferred
		if prefWhy != "" {
			out.Reason = "line says " + quote(prefWhy)
		}
		out.Reason += boilerPart
	case seen[Ignored]:
		out.Role = Ignored
		out.Reason = boilerWhy
	}
	return out
}

// clauseRole is the role of one sentence in a section with role sec: a
// preference cue wins ("not required" is a preference); a required cue
// counts except under a preferred heading, which already qualifies every
// line below it ("Nice to have: you have written an operator").
func clauseRole(s string, sec Role) (Role, cue) {
	p := words(s)
	if c, ok := boilerplateCue(p); ok {
		return Ignored, c
	}
	if c, ok := findCue(p, preferredCues); ok {
		return Preferred, c
	}
	if c, ok := findCue(p, requiredCues); ok && sec != Preferred {
		return Required, c
	}
	return sec, cue{}
}

type span struct {
	start, end int
	text       string
}

// sentences splits a line at ". ", "; ", "! " and "? " so a preference
// tacked onto a requirement is read on its own. A dot inside a word (".NET",
// "Node.js", "e.g.") does not end a sentence because a space must follow.
func sentences(line string) []span {
	var out []span
	for start := 0; start < len(line); {
		end := sentenceEnd(line, start)
		out = append(out, span{start, end, line[start:end]})
		start = end
	}
	return out
}

// sentenceEnd returns the end of the sentence starting at start.
func sentenceEnd(line string, start int) int {
	for i := start; i < len(line); i++ {
		c := line[i]
		if (c == '.' || c == ';' || c == '!' || c == '?') && (i+1 == len(line) || line[i+1] == ' ') {
			if c == '.' && abbrevBefore(line[start:i]) {
				continue
			}
			return i + 1
		}
	}
	return len(line)
}

// abbrevBefore reports "e.g", "i.e", "etc" style words before a dot.
func abbrevBefore(s string) bool {
	w := strings.TrimSpace(s)
	if i := strings.LastIndexAny(w, " ("); i >= 0 {
		w = w[i+1:]
	}
	switch strings.ToLower(w) {
	case "e.g", "i.e", "etc", "vs", "incl", "approx":
		return true
	}
	return false
}

// RoleAt returns the role of the sentence holding byte offset col of text,
// the line that [Job] described as l: in "You have C#. Familiarity with DDD
// is a plus." under any heading, C# is Required and DDD Preferred; in
// "Go. Kafka is a plus." under Requirements, Go is Required. Ignored lines
// stay ignored.
func RoleAt(text string, col int, l Line) Role {
	return RolesAt(text, l)(col)
}

// wholeLine are RolesAt's answers for a line whose every position has one
// role; they capture nothing, so returning one costs no allocation.
var wholeLine = [...]func(int) Role{
	Neutral:   func(int) Role { return Neutral },
	Required:  func(int) Role { return Required },
	Preferred: func(int) Role { return Preferred },
	Ignored:   func(int) Role { return Ignored },
}

// RolesAt returns [RoleAt] for the positions of one line, reading its
// sentences once: a caller with many positions on a line would otherwise
// rescan the line up to each, quadratic on a long one-line posting.
func RolesAt(text string, l Line) func(col int) Role {
	// Ignored lines stay ignored, and most lines are one sentence: no
	// need to read cues again, nor to allocate a closure.
	if l.Role == Ignored || sentenceEnd(text, 0) >= len(text) {
		if int(l.Role) < len(wholeLine) {
			return wholeLine[l.Role]
		}
		return func(int) Role { return l.Role }
	}
	var ends []int
	var roles []Role
	for start := 0; start < len(text); {
		end := sentenceEnd(text, start)
		r, _ := clauseRole(text[start:end], l.SectionRole)
		ends, roles = append(ends, end), append(roles, r)
		start = end
	}
	return func(col int) Role {
		// The sentence holding col is the first that ends after it.
		k := sort.SearchInts(ends, col+1)
		if col < 0 || k == len(ends) {
			return l.Role
		}
		return roles[k]
	}
}

// resumeHeadings map heading phrases to resume sections, most specific first.
var resumeHeadings = []struct {
	phrase, section string
}{
	{"programming languages", Skills},
	{"certifications", Certifications}, {"certification", Certifications}, {"certificates", Certifications},
	{"licenses", Certifications}, {"licences", Certifications}, {"courses", Certifications},
	{"projects", Projects}, {"project", Projects}, {"portfolio", Projects}, {"open source", Projects},
	{"education", Education}, {"academic", Education}, {"academics", Education}, {"training", Education},
	{"skills", Skills}, {"skill", Skills}, {"competencies", Skills}, {"core competencies", Skills},
	{"technologies", Skills}, {"tech stack", Skills}, {"tools", Skills}, {"expertise", Skills},
	{"proficiencies", Skills}, {"toolbox", Skills}, {"stack", Skills},
	{"experience", Experience}, {"work history", Experience}, {"employment", Experience},
	{"career history", Experience}, {"professional background", Experience}, {"positions", Experience},
	{"summary", Summary}, {"profile", Summary}, {"about me", Summary}, {"objective", Summary},
	{"overview", Summary},
	{"awards", Other}, {"honors", Other}, {"honours", Other}, {"publications", Other}, {"interests", Other},
	{"hobbies", Other}, {"volunteer", Other}, {"volunteering", Other}, {"languages", Other},
	{"references", Other}, {"achievements", Other}, {"activities", Other}, {"contact", Other},
}

// maxResumeHeadingWords keeps prose like "Experience with Go and Kubernetes"
// from opening a section.
const maxResumeHeadingWords = 5

func resumeSection(h heading) (string, bool) {
	if len(strings.Fields(h.display)) > maxResumeHeadingWords {
		return "", false
	}
	for _, rh := range resumeHeadings {
		if strings.Contains(h.norm, " "+rh.phrase+" ") {
			return rh.section, true
		}
	}
	return "", false
}

// Resume classifies each line of a resume by section (skills, experience,
// education, summary, ...); Role is always Neutral.
func Resume(text string) []Line {
	lines := strings.Split(text, "\n")
	out := make([]Line, len(lines))
	cur := Line{Section: Other, Reason: "before any heading"}
	for i, raw := range lines {
		if h, ok := parseHeading(raw); ok {
			// A line made only of heading words ("Work history", "TECHNICAL
			// SKILLS") or marked up ("## Projects", "Education:") is a
			// heading; a job title ("Project Manager") or prose is not.
			if sec, known := resumeSection(h); known && (h.explicit || headingWords(h.norm)) {
				cur = Line{Section: sec, Reason: "heading " + quote(h.display)}
				out[i] = cur
				continue
			}
		}
		// "Skills: Go, Python, Docker" is a heading and its body on one line.
		if head, _, ok := strings.Cut(raw, ":"); ok {
			if h, ok := parseHeading(head + ":"); ok {
				// Inside a skills section, "Languages: Go" and "Tools: Docker"
				// are labels of the list, not new sections.
				if sec, known := resumeSection(h); known && len(strings.Fields(h.display)) <= 3 &&
					(cur.Section != Skills || sec == Experience || sec == Education) {
					cur = Line{Section: sec, Reason: "heading " + quote(h.display)}
				}
			}
		}
		out[i] = cur
	}
	return out
}

// headingVocab are the words resume headings are made of; an unmarked
// sentence-case line ("Work experience") is a heading only if it uses
// nothing else, so "Led training sessions" stays in its section.
var headingVocab = func() map[string]bool {
	m := map[string]bool{}
	for _, rh := range resumeHeadings {
		for _, w := range strings.Fields(rh.phrase) {
			m[w] = true
		}
	}
	for _, w := range strings.Fields("work professional technical core key relevant selected personal side career " +
		"and other additional related history summary of my industry skill skills software programming " +
		"academic qualifications certifications & areas area soft hard it computer") {
		m[w] = true
	}
	return m
}()

func headingWords(norm string) bool {
	for _, w := range strings.Fields(norm) {
		if !headingVocab[w] {
			return false
		}
	}
	return true
}

func isBullet(s string) bool {
	_, b := stripBullet(s)
	return b
}

func quote(s string) string { return `"` + s + `"` }

// trimTo shortens s to at most n bytes on a rune boundary.
func trimTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
