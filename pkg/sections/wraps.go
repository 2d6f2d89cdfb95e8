package sections

// Wrapped lines: a sentence that runs onto the next line, and the
// line shapes that tell a heading from the rest of a sentence.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isItem reports a list item: a bullet or a list number ("1. ", "2) ").
func isItem(s string) bool {
	if isBullet(s) {
		return true
	}
	t := strings.TrimSpace(s)
	n := 0
	for n < len(t) && n < 3 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	return n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' '
}

// danglingWords end a line whose sentence goes on past the line break.
var danglingWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "with": true, "to": true,
	"in": true, "for": true, "as": true, "at": true, "by": true, "from": true, "on": true, "into": true,
	"including": true, "such": true, "like": true, "via": true, "your": true, "our": true, "their": true,
}

// continues reports raw as the rest of the line before it, prev: a line
// that is no list item of its own, after a line that ends in no sentence
// end or colon, and either indented under a list item ("• ... with the" /
// "  General Pharmaceutical Council"), or starting in lower case, or after
// a line that stops on a comma or a word no sentence ends with ("...
// registered with the").
func continues(prev string, prevItem bool, raw string) bool {
	t, p := strings.TrimSpace(raw), strings.TrimSpace(prev)
	if t == "" || p == "" || isItem(raw) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(".:;!?", last) {
		return false
	}
	if prevItem && (raw[0] == ' ' || raw[0] == '\t') {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(t); last == ',' || unicode.IsLower(r) {
		return true // no sentence and no heading starts in lower case
	}
	w := p[strings.LastIndexAny(p, " \t(")+1:]
	return danglingWords[w] || danglingWords[strings.ToLower(w)]
}

// continuation is the role of raw, which continues prevRaw (described as
// prev) in section cur: its first sentence goes on from the line before,
// so a cue there holds ("• 3+ years, ideally in manufacturing or another
// shift-based" / "  environment" is a preference), and its own cues are
// read on top.
func continuation(cur Line, prevRaw string, prev Line, raw string) Line {
	lead := RolesAt(prevRaw, prev)(len(prevRaw) - 1)
	return readLine(cur, raw, Line{Wrapped: true, Lead: lead, Reason: prev.Reason})
}

// maxListHeadingWords bounds a short line over a list (listHeading).
const maxListHeadingWords = 5

// listHeading reports lines[i] as a short heading over a list: a line of a
// few words after a blank line, capitalised, with no sentence end, right
// before a list item ("Your tasks" over "• Design pipelines").
func listHeading(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	if t == "" || isItem(t) || i+1 >= len(lines) || !isItem(lines[i+1]) || i > 0 && strings.TrimSpace(lines[i-1]) != "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsUpper(r) && !strings.ContainsRune(".,;!", last) && wordCount(t) <= maxListHeadingWords
}

// leadIn reports a long line marked only by its colon that leads into a
// sentence going on in lower case on the next line ("Tidewater makes
// software for 18,000 small home-services businesses:" / "plumbers,
// cleaners, landscapers."): prose, not a heading.
func leadIn(h heading, next string) bool {
	if wordCount(h.display) <= maxHeadingWords {
		return false
	}
	t := strings.TrimSpace(next)
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && !isItem(next) && unicode.IsLower(r)
}
