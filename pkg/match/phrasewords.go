package match

// The word classes the phrase pass (phrases.go) reads, as data. Closed
// classes only: a word that is in none of them is a content word, which
// may stand in the gap between a verb and its object ("managed a small
// team") but may not follow the object ("managed team budgets": the
// object is budgets).

import "strings"

// determiners make the next word a noun: "the lead", "a managed service",
// "our training". As the first word of a gap they show the verb has an
// object ("trained the staff", "managed a team").
var determiners = set(`a an the this that these those my our your their his her its each every
any some all both several many multiple various numerous few`)

// verbSubjects before a verb make it the company's or a thing's, not the
// person's: "we manage your team", "it analyses data", "which tracks
// orders".
var verbSubjects = set(`we they it which`)

// negators in the clause before a verb undo it: "did not manage a team",
// "never led a team", "no experience managing teams".
var negators = set(`not no never without nor cannot neither`)

// verbLeads before a verb form that is also an adjective or a noun
// ("trained staff", "qualified leads", "lead teams") show the verb: a
// subject, a conjunction joining verbs, an auxiliary, a modal, an adverb
// of how one worked.
var verbLeads = set(`i he she who and also then have has had having to will would can could
must should may might shall you successfully effectively personally directly jointly
independently actively proactively previously recently further efficiently consistently
regularly routinely continuously closely`)

// gapStops may not stand between a verb and its object: prepositions,
// conjunctions, pronouns, auxiliaries, relatives and negation end the
// verb's reach ("managed to reduce", "led by", "lead to", "analysed and
// reported data", "managed it", "manage not only").
var gapStops = set(`to by for with from in on at of into onto upon about as than through across
over under via per and or but nor not no never without is are was were be been being am
has have had do does did will would can could should may might must shall that which who
whom whose it we they he she i you me him them us if when while where because so then also
just please etc using including such like regarding following based within among between
against toward towards around along beyond despite except versus vs out up down off how what
why whether`)

// followers may come right after the object, ending its noun phrase: a
// preposition, a conjunction, a relative, an adverb of time. Any other
// word would make the object a modifier of it ("managed team budgets",
// "analysed data pipelines"). A word ending in -ly is an adverb too.
var followers = set(`of and or to with for in on at from by across through throughout within about
after before around between beyond toward towards upon since until among regarding
into over under during while as per including using via that who which where when whose
who's well daily weekly monthly annually yearly quarterly together alone effectively
successfully efficiently remotely onsite end-to-end`)

// lyNouns end in -ly but are nouns: they do not end the object's phrase.
var lyNouns = set(`family supply assembly anomaly monopoly ally rally reply italy july bully belly
jelly lily fly holly polly`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// adjectiveEndings mark a word that modifies a noun and is none itself:
// "Technical Recruiting", "Financial Analysis" and "Clinical Research"
// name kinds of the doing, and "recruiting top technical talent" is no
// technical recruiting. A term whose object would be such a word gets
// no phrase pattern. nounsLikeAdjectives are nouns with those endings.
var adjectiveEndings = []string{"ical", "ial", "tive", "sive", "ous", "ful", "less", "able", "ible", "ic", "al", "ed"}

var nounsLikeAdjectives = set(`trial material tutorial editorial memorial potential credential
official initial serial speed breed proposal hospital capital rental signal terminal journal animal portal
approval referral disposal renewal arrival interval manual survival retrieval removal appraisal
festival metal crystal mineral tribunal principal individual chemical rival ritual denial
recital executive objective initiative
representative detective directive incentive alternative narrative perspective derivative
adhesive explosive table cable vegetable variable receivable payable deliverable logic music
traffic clinic topic fabric mechanic graphic metric plastic ceramic republic panic arithmetic
epidemic critic tactic`)
