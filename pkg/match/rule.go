package match

// Rules: why a hit counted or did not, as data a report can carry.

// Rule is why an ambiguous hit counted, or why a hit did not: which rule
// decided and its reason in words, without the verdict ("listed with
// Rust").
type Rule struct {
	ID     RuleID
	Reason string
}

// String is the rule as reports print it, the verdict first: "counted:
// listed with Rust", "ignored: lowercase 'go' reads as an ordinary word";
// "" for no rule (nil, as an unambiguous Match has).
func (r *Rule) String() string {
	if r == nil || r.ID == NoRule {
		return ""
	}
	if r.ID.Counts() {
		return "counted: " + r.Reason
	}
	return "ignored: " + r.Reason
}

// RuleID names a rule. A small integer, not the id's string: every Match
// carries one, and score copies matches per term.
type RuleID uint8

// The rules. context.* confirm an ambiguous name; ordinary.* read it as an
// ordinary word; capitals.* say why its capitals are no evidence;
// exclude.* un-count a hit of any term.
const (
	NoRule RuleID = iota

	ContextQualifier // next to 'developer': a context word of the term
	ContextVersion   // followed by version 1.22
	ContextList      // listed with Python, Rust
	ContextHeading   // listed under 'Languages'
	ContextCapitals  // written 'Go' mid-sentence
	ContextDeclared  // declared earlier as an acronym
	ContextSkillWord // asked for as a skill ('telemetry experience', 'knowledge of excel')

	OrdinaryLowercase     // lowercase 'go' reads as an ordinary word
	OrdinaryCase          // 'GO' is not written 'Go'
	OrdinaryLetter        // single letter 'R' with no skill context
	OrdinaryCompound      // 'Go' is part of a hyphenated word
	OrdinarySentenceStart // 'Express' starts a sentence with no skill nearby
	OrdinaryCommonNoun    // capitalised 'Teams' is a common noun (listed in lower case); no skill context
	OrdinaryNoContext     // no skill context
	OrdinaryVerb          // 'Excel' reads as the verb before 'at building'

	CapitalsInitialism // 'HR' is an acronym written in capitals anyway; no skill context
	CapitalsProperNoun // 'English' is a proper noun written in capitals anyway; no skill context
	CapitalsSoftSkill  // capitalised 'Research' names no soft skill by itself; no skill context
	CapitalsPhrase     // 'Monitoring' is part of a capitalised phrase with no skill nearby
	CapitalsName       // 'Research' is part of the name 'Head of Research'
	CapitalsTeam       // 'Go team' names a team, not the skill; no skill context

	ExcludeNotBefore // followed by 'student': one of the term's not_before words
	ExcludeNotAfter  // preceded by 'executive': one of the term's not_after words
	ExcludeNegated   // negated ('not required'): "no Java experience required"
	ExcludeCompany   // part of the company name 'Brightline Logistics, Inc.'
	ExcludeAcronymOf // 'IP' is the acronym of 'Independent Prescriber' beside it

	PhraseVerbObject  // 'managed a team' is People Management: a verb and its object
	PhraseCoordinated // 'unit and integration tests' reads as Unit Testing: a coordinated modifier
)

// ruleTable holds each rule's stable id, dotted and lower case, which reports
// carry as rule_id and which never changes when the words do
// (docs/output-formats.md lists them), and whether a hit it decides counts.
var ruleTable = [...]struct {
	id     string
	counts bool
}{
	ContextQualifier: {"context.qualifier", true},
	ContextVersion:   {"context.version", true},
	ContextList:      {"context.list", true},
	ContextHeading:   {"context.heading", true},
	ContextCapitals:  {"context.capitals", true},
	ContextDeclared:  {"context.declared", true},
	ContextSkillWord: {"context.skill-word", true},

	OrdinaryLowercase:     {"ordinary.lowercase", false},
	OrdinaryCase:          {"ordinary.case", false},
	OrdinaryLetter:        {"ordinary.single-letter", false},
	OrdinaryCompound:      {"ordinary.compound", false},
	OrdinarySentenceStart: {"ordinary.sentence-start", false},
	OrdinaryCommonNoun:    {"ordinary.common-noun", false},
	OrdinaryNoContext:     {"ordinary.no-context", false},
	OrdinaryVerb:          {"ordinary.verb", false},

	CapitalsInitialism: {"capitals.initialism", false},
	CapitalsProperNoun: {"capitals.proper-noun", false},
	CapitalsSoftSkill:  {"capitals.soft-skill", false},
	CapitalsPhrase:     {"capitals.phrase", false},
	CapitalsName:       {"capitals.name", false},
	CapitalsTeam:       {"capitals.team", false},

	ExcludeNotBefore: {"exclude.not-before", false},
	ExcludeNotAfter:  {"exclude.not-after", false},
	ExcludeNegated:   {"exclude.negated", false},
	ExcludeCompany:   {"exclude.company", false},
	ExcludeAcronymOf: {"exclude.acronym-of", false},

	PhraseVerbObject:  {"phrase.verb-object", true},
	PhraseCoordinated: {"phrase.coordinated", true},
}

// String is the rule's stable id ("context.list"), "" for NoRule.
func (id RuleID) String() string {
	if int(id) < len(ruleTable) {
		return ruleTable[id].id
	}
	return ""
}

// Counts reports whether a hit the rule decides counts as its term.
func (id RuleID) Counts() bool { return int(id) < len(ruleTable) && ruleTable[id].counts }

// RuleIDs lists every rule, in the order of the constants.
var RuleIDs = func() []RuleID {
	out := make([]RuleID, 0, len(ruleTable)-1)
	for id := NoRule + 1; int(id) < len(ruleTable); id++ {
		out = append(out, id)
	}
	return out
}()
