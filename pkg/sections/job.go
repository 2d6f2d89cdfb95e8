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
			var field bool
			if cur, out[i], field = inlineHeading(cur, raw, head, body); field {
				continue
			}
		} else if sec, stick, ok := ownHeading(raw); ok {
			cur, sticky, out[i] = sec, stick, sec
			continue
		}
		out[i] = lineRole(cur, raw)
	}
	return out
}

// inlineHeading reads a heading with its body on the line (raw is head +
// ":" + body): it returns the section the line opens, or cur when it opens
// none, and for a one-line pay field ("Salary: £35,000") the line itself,
// with field true.
func inlineHeading(cur Line, raw, head, body string) (sec, line Line, field bool) {
	h, ok := parseHeading(head + ":")
	if !ok || isBullet(raw) || len(strings.Fields(h.display)) > 3 {
		return cur, Line{}, false
	}
	role, c, known := jobSection(h)
	switch {
	case known && role == Ignored && fieldHeadings[c.phrase]:
		return cur, Line{Section: cur.Section, Role: Ignored, SectionRole: cur.Role, Reason: "field " + quote(h.display) + ": " + c.why}, true
	case known && role == Ignored && listSubjects[c.phrase] && listBody(body):
		// "Data protection: GDPR, ISO 27001" is a skill line.
	case known:
		cur = Line{Section: sectionName(h.display), Role: role, SectionRole: role, Reason: "section " + quote(h.display) + ": " + c.why}
	}
	return cur, Line{}, false
}

// ownHeading reads a line that is a heading alone and returns the section
// it opens, sticky for a trailing keywords tip section (it runs to the
// end); ok is false for a line that is no heading.
func ownHeading(raw string) (sec Line, sticky, ok bool) {
	h, ok := parseHeading(raw)
	if !ok {
		return Line{}, false, false
	}
	role, c, known := jobSection(h)
	if !h.marked && !titleCase(h.display) && !(known && (singleCapitalised(h.display) || strongJobHeading(h))) {
		return Line{}, false, false
	}
	why := c.why
	if !known {
		why = "neutral"
	}
	sec = Line{Section: sectionName(h.display), Role: role, SectionRole: role, Reason: "section " + quote(h.display) + ": " + why}
	sticky = role == Ignored && (strings.Contains(h.norm, " keywords ") || strings.Contains(h.norm, " applicant tracking system "))
	return sec, sticky, true
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
