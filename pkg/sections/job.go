package sections

// Job line roles: a heading's role over the lines under it, and the cues
// of each line's sentences on top.

import "strings"

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
