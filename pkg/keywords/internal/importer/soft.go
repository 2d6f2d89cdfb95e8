package main

import "strings"

// ESCO's transversal skills are verb phrases ("show empathy", "cope with
// stress"). softFrom turns the few shapes that name a behaviour into soft
// terms; everything else stays out (precision first).

// softShowVerbs introduce a quality: "show empathy" → "empathy".
var softShowVerbs = map[string]bool{"show": true, "demonstrate": true, "exercise": true}

// softQualitySuffixes mark an abstract quality noun ("patience",
// "curiosity", "initiative", "self-control").
var softQualitySuffixes = []string{"ness", "ity", "lty", "ence", "ance", "tion", "ship", "acy", "ment", "tive", "pathy", "control", "reflection", "spirit", "learn"}

// softNotTraits are quality-shaped words that name a craft ("musicianship").
var softNotTraits = map[string]bool{"musicianship": true}

// softVerbs and softObjects describe behaviour phrases kept whole: every
// word after the verb must be a softObject ("resolve conflicts", "listen
// actively", "cope with stress").
var softVerbs = splitWords(`accept act adapt adjust approach assume build cope encourage establish express handle lead listen make
manage meet motivate negotiate plan present provide relate resolve solve think work cooperate follow observe develop`)

var softObjects = splitWords(`actively arguments accountability challenges change commitments compromises conflicts creatively
critically daily decisions empathetically in mentorship others own persuasively positively priorities problems reliably
situations stress stressful strategic teams teamwork thinking time to trust with yourself quickly analytically
frustration responsibility feedback a team teambuilding independently proactively colleagues collaborative relations
instructions written schedule confidentiality personal progression`)

// softApplyHeads: "apply business acumen" → "business acumen".
var softApplyHeads = splitWords(`acumen thinking`)

// softKnowledgeHeads are last words of ESCO knowledge labels that name a
// behaviour rather than a body of facts ("assertiveness", "design thinking").
var softKnowledgeHeads = splitWords(`assertiveness thinking entrepreneurship empathy creativity diplomacy resilience teamwork`)

// softFrom returns the soft-skill name for an ESCO label, or "".
func softFrom(label, typ string) string {
	w := strings.Fields(label)
	if len(w) == 0 || len(w) > 4 {
		return ""
	}
	last := strings.ToLower(w[len(w)-1])
	if typ == "knowledge" {
		if softKnowledgeHeads[last] {
			return label
		}
		return ""
	}
	if typ != "skill/competence" || len(w) < 2 {
		return ""
	}
	if softShowVerbs[w[0]] {
		if len(w) > 3 && last != "learn" {
			return "" // "demonstrate commitment to democracy": a cause, not a trait
		}
		for _, s := range softQualitySuffixes {
			if strings.HasSuffix(last, s) && !softNotTraits[last] {
				return strings.Join(w[1:], " ")
			}
		}
		return ""
	}
	if w[0] == "apply" {
		if softApplyHeads[last] {
			return strings.Join(w[1:], " ")
		}
		return ""
	}
	if !softVerbs[w[0]] {
		return ""
	}
	for _, x := range w[1:] {
		if !softObjects[strings.ToLower(x)] {
			return ""
		}
	}
	return label
}
