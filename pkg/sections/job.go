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
	sticky := false  // a trailing keywords tip section runs to the end
	company := false // cur is a company description
	item := false    // the line before is a list item or its continuation
	var head header
	for i, raw := range lines {
		if sticky {
			out[i] = cur
			continue
		}
		prevItem := item
		item = isItem(raw) || prevItem && strings.TrimSpace(raw) != ""
		switch {
		case isChrome(raw):
			out[i] = Line{Section: cur.Section, Role: Ignored, SectionRole: cur.Role, Reason: "job-board chrome: " + quote(trimTo(strings.TrimSpace(raw), 40))}
			continue
		case i > 0 && continues(lines[i-1], prevItem, raw):
			// A wrapped line is never a heading ("  General Pharmaceutical
			// Council") and goes on with the sentence it continues.
			out[i] = continuation(cur, lines[i-1], out[i-1], raw)
			continue
		case head.at(raw):
			out[i] = Line{Section: cur.Section, Role: Ignored, SectionRole: cur.Role, Reason: "posting header: the employer, place, pay and work pattern are no job terms"}
			continue
		}
		// "Requirements: 5+ years of Go" opens a section and carries content.
		if head, body, ok := strings.Cut(raw, ":"); ok && strings.TrimSpace(body) != "" {
			var field bool
			prev := cur
			if cur, out[i], field = inlineHeading(cur, raw, head, body); field {
				continue
			}
			if cur != prev {
				company = strings.HasSuffix(cur.Reason, companyWhy)
			}
		} else if sec, stick, ok := ownHeading(raw, next(lines, i)); ok {
			cur, sticky, out[i] = sec, stick, sec
			company = strings.HasSuffix(sec.Reason, companyWhy)
			continue
		} else if company && cur.Role == Ignored && listHeading(lines, i) {
			// A heading over a list ends a company description ("Who we
			// are" ... "Your tasks" over bullets).
			cur = Line{Section: sectionName(strings.TrimSpace(raw)), Role: Neutral, SectionRole: Neutral, Reason: "section " + quote(strings.TrimSpace(raw)) + ": a heading over a list ends the company description"}
			out[i], company = cur, false
			continue
		}
		out[i] = lineRole(cur, raw)
	}
	return out
}

// knownHeading reports a line that is a heading with a known cue.
func knownHeading(raw string) bool {
	h, ok := parseHeading(raw)
	if !ok {
		return false
	}
	_, _, known := jobSection(h)
	return known
}

// companyWhy is the reason of a company description section.
const companyWhy = "company description is boilerplate"

// next returns the line after lines[i], or "".
func next(lines []string, i int) string {
	if i+1 < len(lines) {
		return lines[i+1]
	}
	return ""
}

// inlineHeading reads a heading with its body on the line (raw is head +
// ":" + body): it returns the section the line opens, or cur when it opens
// none, and for a one-line pay field ("Salary: £35,000") the line itself,
// with field true.
func inlineHeading(cur Line, raw, head, body string) (sec, line Line, field bool) {
	h, ok := parseHeading(head + ":")
	if !ok || isBullet(raw) || len(strings.Fields(h.display)) > 3 && !wholeHeading(h.norm) {
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
func ownHeading(raw, next string) (sec Line, sticky, ok bool) {
	h, ok := parseHeading(raw)
	if !ok || leadIn(h, next) {
		return Line{}, false, false
	}
	role, c, known := jobSection(h)
	whole := known && capitalised(h.display) && wholeHeading(h.norm)
	if !h.marked && !titleCase(h.display) && !whole && !(known && (singleCapitalised(h.display) || strongJobHeading(h))) {
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
	return readLine(sec, raw, Line{})
}

// readLine is lineRole for a line that may continue the sentence of the
// line before: when wrap.Wrapped, its first sentence starts from
// wrap.Lead, for the reason wrap.Reason, rather than from the section.
func readLine(sec Line, raw string, wrap Line) Line {
	sec.SectionRole = sec.Role
	sec.Wrapped, sec.Lead = wrap.Wrapped, wrap.Lead
	if sec.Role == Ignored && (!wrap.Wrapped || wrap.Lead == Ignored) {
		return sec
	}
	var seen [4]bool
	var prefWhy, reqWhy, boilerWhy, leadWhy string
	for k, sp := range sentences(raw) {
		r, c := sentenceRole(sp.text, sec, k)
		seen[r] = true
		switch {
		case c.why == "" && k == 0 && sec.Wrapped && r == sec.Lead && r != sec.Role:
			leadWhy = wrap.Reason
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
		} else if leadWhy != "" && sec.Lead == Required {
			out.Reason = leadWhy
		}
		out.Reason += part + boilerPart
	case seen[Neutral]:
		out.Role = Neutral
		if leadWhy != "" && sec.Lead == Neutral {
			out.Reason = leadWhy
		}
		out.Reason += part + boilerPart
	case seen[Preferred]:
		out.Role = Preferred
		if prefWhy != "" {
			out.Reason = "line says " + quote(prefWhy)
		} else if leadWhy != "" {
			out.Reason = leadWhy
		}
		out.Reason += boilerPart
	case seen[Ignored]:
		out.Role = Ignored
		out.Reason = boilerWhy
		if leadWhy != "" {
			out.Reason = leadWhy
		}
	}
	return out
}

// sentenceRole is the role of the k-th sentence s of a line l: the first
// sentence of a wrapped line goes on from the line before (l.Lead), a
// boilerplate sentence going on stays boilerplate; any other starts from
// the section's role.
func sentenceRole(s string, l Line, k int) (Role, cue) {
	if k > 0 || !l.Wrapped {
		return clauseRole(s, l.SectionRole)
	}
	if l.Lead == Ignored {
		return Ignored, cue{}
	}
	return clauseRole(s, l.Lead)
}

// clauseRole is the role of one sentence in a section with role sec: a
// preference cue wins ("not required" is a preference); a required cue
// counts except under a preferred heading, which already qualifies every
// line below it ("Nice to have: you have written an operator").
func clauseRole(s string, sec Role) (Role, cue) {
	p := words(s)
	if c, ok := boilerplateSentence(s, p); ok {
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
