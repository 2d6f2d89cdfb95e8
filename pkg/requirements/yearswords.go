package requirements

// The words years-of-experience asks are written with, as data.

// numberWords are the numbers postings spell out.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

// yearUnits are the words for years.
var yearUnits = map[string]bool{"year": true, "years": true, "yr": true, "yrs": true}

// atLeastWords before a number make it a minimum ("at least", "minimum of",
// "over", "more than").
var atLeastWords = map[string]bool{"least": true, "minimum": true, "min": true, "over": true, "than": true, "atleast": true}

// experienceWords in the clause make a years phrase an experience ask.
var experienceWords = map[string]bool{"experience": true, "experienced": true, "exp": true, "expertise": true, "background": true}

// notExperience after "N years" (directly or after "of"/"in") make it
// something else: a time ago, a warranty, a course, the company's age.
var notExperience = map[string]bool{
	"ago": true, "later": true, "earlier": true, "before": true, "after": true, "warranty": true,
	"guarantee": true, "contract": true, "lease": true, "degree": true, "program": true, "programme": true,
	"course": true, "apprenticeship": true, "anniversary": true, "history": true, "free": true,
	"subscription": true, "updates": true, "support": true, "commitment": true, "plan": true,
	"term": true, "fixed": true, "mentoring": true, "training": true, "study": true, "studies": true,
	"business": true, "operation": true, "existence": true, "running": false, "service": true,
	"tenure": true, "retention": true, "vesting": true, "cliff": true, "old": true, "older": true,
	"age": true, "of": false,
}

// ageWords after "N years" make it an age ("18 years or older", "21 years
// of age"): a knockout, not experience.
var ageWords = map[string]bool{"old": true, "older": true, "age": true, "above": true}

// kindStops end the kind of work an ask names ("..., including", "ideally
// in ..."), and so do the words that weigh the ask ("3 years experience
// preferred"): they are the posting's, not a kind of work.
var kindStops = map[string]bool{
	"including": true, "ideally": true, "preferably": true, "especially": true, "particularly": true,
	"within": true, "plus": true, "inclusive": true,
	"preferred": true, "desired": true, "desirable": true, "essential": true, "mandatory": true,
	"advantage": true, "advantageous": true, "asset": true, "bonus": true,
}

// leadConj right before a years phrase join it to another ask ("a
// Bachelor's degree and 4 years"): the words before name no kind of work.
var leadConj = map[string]bool{"and": true, "or": true, "plus": true, "&": true}

// stopLead are the words that lead a weighing kind stop ("is highly
// desirable", "an advantage") and leave the kind with it.
var stopLead = map[string]bool{
	"a": true, "an": true, "the": true, "is": true, "are": true, "be": true, "would": true, "will": true,
	"highly": true, "very": true, "strongly": true, "considered": true, "definite": true, "big": true,
}

// kindFiller are words of a kind of work that name no kind: a role whose
// title shares only these is not of that kind.
var kindFiller = map[string]bool{
	"experience": true, "experienced": true, "exp": true, "expertise": true, "years": true, "year": true,
	"yrs": true, "yr": true, "role": true, "roles": true, "position": true, "positions": true,
	"similar": true, "related": true, "relevant": true, "professional": true, "proven": true,
	"handson": true, "practical": true, "demonstrable": true, "direct": true, "fulltime": true,
	"parttime": true, "paid": true, "setting": true, "settings": true, "environment": true,
	"environments": true, "setup": true, "field": true, "industry": true, "work": true, "working": true,
	"job": true, "jobs": true, "capacity": true, "function": true, "a": true, "an": true, "the": true,
	"of": true, "in": true, "as": true, "or": true, "and": true, "with": true, "at": true, "for": true,
	"on": true, "to": true, "your": true, "our": true, "s": true, "least": true, "minimum": true,
	"building": true, "using": true, "doing": true, "quality": true, "strong": true, "solid": true,
	"good": true, "comparable": true, "equivalent": true, "other": true, "another": true, "any": true,
	"you": true, "have": true, "has": true, "having": true, "must": true, "should": true, "will": true,
	"candidate": true, "candidates": true, "ideal": true, "we": true, "need": true, "needs": true,
	"require": true, "required": true, "requires": true, "bring": true, "is": true, "are": true, "be": true,
	"total": true, "overall": true, "combined": true, "cumulative": true,
}

// preferenceCues make an ask a preference when they stand before it or in
// its clause ("Master's preferred", "ideally in fintech"); one after its
// clause qualifies something else ("4+ years of X, ideally in Y").
var preferenceCues = []string{"ideally", "preferred", "preferably", "preference", "a plus", "nice to have",
	"nice-to-have", "bonus", "desirable", "advantage", "advantageous", "would be great", "an asset",
	"good to have", "is a plus", "not required", "not a requirement", "beneficial", "desired"}
