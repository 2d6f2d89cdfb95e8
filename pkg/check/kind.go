package check

// Is this a resume? A job posting, a cover letter or an article given as
// a resume is named as such, from cues each kind has and the others lack:
// a posting's headings ("Requirements", "Benefits") and its address to the
// reader ("we are looking for", "you will"); a letter's salutation and
// closing ("Dear ...", "Sincerely"); a resume's dated roles, contact
// details at the top, resume headings and past-tense bullets.

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/sections"
)

// Kind is what a document reads as.
type Kind string

// The kinds.
const (
	KindResume      Kind = "resume"
	KindJobPosting  Kind = "job-posting"
	KindCoverLetter Kind = "cover-letter"
	KindOther       Kind = "other"
)

// Label is the kind in words: "job posting".
func (k Kind) Label() string { return strings.ReplaceAll(string(k), "-", " ") }

// Cue weights and the scores that decide.
const (
	wHeading      = 2 // a posting heading
	wDuties       = 2 // three or more lines opening with a third-person verb ("Maintains", "Directs")
	wPhrase       = 1 // a posting phrase (each distinct one)
	wYou          = 2 // second person, 1% of the words or more
	wYouSome      = 1 // 0.3% or more
	wRanges       = 3 // two or more lines with a date range
	wRange        = 1 // one
	wContact      = 2 // an email or phone number in the top lines
	wSection      = 1 // an experience, education or skills section
	wPast         = 2 // three or more items opening with a past-tense verb
	wSalutation   = 3
	wClosing      = 2
	wLetterPhrase = 1
	decisive      = 4 // a posting or letter needs this much, and more than the resume's
	enough        = 2 // a resume needs this much, and more than a posting's
	maxPhraseCues = 4 // distinct posting or letter phrases counted at most
)

// Reading is what a document reads as, and why.
type Reading struct {
	Kind   Kind
	Reason string // the cues, in words: `headings "Requirements" (line 3), "Benefits" (line 9)`
	Lines  []int  // the cues' lines
	// Scores for each kind, for tests and measurement.
	Resume, Posting, Letter int
}

// cue is one piece of evidence for a kind.
type cue struct {
	what   string
	line   int // 0-based; -1 for the whole document
	weight int
}

// Classify reads lines (normalised, with their sections.Resume sections)
// as a resume, a job posting, a cover letter or other text.
func Classify(lines []string, secs []sections.Line) Reading {
	if len(secs) != len(lines) {
		secs = sections.Resume(strings.Join(lines, "\n"))
	}
	posting, letter := textCues(lines)
	resume := resumeCues(lines, secs)
	r := Reading{Resume: total(resume), Posting: total(posting), Letter: total(letter)}
	r.Kind = decide(r.Resume, r.Posting, r.Letter)
	switch r.Kind {
	case KindCoverLetter:
		r.Reason, r.Lines = explain("reads as a cover letter", letter)
	case KindJobPosting:
		r.Reason, r.Lines = explain("reads as a job posting", posting)
	case KindResume:
		r.Reason, r.Lines = explain("reads as a resume", resume)
	default:
		r.Reason = "reads as neither a resume nor a job posting or cover letter: no dated roles, contact details or resume headings"
	}
	return r
}

// decide is the kind the three scores make.
func decide(resume, posting, letter int) Kind {
	switch {
	case letter >= decisive && letter > resume && letter >= posting:
		return KindCoverLetter
	case posting >= decisive && posting > resume:
		return KindJobPosting
	case resume >= enough && resume > posting || resume > 0 && posting < decisive && letter < decisive:
		return KindResume
	}
	return KindOther
}

