package check

// Contact details: an email, a phone number, a location and a profile
// link, found in the body and not only in a page header, footer or text
// box, which many ATS parsers drop.

import (
	"fmt"
	"github.com/atsmatch/atsmatch/pkg/dates"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	emailRe = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
	// phoneRe finds digit runs with phone punctuation; phoneNumber decides.
	phoneRe      = regexp.MustCompile(`\+?\(?\d[\d\s().\-/]{5,}\d`)
	phoneLabelRe = regexp.MustCompile(`(?i)\b(?:` + alternation(phoneLabels) + `)\.?\s*(?:no\.?|number|#)?\s*[:.]?\s*$`)
	// locationRe: "City, ST" or "City, Place", ended by the line, a ZIP
	// code or a separator, so "Crystal Reports, MS Access" is none.
	locationRe = regexp.MustCompile(`\b\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,3}\s*,\s*(?:` +
		alternation(usStates) + `|` + alternation(places) + `)(?:\s+\d{5}(?:-\d{4})?)?\b`)
	// placeEndRe is what may follow a location: the line's end, a
	// separator, a gap, a lower-case word (a link), a number or a sign.
	placeEndRe   = regexp.MustCompile(`^(?:\s*$|\s*[|•·,;()/]|\s{2}|\s[-–—]\s|\s+(?:\p{Ll}|\+|\d|\())`)
	gpaRe        = regexp.MustCompile(`\d\.\d+\s*/\s*\d`) // "3.35/4.0"
	ukPostcodeRe = regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b`)
	// locationLabelRe: "Address: ..." as a field, or "based in Austin".
	locationLabelRe = regexp.MustCompile(`(?i:(?:^|[|•·,]\s*)(?:` + alternation(locationLabels) + `)\s*:\s*\S)|(?i:\b(?:` +
		alternation(locationPhrases) + `))\s+\p{Lu}`)
	// urlRe: a URL, or a lower-case bare domain ("danak.dev"; not "ASP.NET").
	urlRe = regexp.MustCompile(`(?i:\b(?:https?://|www\.)[^\s|,;()<>]+)|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:` + alternation(webSuffixes) + `)(?:/[^\s|,;()<>]*)?\b`)
)

// contactFindings checks the four contact details.
func contactFindings(v *view) []Finding {
	return []Finding{
		v.contact("contact.email", "email address", v.find(emailRe, false, nil), Fail,
			"add your email address to the top of the resume, in the body text"),
		v.contact("contact.phone", "phone number", v.find(phoneRe, false, phoneNumber), Warn,
			"add a phone number under your name, in the body text"),
		v.contact("contact.location", "location", v.locations(), Warn,
			`add your city and region or country under your name ("Austin, TX"): many ATS filters search by location`),
		v.linkFinding(),
	}
}

// hit is a detail found on a line.
type hit struct {
	line int // 0-based
	text string
}

// find returns re's matches on every line, kept by ok when it is given
// (ok gets the line and the match's offsets). In the body matches come
// first, so a message cites the body.
func (v *view) find(re *regexp.Regexp, topOnly bool, ok func(line string, lo, hi int) bool) []hit {
	var body, other []hit
	n := len(v.d.Lines)
	if topOnly {
		n = v.top
	}
	for i := range n {
		l := v.d.Lines[i]
		for _, m := range re.FindAllStringIndex(l, -1) {
			if ok != nil && !ok(l, m[0], m[1]) {
				continue
			}
			h := hit{i, strings.TrimSpace(l[m[0]:m[1]])}
			if v.region[i] == "" {
				body = append(body, h)
			} else {
				other = append(other, h)
			}
		}
	}
	if topOnly {
		// Headers and footers are not in the top block's line range;
		// look for them there too.
		for i := n; i < len(v.d.Lines); i++ {
			if v.region[i] == "" {
				continue
			}
			for _, m := range re.FindAllStringIndex(v.d.Lines[i], -1) {
				if ok == nil || ok(v.d.Lines[i], m[0], m[1]) {
					other = append(other, hit{i, strings.TrimSpace(v.d.Lines[i][m[0]:m[1]])})
				}
			}
		}
	}
	return append(body, other...)
}

// contact turns the hits for one detail into a finding: pass when one is
// in the body, warn when all are in a header, footer or text box, and
// missing (status) when there is none.
func (v *view) contact(id, what string, hits []hit, missing Status, fix string) Finding {
	if len(hits) == 0 {
		return Finding{ID: id, Status: missing, Message: "no " + what + " found", Fix: fix}
	}
	h := hits[0]
	if kind := v.region[h.line]; kind != "" {
		return Finding{ID: id, Status: Warn,
			Message: fmt.Sprintf("%s %q only in a %s, which many ATS parsers drop", what, h.text, kind),
			Lines:   []int{h.line + 1},
			Fix:     fmt.Sprintf("move the %s out of the %s into the body text under your name", what, kind)}
	}
	return Finding{ID: id, Status: Pass, Message: fmt.Sprintf("%s found: %s", what, h.text), Lines: []int{h.line + 1}}
}

// phoneNumber decides whether a digit run is a phone number: 9 to 15
// digits (7 or more after a label such as "Tel:"), and not years ("2016 -
// 2019") or a date.
func phoneNumber(line string, lo, hi int) bool {
	s := line[lo:hi]
	if gluedToWord(line, lo, hi) {
		return false // a reference number ("RQ-0950-2023-1-Practicante")
	}
	digits := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	labelled := phoneLabelRe.MatchString(line[:lo])
	if digits > 15 || digits < 7 || (digits < 9 && !labelled) {
		return false
	}
	// An unbroken run of digits is an id, not a number to call, unless
	// labelled or written "+44...".
	if !labelled && !strings.HasPrefix(s, "+") && !strings.ContainsAny(s, " -.()") {
		return false
	}
	if gpaRe.MatchString(s) || len(findRanges(s)) > 0 || (!labelled && yearsOnly(s)) {
		return false
	}
	for _, t := range dates.Dates(s) {
		if !t.YearOnly && !t.Present {
			return false // "2323 04/2013", "03/15/2019"
		}
	}
	return true
}

// gluedToWord reports letters right before or after line[lo:hi], or
// across one hyphen, slash or dot.
func gluedToWord(line string, lo, hi int) bool {
	before := strings.TrimRight(line[:lo], "-/.")
	after := strings.TrimLeft(line[hi:], "-/.")
	if before != "" {
		if r, _ := utf8.DecodeLastRuneInString(before); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	if after != "" {
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// yearsOnly reports digit groups that are all years ("2016 2017 2018").
func yearsOnly(s string) bool {
	groups := strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	for _, g := range groups {
		if len(g) != 4 || (g[:2] != "19" && g[:2] != "20") {
			return false
		}
	}
	return true
}

// locations finds a location in the top lines: "City, ST", "City,
// Country", a UK postcode, a labelled address, or a place named beside
// the email or phone number on a contact line ("Manchester · me@x.org").
func (v *view) locations() []hit {
	var out []hit
	placeEnd := func(line string, lo, hi int) bool { return placeEndRe.MatchString(line[hi:]) }
	for k, re := range []*regexp.Regexp{locationRe, ukPostcodeRe, locationLabelRe} {
		ok := placeEnd
		if k > 0 {
			ok = nil
		}
		for _, h := range v.find(re, true, ok) {
			h.text = strings.TrimRight(h.text, " |·•,;-–—")
			out = append(out, h)
		}
		if len(out) > 0 && v.region[out[0].line] == "" {
			break
		}
	}
	if len(out) == 0 {
		out = v.contactLinePlaces()
	}
	// The body first, then by line.
	best := -1
	for i, h := range out {
		if best < 0 || (v.region[h.line] == "") && (v.region[out[best].line] != "" || h.line < out[best].line) {
			best = i
		}
	}
	if best > 0 {
		out[0], out[best] = out[best], out[0]
	}
	return out
}

// contactLinePlaces finds, on a top line holding an email or a phone
// number, a segment between separators (· | • – and the like) that
// reads as a place: one to four capitalised words, no digits but a
// postcode's, no job title.
func (v *view) contactLinePlaces() []hit {
	var out []hit
	for i := range v.d.Lines {
		if i >= v.top && v.region[i] == "" {
			continue
		}
		l := v.d.Lines[i]
		if !emailRe.MatchString(l) && !hasPhone(l) {
			continue
		}
		for _, seg := range contactSeparators.Split(l, -1) {
			if p := strings.Trim(seg, " ,;"); placeLike(p) {
				out = append(out, hit{i, p})
				break
			}
		}
	}
	return out
}

// contactSeparators split a contact line into its fields.
var contactSeparators = regexp.MustCompile(`\s*(?:[|·•●▪◦⋅♦]|\s[-–—]\s|\s{3,})\s*`)

// placeLike: one to four words, each capitalised or a region code, with
// no job-title word, no "@" and no URL.
func placeLike(s string) bool {
	if s == "" || strings.ContainsAny(s, "@/:0123456789") {
		return false
	}
	ws := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || titleWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// linkFinding checks for a LinkedIn or portfolio link: a profile site's
// link anywhere, or another link in the top lines, where it is a contact
// detail and not a product or an employer's site. A school's or a
// government's site is no portfolio.
func (v *view) linkFinding() Finding {
	hits := v.find(urlRe, false, func(line string, lo, hi int) bool {
		return !emailDomain(line, lo, hi) && siteName(strings.ToLower(line[lo:hi])) != ""
	})
	for _, h := range v.find(urlRe, true, func(line string, lo, hi int) bool {
		return !emailDomain(line, lo, hi) && !institution(strings.ToLower(line[lo:hi]))
	}) {
		if !containsHit(hits, h) {
			hits = append(hits, h)
		}
	}
	f := v.contact("contact.link", "LinkedIn or portfolio link", hits, Warn,
		"add your LinkedIn profile URL (linkedin.com/in/you) or a portfolio link under your name")
	if f.Status == Pass {
		h := hits[0]
		name := siteName(strings.ToLower(h.text))
		if name == "" {
			name = "portfolio"
		}
		f.Message = fmt.Sprintf("%s link found: %s", name, h.text)
	}
	return f
}

// emailDomain reports a match inside an email address.
func emailDomain(line string, lo, hi int) bool {
	return lo > 0 && line[lo-1] == '@' || strings.Contains(line[lo:hi], "@") || hi < len(line) && line[hi] == '@'
}

// institution reports a school's or a government's site.
func institution(low string) bool {
	host, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(low, "https://"), "http://"), "/")
	for _, s := range []string{".edu", ".gov", ".mil", ".ac.", ".edu.", ".gov."} {
		if strings.HasSuffix(host, strings.TrimSuffix(s, ".")) || strings.Contains(host, s) {
			return true
		}
	}
	return false
}

func containsHit(hs []hit, h hit) bool {
	for _, x := range hs {
		if x.line == h.line && strings.Contains(x.text, h.text) {
			return true
		}
	}
	return false
}

// siteName names a profile site's link ("LinkedIn"), or "".
func siteName(low string) string {
	for _, s := range profileSites {
		if strings.Contains(low, s.host) {
			return s.name
		}
	}
	return ""
}

// alternation is words as a regular-expression alternation, each quoted.
func alternation(words []string) string {
	alts := make([]string, len(words))
	for i, w := range words {
		alts[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(alts, "|")
}
