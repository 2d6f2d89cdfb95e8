package requirements

import (
	"slices"
	"strings"
)

// Title is the posting's title against the resume's titles.
type Title struct {
	Job            string     `json:"job"`    // the posting's title, as written
	Resume         string     `json:"resume"` // the resume title closest to it
	Status         Status     `json:"status"` // match, close, missing; unknown when the posting names no title
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
}

// A title read into its parts.
type titleParts struct {
	text    string
	line    int
	words   []string // every word, in order
	classes []string // the role nouns' classes, the head (last) first
	senior  []string // seniority words, sorted
	special []string // specialty words: neither role noun, seniority nor filler
}

// parseTitle reads a title; ok is false when it has no role noun.
func parseTitle(s string, line int) (titleParts, bool) {
	t := titleParts{text: strings.TrimSpace(s), line: line}
	ws := splitWords(s)
	head := -1
	for i, w := range ws {
		t.words = append(t.words, w.w)
		if _, ok := roleNouns[w.w]; ok {
			head = i
		}
	}
	if head < 0 {
		return t, false
	}
	t.classes = append(t.classes, roleNouns[ws[head].w])
	for i, w := range ws {
		switch {
		case i == head || titleFiller[w.w]:
		case seniority[w.w]:
			t.senior = append(t.senior, w.w)
		default:
			if c, ok := roleNouns[w.w]; ok && !slices.Contains(t.classes, c) {
				t.classes = append(t.classes, c)
			}
			if _, ok := roleNouns[w.w]; !ok || !genericRoles[roleNouns[w.w]] {
				t.special = append(t.special, w.w)
			}
		}
	}
	slices.Sort(t.senior)
	return t, true
}

// compare judges a resume title r against a job title j.
func compare(j, r titleParts) Status {
	if containsRun(r.words, coreWords(j)) && slices.Equal(j.senior, r.senior) {
		return Match
	}
	for _, c := range j.classes {
		if !slices.Contains(r.classes, c) {
			continue
		}
		if !genericRoles[c] || len(j.special) == 0 || len(r.special) == 0 ||
			overlap(j.special, r.special) || covers(j.special, r.special) || covers(r.special, j.special) {
			return Close
		}
	}
	return Missing
}

// coreWords are a title's words without its seniority: "Store Manager" is
// found in "Deputy Store Manager", which compare then tells apart by rank.
func coreWords(t titleParts) []string {
	var out []string
	for _, w := range t.words {
		if !slices.Contains(t.senior, w) {
			out = append(out, w)
		}
	}
	return out
}