// KindOf is [Classify]'s kind alone, for rank, which reads the kind of
// every resume. When the posting and letter cues are below decisive, any
// resume cue makes a resume, so the cheap ones (a resume section, contact
// details at the top) are tried before the date ranges are read.
func KindOf(lines []string, secs []sections.Line) Kind {
	if len(secs) != len(lines) {
		secs = sections.Resume(strings.Join(lines, "\n"))
	}
	posting, letter := textCues(lines)
	p, l := total(posting), total(letter)
	if p < decisive && l < decisive && (resumeSection(secs) || contactAtTop(lines) >= 0) {
		return KindResume
	}
	return decide(total(resumeCues(lines, secs)), p, l)
}

// resumeSection reports an experience, education or skills section.
func resumeSection(secs []sections.Line) bool {
	for _, s := range secs {
		if s.Section == sections.Experience || s.Section == sections.Education || s.Section == sections.Skills {
			return true
		}
	}
	return false
}

// contactAtTop is the first of the top lines with an email or a phone
// number, or -1.
func contactAtTop(lines []string) int {
	for i := range min(len(lines), maxTopLines) {
		if strings.IndexByte(lines[i], '@') >= 0 && emailRe.MatchString(lines[i]) || hasPhone(lines[i]) {
			return i
		}
	}
	return -1
}

func total(cs []cue) int {
	n := 0
	for _, c := range cs {
		n += c.weight
	}
	return n
}

// explain names up to maxCited cues with their lines.
func explain(head string, cs []cue) (string, []int) {
	var parts []string
	var idx []int
	for _, c := range cs {
		if c.line >= 0 {
			idx = append(idx, c.line)
		}
		if len(parts) == maxCited {
			continue
		}
		if c.line >= 0 {
			parts = append(parts, fmt.Sprintf("%s (line %d)", c.what, c.line+1))
		} else {
			parts = append(parts, c.what)
		}
	}
	slices.Sort(idx)
	return head + ": " + strings.Join(parts, ", "), lineNumbers(idx)
}

// kindFinding is document.kind: pass for a resume, fail for anything else.
func kindFinding(r Reading) Finding {
	f := Finding{ID: "document.kind", Status: Pass, Message: r.Reason, Lines: r.Lines}
	if r.Kind != KindResume {
		f.Status = Fail
		f.Message = "not a resume: " + r.Reason
		f.Fix = "check that this is the file you meant: the findings below assume a resume"
	}
	return f
}

// textCues reads the posting and the letter cues in one pass over the
// lines, each padded into one reused buffer: posting headings, phrases
// and second-person address; a letter's salutation, closing and phrases.
func textCues(lines []string) (posting, letter []cue) {
	seen := map[string]bool{}
	postingPhrases, letterPhrases, you, words := 0, 0, 0, 0
	var buf, hb []byte
	for i, l := range lines {
		buf = appendPadded(buf[:0], l)
		n := bytes.Count(buf, []byte(" ")) - 1 // words
		if n <= 0 {
			continue
		}
		if label := headingLabel(l); label != "" {
			hb = appendPadded(hb[:0], label)
			if key := bytes.TrimSpace(hb); postingHeadingSet[string(key)] && !seen["h:"+string(key)] {
				seen["h:"+string(key)] = true
				posting = append(posting, cue{fmt.Sprintf("heading %q", label), i, wHeading})
			}
		}
		postingPhraseSet.each(buf, func(ph string) {
			if postingPhrases < maxPhraseCues && !seen[ph] {
				seen[ph] = true
				postingPhrases++
				posting = append(posting, cue{fmt.Sprintf("%q", ph), i, wPhrase})
			}
		})
		for w := range bytes.SplitSeq(buf[1:len(buf)-1], []byte(" ")) {
			words++
			if secondPerson[string(w)] {
				you++
			}
		}
		if !seen["open"] && n <= 8 {
			for _, o := range letterOpenings {
				if bytes.HasPrefix(buf, []byte(o)) {
					seen["open"] = true
					letter = append(letter, cue{fmt.Sprintf("salutation %q", shortText(strings.TrimSpace(l), 30)), i, wSalutation})
					break
				}
			}
		}
		if !seen["close"] && n <= 3 && letterClosingSet[string(bytes.TrimSpace(buf))] {
			seen["close"] = true
			letter = append(letter, cue{fmt.Sprintf("closing %q", strings.TrimSpace(l)), i, wClosing})
		}
		letterPhraseSet.each(buf, func(ph string) {
			if letterPhrases < maxPhraseCues && !seen[ph] {
				seen[ph] = true
				letterPhrases++
				letter = append(letter, cue{fmt.Sprintf("%q", ph), i, wLetterPhrase})
			}
		})
	}
	if n, first := duties(lines); n >= 3 {
		posting = append(posting, cue{fmt.Sprintf("%d duties in the third person (%q)", n, firstWord(lines[first])), first, wDuties})
	}
	switch {
	case words > 0 && you*100 >= words:
		posting = append(posting, cue{fmt.Sprintf("addresses the reader as \"you\" (%d times)", you), -1, wYou})
	case words > 0 && you*1000 >= 3*words:
		posting = append(posting, cue{fmt.Sprintf("addresses the reader as \"you\" (%d times)", you), -1, wYouSome})
	}
	return posting, letter
}

