package requirements

import (
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Degree is a degree or qualification as a job asks for it or a resume
// shows it.
type Degree struct {
	// Level is the rung of the ladder: diploma, associate, bachelor,
	// master or doctorate; empty for a qualification off the ladder
	// (a trade certificate, a licence the dictionary files as a degree).
	Level string `json:"level,omitempty"`
	Name  string `json:"name"`            // the dictionary term's name ("Bachelor's Degree"); "Degree" for a bare "degree"
	Field string `json:"field,omitempty"` // as written ("Computer Science")
}

// Education is the job's education asks against the resume's degrees.
type Education struct {
	Required  *Degree `json:"required"`  // the lowest level a required mention accepts; nil when none
	Preferred *Degree `json:"preferred"` // the same for preferences
	Resume    *Degree `json:"resume"`    // the resume's highest degree, or the qualification that meets the ask
	// Status is met, below or unknown against the required ask (or, when
	// the job only prefers one, the preferred ask); not_asked without any.
	Status         Status     `json:"status"`
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
}

// eduAsk is every mention of one tier (required or preferred) of a job.
type eduAsk struct {
	level int      // the lowest rung mentioned, -1 without one
	terms []string // every education term mentioned: one met is the ask met
	deg   Degree   // the mention that sets the level (else the first)
	lines []int
}

// levelOf returns the ladder rung term id is or implies, -1 for none.
func levelOf(dict *keywords.Dict, id string) int {
	anc := dict.Ancestors(id)
	for i := len(ladder) - 1; i >= 0; i-- {
		if id == ladder[i].termID || slices.Contains(anc, ladder[i].termID) {
			return i
		}
	}
	return -1
}

// isEducation reports a degree or a qualification: a term on the ladder, of
// an education category of the dictionary, or a kind of one through its
// broader links (a "Certificate III in Commercial Cookery" filed with the
// kitchen's certificates is a Certificate III).
func isEducation(dict *keywords.Dict, id string) bool {
	t, ok := dict.Term(id)
	if !ok {
		return false
	}
	if educationCategories[t.Category] {
		return true
	}
	if len(t.Broader) == 0 {
		return false
	}
	for _, a := range dict.Ancestors(id) {
		if at, ok := dict.Term(a); ok && educationCategories[at.Category] {
			return true
		}
	}
	return false
}

func levelName(l int) string {
	if l < 0 {
		return ""
	}
	return ladder[l].level
}

// ReadEducation reads the job's education asks, required and preferred,
// and judges the resume's degrees against them: a higher level meets a
// lower one, and a qualification off the ladder is met by itself or a term
// that implies it.
func ReadEducation(dict *keywords.Dict, job, resume Doc) Education {
	e := Education{Status: NotAsked, JobEvidence: []Evidence{}, ResumeEvidence: []Evidence{}}
	req, pref := jobEducation(dict, job)
	tier := req
	if tier == nil {
		tier = pref
	}
	for _, a := range []*eduAsk{req, pref} {
		if a != nil {
			for _, n := range a.lines {
				e.JobEvidence = addEvidence(e.JobEvidence, job, n)
			}
		}
	}
	if req != nil {
		e.Required = &req.deg
	}
	if pref != nil {
		e.Preferred = &pref.deg
	}
	held := resumeDegrees(dict, resume)
	best := -1 // the highest degree held
	for i, h := range held {
		if best < 0 || h.level > held[best].level {
			best = i
		}
	}
	if tier == nil {
		if best >= 0 {
			e.Resume = &held[best].deg
			e.ResumeEvidence = append(e.ResumeEvidence, resume.evidence(held[best].line))
		}
		return e
	}
	meets := -1
	for i, h := range held {
		if tier.level >= 0 && h.level >= tier.level || tier.meetsTerm(dict, h.id) {
			if meets < 0 || h.level > held[meets].level {
				meets = i
			}
		}
	}
	switch {
	case meets >= 0:
		e.Status, best = Met, meets
	case best >= 0 || hasEducationSection(resume):
		e.Status = Below
	default:
		e.Status = Unknown
	}
	if best >= 0 {
		e.Resume = &held[best].deg
		e.ResumeEvidence = append(e.ResumeEvidence, resume.evidence(held[best].line))
	}
	return e
}

// meetsTerm reports a resume term that is one of the ask's terms or
// implies one.
func (a *eduAsk) meetsTerm(dict *keywords.Dict, id string) bool {
	for _, t := range a.terms {
		if id == t || dict.Implies(id, t) {
			return true
		}
	}
	return false
}

// jobEducation reads the job's education mentions outside ignored text and
// the title line: a dictionary education term, or a bare "degree" (a
// bachelor's). A mention is preferred where its sentence is; any other is
// required.
func jobEducation(dict *keywords.Dict, job Doc) (req, pref *eduAsk) {
	starts := lineStarts(job)
	_, titleAlts := jobTitle(job)
	titleLine := 0
	if len(titleAlts) > 0 {
		titleLine = titleAlts[0].line
	}
	add := func(a **eduAsk, level int, id string, deg Degree, line int) {
		if *a == nil {
			*a = &eduAsk{level: -1, deg: deg}
		}
		x := *a
		if id != "" && !slices.Contains(x.terms, id) {
			x.terms = append(x.terms, id)
		}
		if level >= 0 && (x.level < 0 || level < x.level) {
			x.level, x.deg = level, deg
		}
		if x.deg.Field == "" {
			x.deg.Field = deg.Field
		}
		if !slices.Contains(x.lines, line) {
			x.lines = append(x.lines, line)
		}
	}
	tier := func(line, col, end int) **eduAsk {
		switch job.askRole(line, col, end) {
		case sections.Ignored:
			return nil
		case sections.Preferred:
			return &pref
		}
		return &req
	}
	covered := map[int][][2]int{} // per line, the byte spans of education terms
	for _, m := range job.Matches {
		if m.Line == titleLine || !isEducation(dict, m.TermID) {
			continue
		}
		col := m.Start - starts[m.Line-1]
		covered[m.Line] = append(covered[m.Line], [2]int{col, m.End - starts[m.Line-1]})
		a := tier(m.Line, col, m.End-starts[m.Line-1])
		if a == nil {
			continue
		}
		t, _ := dict.Term(m.TermID)
		level := levelOf(dict, m.TermID)
		line := job.Lines[m.Line-1]
		add(a, level, m.TermID, Degree{Level: levelName(level), Name: t.Name, Field: jobField(line[m.End-starts[m.Line-1]:])}, m.Line)
	}
	for i, line := range job.Lines {
		n := i + 1
		if n == titleLine || !strings.Contains(strings.ToLower(line), "degree") {
			continue
		}
		ws := splitWords(line)
		for k, w := range ws {
			if w.w != "degree" || inSpans(covered[n], w.start) {
				continue
			}
			prev, next := "", ""
			if k > 0 {
				prev = ws[k-1].w
			}
			if k+1 < len(ws) {
				next = ws[k+1].w
			}
			if degreeWordSkip[prev] || !degreeWordNext[next] || k > 0 && line[ws[k-1].end:w.start] == "-" ||
				k > 0 && inSpans(covered[n], ws[k-1].start) && strings.TrimSpace(line[ws[k-1].end:w.start]) == "" {
				continue // "360-degree"; "MPharm degree" is the MPharm
			}
			if a := tier(n, w.start, w.end); a != nil {
				add(a, bachelorLevel, "", Degree{Level: levelName(bachelorLevel), Name: "Degree", Field: jobField(line[w.end:])}, n)
			}
		}
	}
	return req, pref
}

func inSpans(spans [][2]int, col int) bool {
	for _, s := range spans {
		if col >= s[0] && col < s[1] {
			return true
		}
	}
	return false
}

// jobField reads the field after a degree mention: "in Computer Science"
// up to "or a related field", a clause end or another separator.
func jobField(rest string) string {
	lower := strings.ToLower(rest)
	i := strings.Index(lower, " in ")
	if i < 0 || i > 40 || strings.ContainsAny(rest[:i], ";.") {
		return ""
	}
	return cutField(rest[i+4:])
}

// resumeField reads the field right after a degree on a resume line ("B.S.
// Computer Science - Northfield State University", "BSc (Hons)
// Mathematics, ...", "BA in Business"); a school's name is no field.
func resumeField(rest string) string {
	s := strings.TrimLeft(rest, " ,:")
	if strings.HasPrefix(s, "(") { // "(Hons)"
		if j := strings.Index(s, ")"); j > 0 {
			s = strings.TrimLeft(s[j+1:], " ,:")
		}
	}
	if s == "" || strings.ContainsRune("-|·•", []rune(s)[0]) {
		return "" // a separator: the school or a next item follows
	}
	for _, p := range []string{"in ", "of "} {
		s = strings.TrimPrefix(s, p)
	}
	f := cutField(s)
	for _, c := range []string{",", "  "} {
		if i := strings.Index(f, c); i >= 0 {
			f = f[:i]
		}
	}
	if namesSchool(f) {
		return ""
	}
	return strings.TrimSpace(f)
}

func cutField(s string) string {
	lower := strings.ToLower(s)
	end := len(s)
	for _, stop := range fieldStops {
		if i := strings.Index(lower, stop); i >= 0 && i < end {
			end = i
		}
	}
	return trimTo(strings.Trim(strings.TrimSpace(s[:end]), ".,;:"), 80)
}

// heldDegree is one degree a resume shows.
type heldDegree struct {
	id    string
	level int
	deg   Degree
	line  int
}

// resumeDegrees returns the resume's education terms, each once, except on
// lines that say the degree is not yet held ("Pursuing", "expected 2026").
func resumeDegrees(dict *keywords.Dict, resume Doc) []heldDegree {
	starts := lineStarts(resume)
	var out []heldDegree
	for _, m := range resume.Matches {
		if !isEducation(dict, m.TermID) || pursuing(resume.Lines[m.Line-1]) {
			continue
		}
		if k := heldIndex(out, m); k >= 0 { // once, on an education line if there is one ("JANE DOE, BSN" and "BSN - Prairie College")
			if resume.section(m.Line).Section != sections.Education || resume.section(out[k].line).Section == sections.Education {
				continue
			}
			out = slices.Delete(out, k, k+1)
		}
		t, _ := dict.Term(m.TermID)
		level := levelOf(dict, m.TermID)
		rest := resume.Lines[m.Line-1][m.End-starts[m.Line-1]:]
		out = append(out, heldDegree{id: m.TermID, level: level, line: m.Line,
			deg: Degree{Level: levelName(level), Name: t.Name, Field: resumeField(rest)}})
	}
	return out
}

func heldIndex(h []heldDegree, m match.Match) int {
	for i := range h {
		if h[i].id == m.TermID {
			return i
		}
	}
	return -1
}

// pursuing reports a line that names a degree still being studied for.
func pursuing(line string) bool {
	l := strings.ToLower(line)
	for _, c := range pursuingCues {
		if i := strings.Index(l, c); i >= 0 && (i == 0 || !isWordByte(l[i-1])) && (i+len(c) == len(l) || !isWordByte(l[i+len(c)])) {
			return true
		}
	}
	return false
}

// hasEducationSection reports an education section with a line of text
// below its heading.
func hasEducationSection(resume Doc) bool {
	for i := 1; i < len(resume.Lines); i++ {
		if resume.section(i+1).Section == sections.Education && resume.section(i).Section == sections.Education &&
			strings.TrimSpace(resume.Lines[i]) != "" {
			return true
		}
	}
	return false
}

// lineStarts returns the byte offset of each line in the document's text.
func lineStarts(d Doc) []int {
	out := make([]int, len(d.Lines))
	off := 0
	for i, l := range d.Lines {
		out[i] = off
		off += len(l) + 1
	}
	return out
}
