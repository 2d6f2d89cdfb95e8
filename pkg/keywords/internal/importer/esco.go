package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// escoVague are label openings that name a family of facts, not a skill
// a posting asks for by name.
var escoVague = []string{"types of", "principles of", "characteristics of", "features of", "aspects of",
	"methods of", "range of", "components of", "functionalities of", "parts of", "legislation on", "regulations on"}

// escoGeneric are labels and alt labels that read as everyday phrases in
// postings ("personal development" is a perk, "application process" a
// step, "management skills" a heading, "business processes" any company).
var escoGeneric = map[string]bool{
	"personal development": true, "application process": true, "application procedure": true,
	"business decisions": true, "strategic business decisions": true, "business model": true,
	"customer insight": true, "customer insights": true, "customer's insight": true, "customers insight": true, "capacity building": true,
	"management skills": true, "managerial skills": true, "business process": true, "business processes": true,
	"financial processes": true, "sport activities": true, "sporting activities": true, "sports activities": true,
	// Ordinary phrases of postings: "high quality/security standards",
	// "the Danish grading system" (of a degree), "sports and leisure
	// activities" (a perk), "supporting production software" (software
	// in production, not industrial software).
	"quality standards": true, "security standards": true, "grading systems": true, "grading system": true,
	"leisure activities": true, "production software": true,
	// Resume prose: "mentor new employees on company policies", "various
	// stages of food production" (not food engineering), "media
	// management" of a lab's culture media (not media planning).
	"company policies": true, "company policy": true, "food production": true, "media management": true,
}

// importESCO reads skills_en.csv (preferredLabel, altLabels, skillType).
func importESCO(r io.Reader, common, english map[string]bool) (*file, error) {
	rows, err := csvRows(r, "preferredLabel", "altLabels", "skillType")
	if err != nil {
		return nil, fmt.Errorf("skills_en.csv: %w", err)
	}
	// First words that open two or more skill labels are verbs ("manage",
	// "operate"): such labels are task phrases, not skill names.
	verbs := map[string]int{}
	for _, row := range rows {
		if row[2] == "skill/competence" {
			if w := strings.Fields(row[0]); len(w) > 0 {
				verbs[strings.ToLower(w[0])]++
			}
		}
	}
	out := &file{Category: "knowledge", Kind: "hard", Source: "esco"}
	seen := map[string]bool{}
	for _, row := range rows {
		label, alts, typ := row[0], row[1], row[2]
		if name := softFrom(label, typ); name != "" {
			if !seen[strings.ToLower(name)] && !isCommon(common, name) {
				seen[strings.ToLower(name)] = true
				t := term{Name: name, Kind: "soft", Category: "soft", Source: "esco"}
				t.Aliases = addUnique(nil, name, label)
				out.Terms = append(out.Terms, t)
			}
			continue
		}
		if !escoLabelOK(label, common) || seen[strings.ToLower(label)] || escoGeneric[strings.ToLower(label)] {
			continue
		}
		w := strings.Fields(label)
		if len(w) == 1 && english[strings.ToLower(label)] {
			continue // "energy", "protein", "physics": a topic word, not a named skill
		}
		switch typ {
		case "knowledge":
		case "skill/competence":
			if verbs[strings.ToLower(w[0])] >= 2 {
				continue
			}
		default:
			continue
		}
		seen[strings.ToLower(label)] = true
		t := term{Name: label, Source: "esco", Category: escoCategory(label, alts, typ)}
		if t.Category == out.Category {
			t.Category = ""
		}
		if t.Category == "spoken-language" {
			// A language name is a nationality too ("a Romanian
			// company"): as for the curated languages, a fluency word
			// must stand near it.
			t.Ambiguous, t.Context = []string{label}, fluency
		}
		n := 0
		for _, a := range strings.Split(alts, "\n") {
			a = strings.TrimSpace(a)
			if n < 3 && len(strings.Fields(a)) >= 2 && len(strings.Fields(a)) <= 3 && escoLabelOK(a, common) && !escoGeneric[strings.ToLower(a)] && verbs[strings.ToLower(strings.Fields(a)[0])] < 2 && !escoBroaderOrNarrower(label, a) {
				before := len(t.Aliases)
				t.Aliases = addUnique(t.Aliases, t.Name, a)
				if len(t.Aliases) > before {
					n++
				}
			}
		}
		out.Terms = append(out.Terms, t)
	}
	return out, nil
}

// escoLabelOK keeps labels of 1 to 4 words that are not vague or common.
func escoLabelOK(label string, common map[string]bool) bool {
	w := strings.Fields(label)
	if len(w) == 0 || len(w) > 4 || strings.ContainsAny(label, "(),;:") {
		return false
	}
	l := strings.ToLower(label)
	for _, v := range escoVague {
		if strings.HasPrefix(l, v) {
			return false
		}
	}
	if len(w) == 1 && (isCommon(common, label) || len(label) < 5) {
		return false
	}
	return true
}

// escoCategory puts ESCO's language skills ("Slovak", "Irish",
// "Romanian") in "spoken-language": a single capitalised label that is a
// skill/competence, or whose alternative labels name the language in use
// ("competent in Slovak", "spoken and written Romanian"; most languages are
// typed knowledge). Everything else is "knowledge".
func escoCategory(label, alts, typ string) string {
	if strings.Contains(label, " ") || label[0] < 'A' || label[0] > 'Z' {
		return "knowledge"
	}
	l, a := strings.ToLower(label), strings.ToLower(alts)
	if typ == "skill/competence" || strings.Contains(a, "competent in "+l) || strings.Contains(a, "written "+l) {
		return "spoken-language"
	}
	return "knowledge"
}

// fluency are the words that confirm a language name, as the curated
// spoken-languages.yaml lists them (its &fluency anchor).
var fluency = []string{"fluent", "fluency", "native", "proficient", "proficiency", "speaking", "speak", "speaks",
	"spoken", "write", "writes", "written", "verbal", "communicate", "skills", "bilingual", "trilingual", "multilingual", "language", "languages",
	"working language", "speaker", "conversational", "business", "level", "c1", "c2", "b1", "b2", "mother tongue",
	"excellent", "working knowledge"}

// escoBroaderOrNarrower reports whether an ESCO alternative label is not a
// synonym of the preferred label but a broader or narrower one: the label
// with words cut ("data protection" for "data protection law") or added
// ("EU data protection law"). An alias must name the same thing.
func escoBroaderOrNarrower(label, alt string) bool {
	l, a := strings.Fields(strings.ToLower(label)), strings.Fields(strings.ToLower(alt))
	return len(a) != len(l) && (containsRun(l, a) || containsRun(a, l))
}

// containsRun reports whether words holds run as a contiguous sub-sequence.
func containsRun(words, run []string) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}