var (
	postingHeadingSet = func() map[string]bool {
		m := map[string]bool{}
		for _, h := range postingHeadings {
			m[strings.TrimSpace(padded(h))] = true
		}
		return m
	}()
	postingPhraseSet = newPhraseSet(postingPhrases)
	letterPhraseSet  = newPhraseSet(letterPhrases)
	letterClosingSet = func() map[string]bool {
		m := map[string]bool{}
		for _, c := range letterClosings {
			m[strings.TrimSpace(padded(c))] = true
		}
		return m
	}()
)

// duties counts the distinct verbs in the third person that open lines
// ("Maintains staff by recruiting ...", "Writes flawless code"): a
// posting's duties, where a resume says "Maintained" or "Write". The
// next word must be lower-case, so a title ("Systems Engineer") is none.
func duties(lines []string) (n, first int) {
	first = -1
	seen := map[string]bool{}
	for i, l := range lines {
		t, _ := stripMarker(l)
		ws, words := leadWords(t)
		if words < 4 {
			continue
		}
		w := ws[0]
		if len(w) < 5 || w[0] < 'A' || w[0] > 'Z' || w[len(w)-1] != 's' || !startsLower(ws[1]) {
			continue
		}
		low := strings.ToLower(w)
		if !strings.HasSuffix(low, "s") || strings.HasSuffix(low, "ss") || strings.HasSuffix(low, "us") ||
			strings.HasSuffix(low, "is") || strings.HasSuffix(low, "ics") || notDuty[low] {
			continue
		}
		if first < 0 {
			first = i
		}
		if !seen[low] {
			seen[low] = true
			n++
		}
	}
	return n, first
}

func startsLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

func firstWord(l string) string {
	t, _ := stripMarker(l)
	if f := strings.Fields(t); len(f) > 0 {
		return f[0]
	}
	return ""
}

// headingLabel is a short line, or a line's label before a colon, as
// written ("Requirements:" is "Requirements"), or "" for a longer line
// or a sentence.
func headingLabel(l string) string {
	t := strings.TrimSpace(l)
	if head, _, ok := strings.Cut(t, ":"); ok && wordCount(head) <= 6 {
		t = head
	} else {
		t = strings.TrimSuffix(t, "-") // "Responsibilities -"
	}
	t = strings.TrimSpace(strings.Trim(t, "#*_ "))
	if t == "" || strings.HasSuffix(t, ".") || wordCount(t) > 6 {
		return ""
	}
	return t
}

