package shown

// The word classes the reader (shown.go) uses to tell a verb a person
// did from the same word used another way, as data. Closed classes only.

import "strings"

// verbLeads before a verb form put it in a verb's place: a conjunction
// joining it to another verb ("Bent and ran conduit"), a subject ("I
// presented"), an adverb of sequence ("now run consultations"). An -ly
// adverb in a verb's place passes it on ("successfully negotiated").
// "to" is not one: "looking to lead a team" shows nothing yet.
var verbLeads = set(`and or then also i he she we who now later regularly`)

// wishes in a clause make what follows a wish, not a behaviour: "seeking
// a cross-functional role", "keen to join a cross-functional team".
var wishes = set(`seeking seek seeks looking hoping hope aspiring aspire want wants wanting eager keen
interested`)

// gerundLeads before an -ing form make it the doing: "responsible for
// training new staff", "experience leading teams", "comfortable leading
// apprentices". "in" and "about" are not: "interested in mentoring".
var gerundLeads = set(`for by while when after before including through comfortable confident
experienced experience skilled years months`)

// determiners after a verb whose base is also a noun show the verb: "Lead
// a team", "Brief the night team"; "Lead developer" is a title.
var determiners = set(`a an the this that these those my our their his her its each every all both
several many multiple various one two three four five six seven eight nine ten eleven twelve
fifteen twenty thirty forty fifty hundred`)

// objectStops end a verb's reach for its object: prepositions, relatives
// and subordinators ("led to a 20% drop", "trained for Pharmacy First",
// "wrote code for the reports page"). "of" and "and" do not: "led a team
// of six", "supervise two dispensers and a trainee technician".
var objectStops = set(`to for on in at by from with into onto upon via about as than through across
over under within without during against toward towards per using including such like that which
who whom whose while when where because so if but after before until since between among beyond
around behind off up out down not never`)

// followers end an object's noun phrase: the stops, "of", a conjunction.
// Any other word after a class word makes it a modifier ("managed team
// budgets"). An -ly adverb ends it too ("met customers weekly").
var followers = func() map[string]bool {
	m := set(`of and or daily weekly monthly quarterly annually yearly each every together alone`)
	for w := range objectStops {
		m[w] = true
	}
	return m
}()

// phraseStops end the phrase a pattern without an object class quotes
// where they start the next clause, before a verb: "Presented concepts to
// clients and iterated quickly" quotes up to "clients".
var phraseStops = set(`and or but while whereas which who`)

// adverb reports an -ly adverb ("closely", "successfully"), nouns in -ly
// aside.
func adverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns[w]
}

// degree adverbs make the past form after them an adjective: "highly
// organised", "fully trained".
var degree = set(`highly extremely exceptionally incredibly really fully newly truly deeply
genuinely naturally strongly`)

var lyNouns = set(`family supply assembly anomaly monopoly ally rally reply italy july bully belly
jelly lily fly holly weekly monthly quarterly daily`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
