package sections

// The posting header: the lines under a posting's title that give the
// employer, the place, the pay and the work pattern ("Acme Medical Devices
// Ltd · Galway, Ireland · Permanent, full-time"). They ask for nothing, so
// a company called "... Logistics" or "... Medical Devices" is no job term.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeaderLines bounds the header: the lines right after the title.
const maxHeaderLines = 4

// maxHeaderWords and maxFieldWords bound a header line and each field.
const (
	maxHeaderWords = 24
	maxFieldWords  = 10
)

// header follows the top of a posting line by line: the first line with
// text is the title, and the header lines follow it, blank lines aside,
// until a line that is no header line (or a known heading).
type header struct {
	titled, over bool
	lines        int
}

// at reports whether raw, the next line of the posting, is a header line.
func (h *header) at(raw string) bool {
	if h.over || strings.TrimSpace(raw) == "" {
		return false
	}
	if !h.titled {
		h.titled = true
		return false
	}
	if h.lines++; h.lines > maxHeaderLines || !headerLine(raw) || knownHeading(raw) {
		h.over = true
		return false
	}
	return true
}

// field kinds of a header line.
const (
	fieldOther = iota
	fieldCompany
	fieldPlace
	fieldWork
	fieldPay
)

// headerLine reports a line made of header fields: split at " · ", " | ",
// " • " or a spaced dash, every field but one (the employer's name, as
// in "Tidewater Software · Remote (US) · Full-time") is a company with
// its legal form, a place, a work pattern or pay; with a company or a
// place named, two may be other ("Prairie Oak Elementary School · Linden
// Grove School District 287 · Aurora, IL"). A line of one field is a
// header when it is a company or pay, an amount with a pay word
// ("£34,000–£38,000 + bonus"): not a pay word alone ("Bonus points", a
// heading) nor an amount alone ("Manage a $2M budget"). A line of skills keeps its role:
// "Python · Go · Kubernetes · Remote" has three other fields.
func headerLine(raw string) bool {
	if wordCount(raw) > maxHeaderWords {
		return false // prose, or a whole posting on one line
	}
	fields := headerFields(raw)
	var n [fieldPay + 1]int
	for _, f := range fields {
		if wordCount(f) > maxFieldWords {
			return false
		}
		n[fieldKind(f)]++
	}
	named := n[fieldCompany]+n[fieldPlace] > 0
	if len(fields) == 1 {
		return n[fieldCompany] > 0 || paySentence(fields[0])
	}
	return len(fields) > n[fieldOther] && (n[fieldOther] <= 1 || named && n[fieldOther] <= 2)
}

// headerFields splits a line at the separators of a header, outside
// brackets: "New York, NY or Remote (US – Eastern time)" is one field.
func headerFields(raw string) []string {
	t := strings.TrimSpace(raw)
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			if w := headerSep(t[i:], i > 0 && t[i-1] == ' '); w > 0 {
				out = appendField(out, t[start:i])
				i += w
				start = i
				continue
			}
		}
		i += n
	}
	return appendField(out, t[start:])
}

// headerSep returns the width of a field separator at the start of s: a
// middle dot, a bar or a bullet, or a dash with a space on both sides
// (spaced says one goes before s).
func headerSep(s string, spaced bool) int {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '·', '|', '•':
		return n
	case '-', '–', '—':
		if spaced && len(s) > n && s[n] == ' ' {
			return n
		}
	}
	return 0
}

func appendField(out []string, f string) []string {
	if f = strings.TrimSpace(f); f != "" {
		out = append(out, f)
	}
	return out
}

// fieldKind classifies one header field, pay first ("$32–$40/hour DOE").
func fieldKind(f string) int {
	w := words(f)
	switch {
	case money(f, w) || findWord(w, payWords):
		return fieldPay
	case findWord(w, workWords):
		return fieldWork
	case findWord(w, legalForms):
		return fieldCompany
	case place(f):
		return fieldPlace
	}
	return fieldOther
}

// findWord reports a phrase of set on word boundaries of padded words.
func findWord(padded string, set []string) bool {
	for _, p := range set {
		if strings.Contains(padded, " "+p+" ") {
			return true
		}
	}
	return false
}

// place reports a place: a region code after a town ("Columbus, OH",
// "Sydney NSW") or capitalised names split by one comma ("Galway,
// Ireland", "Stockport, Greater Manchester").
func place(f string) bool {
	if i := strings.IndexByte(f, '('); i > 0 {
		f = strings.TrimSpace(f[:i]) // "Columbus, OH (hybrid, 3 days in office)"
	}
	fs := strings.Fields(strings.ReplaceAll(f, ",", " , "))
	if len(fs) < 2 {
		return false
	}
	if last := fs[len(fs)-1]; len(last) >= 2 && len(last) <= 3 && allUpperASCII(last) && capitalised(fs[len(fs)-2]) {
		return true
	}
	commas := 0
	for _, w := range fs {
		if w == "," {
			commas++
		} else if !capitalised(w) {
			return false
		}
	}
	return commas == 1 && fs[0] != "," && fs[len(fs)-1] != ","
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func allUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// money reports an amount of money in s (p its padded words): a currency
// sign or code next to a digit ("$32", "£52,000", "€ 1,200", "USD 90k",
// "12 LPA").
func money(s, p string) bool {
	digit := false
	for i, r := range s {
		if r >= '0' && r <= '9' {
			digit = true
		}
		if !strings.ContainsRune("$£€₹¥", r) {
			continue
		}
		rest := strings.TrimLeft(s[i+utf8.RuneLen(r):], " ")
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	if !digit {
		return false
	}
	for _, c := range currencyCodes {
		if i := strings.Index(p, " "+c+" "); i >= 0 && strings.ContainsAny(p[max(0, i-12):min(len(p), i+len(c)+14)], "0123456789") {
			return true
		}
	}
	return false
}

// paySentence reports a sentence about pay: an amount of money with a pay
// word ("Salary range $135,000–$165,000", "Sign-on bonus up to $15,000",
// "$32–$40/hour DOE"). An amount alone is work ("manage a $2M budget",
// "close $50k deals").
func paySentence(s string) bool {
	return payWord(s, words(s)) != ""
}

// maxPayWords bounds a sentence about pay: in a longer one the amount is
// a detail of a posting run together on one line.
const maxPayWords = 30

// payWord returns the pay word of a sentence about pay (paySentence), or "".
func payWord(s, p string) string {
	if !money(s, p) || strings.Count(p, " ") > maxPayWords+1 {
		return ""
	}
	for _, w := range payWords {
		if strings.Contains(p, " "+w+" ") {
			return w
		}
	}
	return ""
}