// containsRun reports whether run appears in ws as consecutive words.
func containsRun(ws, run []string) bool {
	if len(run) == 0 {
		return false
	}
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// common counts the words of a found in b.
func common(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

func overlap(a, b []string) bool {
	for _, w := range a {
		if slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// covers reports a broad specialty of a that covers a specialty of b.
func covers(a, b []string) bool {
	for _, w := range a {
		for _, n := range broadSpecialties[w] {
			if slices.Contains(b, n) {
				return true
			}
		}
	}
	return false
}

// titleCut ends a posting's title before its qualifiers: the team, the
// place, the contract ("Store Manager - Chester", "Data Engineer (m/f/d)").
var titleCut = []string{" (", "(", " - ", " | ", " · ", " • ", ", ", " at ", ": ", " \u2013 ", " \u2014 "}

// jobTitle reads the posting's title: a labelled line ("Job title: ...")
// among the first lines, else the first line of the posting's header (the
// lines above its first heading) that is short, no list item, and has a
// role noun. It returns each alternative of "A / B" and the line.
func jobTitle(job Doc) (string, []titleParts) {
	const header = 12 // lines where a title or its label can stand
	for i := 0; i < len(job.Lines) && i < header; i++ {
		l := strings.TrimSpace(job.Lines[i])
		if label, rest, ok := strings.Cut(l, ":"); ok && slices.Contains(titleLabels, strings.ToLower(strings.TrimSpace(label))) {
			if core, alts := titleAlternatives(rest, i+1); len(alts) > 0 {
				return core, alts
			}
		}
	}
	seen := 0
	for i := 0; i < len(job.Lines) && seen < 5; i++ {
		l := strings.TrimSpace(job.Lines[i])
		if seen > 0 && job.section(i+1).Section != "" {
			break // a heading was passed: the header is over
		}
		if l == "" {
			continue
		}
		seen++
		if bulleted(l) || len(strings.Fields(l)) > 12 {
			continue
		}
		if core, alts := titleAlternatives(l, i+1); len(alts) > 0 {
			return core, alts
		}
	}
	return "", nil
}

// titleAlternatives cuts a title's qualifiers and splits "A / B" and "A or
// B" into the alternatives that have a role noun; it returns the title
// without its qualifiers too.
func titleAlternatives(s string, line int) (string, []titleParts) {
	core := strings.TrimSpace(s)
	for _, c := range titleCut {
		if i := strings.Index(core, c); i > 0 {
			core = core[:i]
		}
	}
	var out []titleParts
	eachPart(core, []string{" / ", " or "}, func(alt string) {
		if t, ok := parseTitle(alt, line); ok {
			out = append(out, t)
		}
	})
	if len(out) == 0 {
		if t, ok := parseTitle(core, line); ok {
			out = append(out, t)
		}
	}
	return strings.TrimSpace(core), out
}

// eachPart calls fn with each part of s between separators, in order, in
// one pass and without allocating.
func eachPart(s string, seps []string, fn func(string)) {
	start := 0
	for i := 0; i < len(s); {
		n := 0
		for _, sep := range seps {
			if s[i] == sep[0] && strings.HasPrefix(s[i:], sep) {
				n = len(sep)
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		fn(s[start:i])
		i += n
		start = i
	}
	fn(s[start:])
}

// resumeSeparators split a headline or a role's line into its parts (the
// title, the employer, the place); a part in brackets is its own.
var resumeSeparators = []string{" - ", " | ", " · ", " • ", ",", " / ", "→", " at ", "(", ")", "\u2013", "\u2014", ";", "  "}

// resumeTitles returns the titles a resume shows: in its headline (the
// lines above its first heading) and on its roles' title lines.
func resumeTitles(resume Doc, roles []role) []titleParts {
	var out []titleParts
	for i := 0; i < len(resume.Lines) && i < 8; i++ {
		if i > 0 && resume.section(i+1).Section != resume.section(1).Section {
			break
		}
		out = appendTitles(out, resume.Lines[i], i+1)
	}
	for _, r := range roles {
		out = append(out, r.titles...)
	}
	return out
}

// appendTitles appends the parts of a headline or a role's line that have
// a role noun.
func appendTitles(out []titleParts, s string, line int) []titleParts {
	eachPart(s, resumeSeparators, func(p string) {
		if t, ok := parseTitle(p, line); ok {
			out = append(out, t)
		}
	})
	return out
}

// readTitle compares the posting's title with every resume title and keeps
// the best verdict, the first resume title that earns it.
func readTitle(job, resume Doc, roles []role) Title {
	text, alts := jobTitle(job)
	t := Title{Job: text, Status: Unknown, JobEvidence: []Evidence{}, ResumeEvidence: []Evidence{}}
	if len(alts) == 0 {
		return t
	}
	t.JobEvidence = append(t.JobEvidence, job.evidence(alts[0].line))
	t.Status = Missing
	rank := map[Status]int{Missing: 0, Close: 1, Match: 2}
	best := -1
	for _, r := range resumeTitles(resume, roles) {
		for _, j := range alts {
			// The best verdict first, then the most words in common.
			score := rank[compare(j, r)]*100 + common(j.words, r.words)
			if score > best {
				best, t.Status, t.Resume = score, compare(j, r), r.text
				t.ResumeEvidence = []Evidence{resume.evidence(r.line)}
			}
		}
	}
	return t
}
