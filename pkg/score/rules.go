package score

import (
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
)

// Verdict rules: why a job ask counts as met by something other than its
// own name in the resume. The matcher's rules (match.Rule) decide whether
// a word is a term; these decide whether a term meets an ask.

// Ways an ask can be met besides its own name, as reports write them in
// Evidence.match.
const (
	// Implied: a narrower resume term meets the job's broader ask
	// (PostgreSQL for "relational databases"), or the resume's language
	// meets a language ask.
	Implied match.How = "implied"
	// Alternative: a member the job named in an open list meets the list's
	// head (Kafka for "message queues such as RabbitMQ or Kafka").
	Alternative match.How = "alternative"
	// Shown: a behaviour in the resume's experience or summary shows the
	// soft skill it does not name ("presented quarterly results to the
	// board" for Communication; see [shown.Find]).
	Shown match.How = "shown"
)

// Rule is a verdict rule with its reason in words, without the verdict.
type Rule struct {
	ID     RuleID
	Reason string
}

// String is the rule as reports print it: "counted: PostgreSQL is a kind
// of Relational Databases"; "" for nil.
func (r *Rule) String() string {
	if r == nil || r.ID == NoRule {
		return ""
	}
	return "counted: " + r.Reason
}

// RuleID names a verdict rule; String gives its stable dotted id.
type RuleID uint8

// The verdict rules.
const (
	NoRule RuleID = iota
	// GroupMember: a member the job named meets its open list's head.
	GroupMember
	// GroupEquivalent: a term of the open list's kind (narrower than its
	// head or than its members' common broader term) meets it.
	GroupEquivalent
	// ImpliedBroader: a narrower resume term meets the broader ask.
	ImpliedBroader
	// ImpliedLanguage: the language the resume is written in.
	ImpliedLanguage
	// SoftShown: a behaviour the resume describes shows the soft skill.
	SoftShown
)

// ruleIDs are the stable ids reports carry as rule_id, beside the
// matcher's (docs/output-formats.md lists both).
var ruleIDs = [...]string{
	GroupMember:     "group.member",
	GroupEquivalent: "group.equivalent",
	ImpliedBroader:  "implied.broader",
	ImpliedLanguage: "implied.language",
	SoftShown:       "soft.shown",
}

// String is the rule's stable id ("implied.broader"), "" for NoRule.
func (id RuleID) String() string {
	if int(id) < len(ruleIDs) {
		return ruleIDs[id]
	}
	return ""
}

// RuleIDs lists every verdict rule, in the order of the constants.
var RuleIDs = []RuleID{GroupMember, GroupEquivalent, ImpliedBroader, ImpliedLanguage, SoftShown}

// impliedRule says why narrow meets broad: a degree ranks at or above the
// level asked for, anything else is a kind of it.
func impliedRule(narrow, broad *keywords.Term) *Rule {
	if narrow.Category == "degree" && broad.Category == "degree" {
		return &Rule{ImpliedBroader, narrow.Name + " ranks at or above " + broad.Name}
	}
	return &Rule{ImpliedBroader, narrow.Name + " is a kind of " + broad.Name}
}

// memberRule says why a named member meets its open list's head.
func memberRule(member, head *keywords.Term) *Rule {
	return &Rule{GroupMember, member.Name + " is one of the job's examples of " + head.Name}
}

// equivalentRule says why a term of the list's kind meets an open list.
func equivalentRule(narrow, kind *keywords.Term, examples []*keywords.Term) *Rule {
	names := make([]string, len(examples))
	for i, t := range examples {
		names[i] = t.Name
	}
	return &Rule{GroupEquivalent, narrow.Name + " is a kind of " + kind.Name + " (the job's examples: " + strings.Join(names, ", ") + ")"}
}

// languageRule says why a language ask is met by the resume's language.
func languageRule(lang string) *Rule {
	return &Rule{ImpliedLanguage, "the resume is written in " + lang}
}

// shownRule says which behaviour shows a soft skill: "'presented
// quarterly results to the board' shows communication".
func shownRule(behaviour string, skill *keywords.Term) *Rule {
	return &Rule{SoftShown, "'" + behaviour + "' shows " + strings.ToLower(skill.Name)}
}
