package sections

// Heading shape: whether a line looks like a heading, whatever it names.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeadingWords bounds a heading: longer lines are prose.
const (
	maxHeadingWords       = 8
	maxMarkedHeadingWords = 12 // a trailing ":" or "?" marks longer headings ("Check out the salary range ...:")
	maxHeadingBytes       = 100
)

// words lower-cases s and replaces every non-alphanumeric rune by a space,
// padded with spaces, so cues match on word boundaries with strings.Contains.
func words(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

func findCue(padded string, cues []cue) (cue, bool) {
	for _, c := range cues {
		if strings.Contains(padded, " "+c.phrase+" ") {
			return c, true
		}
	}
	return cue{}, false
}

// heading reports whether line is a section heading and returns its display
// text (markup and trailing ":" removed) and whether the heading had an
// inline body ("Skills: Go, SQL").
type heading struct {
	display string // "Benefits"
	norm    string // padded lower-case words: " benefits "
	marked  bool   // "#", "**", a trailing ":" or "?", or all caps
	// explicit is marked by markup or punctuation, not by capitals alone.
	explicit bool
}

// stripBullet removes list markers so a bullet line is recognised as such.
func stripBullet(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, p := range []string{"•", "- ", "* ", "· ", "▪", "◦", "–", "‣"} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(t[len(p):]), true
		}
	}
	return t, false
}

// parseHeading decides whether a line looks like a heading. Known reports
// whether a known phrase is required for plain title-case lines: resumes
// list bare skills ("PostgreSQL") on their own lines, so only marked or
// known headings switch sections there.
func parseHeading(raw string) (heading, bool) {
	t, bullet := stripBullet(raw)
	if bullet || t == "" || len(t) > maxHeadingBytes {
		return heading{}, false
	}
	marked := false
	if strings.HasPrefix(t, "#") {
		t = strings.TrimSpace(strings.TrimLeft(t, "#"))
		marked = true
	}
	if strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__") {
		t = strings.Trim(t, "*_ ")
		marked = true
	}
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") {
		t = strings.TrimSpace(strings.TrimRight(t, ":?"))
		marked = true
	}
	// A spaced dash after a heading marks it as a colon does ("Skills
	// required -"); "docker-" glued to a word is a wrapped compound.
	for _, d := range []string{" -", " –", " —"} {
		if strings.HasSuffix(t, d) {
			t = strings.TrimSpace(strings.TrimSuffix(t, d))
			marked = true
			break
		}
	}
	t = strings.Trim(t, "*_ ")
	if t == "" || strings.Count(t, "(") != strings.Count(t, ")") {
		// An unbalanced parenthesis is a wrapped line ("Experience)"), not a heading.
		return heading{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if last == '.' || last == ',' || last == ';' || last == '!' {
		return heading{}, false
	}
	n := len(strings.Fields(t))
	limit := maxHeadingWords
	if marked {
		limit = maxMarkedHeadingWords
	}
	if n > limit {
		return heading{}, false
	}
	explicit := marked
	if !marked && n >= 2 && allCaps(t) && !strings.ContainsAny(t, ",/|") {
		marked = true
	}
	return heading{display: t, norm: words(t), marked: marked, explicit: explicit}, true
}

// singleCapitalised reports a one-word heading such as "Requirements":
// "Go experience" is a line of content, not a heading.
func singleCapitalised(s string) bool {
	f := strings.Fields(s)
	if len(f) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r)
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

// titleCase reports whether s reads as a title: at least two words, each
// significant word capitalised, none glued together ("AzureTerraform") or
// holding digits or dots, which headings never do.
func titleCase(s string) bool {
	fs := strings.Fields(s)
	if len(fs) < 2 {
		return false
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if strings.ContainsAny(f, ".0123456789,()") {
			return false
		}
		prevLower := false
		for _, c := range f {
			if unicode.IsUpper(c) && prevLower {
				return false
			}
			prevLower = unicode.IsLower(c)
		}
		if unicode.IsLetter(r) && unicode.IsLower(r) && !minorWord[strings.ToLower(f)] {
			return false
		}
	}
	return true
}

func isBullet(s string) bool {
	_, b := stripBullet(s)
	return b
}

// wordCount is len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