// resumeCues: dated roles, contact details at the top, resume sections,
// past-tense bullets.
func resumeCues(lines []string, secs []sections.Line) []cue {
	var out []cue
	var ranged []int
	past := 0
	pastLine := -1
	text := make([]string, len(lines))
	for i, l := range lines {
		text[i], _ = stripMarker(l)
	}
	for i, rs := range rangesByLine(text) {
		if len(rs) > 0 {
			ranged = append(ranged, i)
		}
	}
	for i, t := range text {
		if pastTenseOpening(t) {
			past++
			if pastLine < 0 {
				pastLine = i
			}
		}
	}
	switch {
	case len(ranged) >= 2:
		out = append(out, cue{fmt.Sprintf("%d dated roles", len(ranged)), ranged[0], wRanges})
	case len(ranged) == 1:
		out = append(out, cue{"a dated role", ranged[0], wRange})
	}
	if i := contactAtTop(lines); i >= 0 {
		out = append(out, cue{"contact details at the top", i, wContact})
	}
	for _, s := range []string{sections.Experience, sections.Education, sections.Skills} {
		for i := range secs {
			if secs[i].Section == s {
				out = append(out, cue{fmt.Sprintf("%s section", anA(s)), i, wSection})
				break
			}
		}
	}
	if past >= 3 {
		out = append(out, cue{fmt.Sprintf("%d lines open with a past-tense verb", past), pastLine, wPast})
	}
	return out
}

// hasPhone reports a phone number in l.
func hasPhone(l string) bool {
	digits := 0
	for i := 0; i < len(l) && digits < 7; i++ {
		if isDigit(l[i]) {
			digits++
		}
	}
	if digits < 7 {
		return false
	}
	for _, m := range phoneRe.FindAllStringIndex(l, -1) {
		if phoneNumber(l, m[0], m[1]) {
			return true
		}
	}
	return false
}

// pastTenseOpening: a line opening with a capitalised past-tense verb
// ("Led", "Built", "Reduced"), as resume bullets do and postings do not.
func pastTenseOpening(s string) bool {
	ws, n := leadWords(s)
	if n < 3 {
		return false
	}
	w := strings.TrimRight(ws[0], ",:;")
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	var buf [24]byte
	low, ok := lowerASCII(buf[:0], w)
	if !ok {
		return false
	}
	return irregularPast[string(low)] || len(low) >= 4 && bytes.HasSuffix(low, []byte("ed")) && !notPast[string(low)]
}

// notPast end in "ed" but are no past-tense verbs.
var notPast = wordSet("need", "needed", "speed", "seed", "feed", "breed", "bed", "red", "shed", "detailed", "experienced",
	"skilled", "required", "preferred", "desired", "based", "dedicated", "motivated", "talented", "advanced", "licensed",
	"certified", "qualified", "interested", "related", "proposed", "expected", "limited", "united", "varied", "seasoned")

// irregularPast are common past-tense openings without "-ed".
var irregularPast = wordSet("led", "built", "ran", "wrote", "drove", "grew", "won", "made", "taught", "brought",
	"sold", "began", "oversaw", "set", "cut", "spent", "held", "kept", "met", "took", "gave", "found", "chose", "rebuilt", "rewrote")

// anA puts "a" or "an" before a word.
func anA(w string) string {
	if w != "" && strings.ContainsRune("aeiou", rune(w[0])) {
		return "an " + w
	}
	return "a " + w
}

// leadWords returns the first two space-separated words of s and how
// many words s has, counting to four, without building a slice of all.
func leadWords(s string) (ws [2]string, n int) {
	for f := range strings.FieldsSeq(s) {
		if n < 2 {
			ws[n] = f
		}
		n++
		if n == 4 {
			break
		}
	}
	return ws, n
}

// lowerASCII appends w lower-cased to dst when w is ASCII letters and
// fits, so a map lookup by string(low) needs no allocation.
func lowerASCII(dst []byte, w string) ([]byte, bool) {
	if len(w) > cap(dst) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			return nil, false
		}
		dst = append(dst, c)
	}
	return dst, true
}
