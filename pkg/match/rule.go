package match

// Rules: why a hit counted or did not, as data a report can carry.

// RuleID is a rule's stable id, dotted and lower case ("context.list"):
// reports carry it as rule_id next to the rule's words, and it never
// changes when the words do. docs/output-formats.md lists every id.
type RuleID string

// Rule is why an ambiguous hit counted, or why a hit did not: its id and
// its reason in words, without the verdict ("listed with Rust").
type Rule struct {
	ID     RuleID
	Reason string
}

// String is the rule as reports print it, the verdict first: "counted:
// listed with Rust", "ignored: lowercase 'go' reads as an ordinary word";
// "" for no rule (an unambiguous match).
func (r Rule) String() string {
	if r.ID == "" {
		return ""
	}
	if r.ID.Counts() {
		return "counted: " + r.Reason
	}
	return "ignored: " + r.Reason
}

// Counts reports whether a hit the rule decides counts as its term.
func (id RuleID) Counts() bool { return ruleCounts[id] }

// The rules. context.* confirm an ambiguous name; ordinary.* read it as an
// ordinary word; capitals.* say why its capitals are no evidence;
// exclude.* un-count a hit of any term.
const (
	ContextQualifier RuleID = "context.qualifier" // next to 'developer': a context word of the term
	ContextVersion   RuleID = "context.version"   // followed by version 1.22
	ContextList      RuleID = "context.list"      // listed with Python, Rust
	ContextHeading   RuleID = "context.heading"   // listed under 'Languages'
	ContextCapitals  RuleID = "context.capitals"  // written 'Go' mid-sentence
	ContextDeclared  RuleID = "context.declared"  // declared earlier as an acronym

	OrdinaryLowercase     RuleID = "ordinary.lowercase"      // lowercase 'go' reads as an ordinary word
	OrdinaryCase          RuleID = "ordinary.case"           // 'GO' is not written 'Go'
	OrdinaryLetter        RuleID = "ordinary.single-letter"  // single letter 'R' with no skill context
	OrdinaryCompound      RuleID = "ordinary.compound"       // 'Go' is part of a hyphenated word
	OrdinarySentenceStart RuleID = "ordinary.sentence-start" // 'Express' starts a sentence with no skill nearby
	OrdinaryCommonNoun    RuleID = "ordinary.common-noun"    // capitalised 'Teams' is a common noun (listed in lower case); no skill context
	OrdinaryNoContext     RuleID = "ordinary.no-context"     // no skill context
	OrdinaryVerb          RuleID = "ordinary.verb"           // 'Excel' reads as the verb before 'at building'

	CapitalsInitialism RuleID = "capitals.initialism"  // 'HR' is an acronym written in capitals anyway; no skill context
	CapitalsProperNoun RuleID = "capitals.proper-noun" // 'English' is a proper noun written in capitals anyway; no skill context
	CapitalsSoftSkill  RuleID = "capitals.soft-skill"  // capitalised 'Research' names no soft skill by itself; no skill context
	CapitalsPhrase     RuleID = "capitals.phrase"      // 'Monitoring' is part of a capitalised phrase with no skill nearby
	CapitalsName       RuleID = "capitals.name"        // 'Research' is part of the name 'Head of Research'
	CapitalsTeam       RuleID = "capitals.team"        // 'Go team' names a team, not the skill; no skill context

	ExcludeNotBefore RuleID = "exclude.not-before" // followed by 'student': one of the term's not_before words
	ExcludeNotAfter  RuleID = "exclude.not-after"  // preceded by 'executive': one of the term's not_after words
	ExcludeNegated   RuleID = "exclude.negated"    // negated ('not required'): "no Java experience required"
)

// RuleIDs lists every rule id, in the order above.
var RuleIDs = []RuleID{
	ContextQualifier, ContextVersion, ContextList, ContextHeading, ContextCapitals, ContextDeclared,
	OrdinaryLowercase, OrdinaryCase, OrdinaryLetter, OrdinaryCompound, OrdinarySentenceStart,
	OrdinaryCommonNoun, OrdinaryNoContext, OrdinaryVerb,
	CapitalsInitialism, CapitalsProperNoun, CapitalsSoftSkill, CapitalsPhrase, CapitalsName, CapitalsTeam,
	ExcludeNotBefore, ExcludeNotAfter, ExcludeNegated,
}

// ruleCounts holds the ids of the rules under which a hit counts.
var ruleCounts = map[RuleID]bool{
	ContextQualifier: true, ContextVersion: true, ContextList: true, ContextHeading: true,
	ContextCapitals: true, ContextDeclared: true,
}
