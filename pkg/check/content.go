package check

// Content: length, measurable results, weak openings, first-person
// pronouns, repeated opening verbs and clichés. Style findings are warns
// at worst: they cost a reader's attention, not the parse.

import (
	"fmt"
	"github.com/atsmatch/atsmatch/pkg/dates"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word-count band: one to two pages of resume text.
const (
	minWords      = 400
	maxWords      = 800
	tooFewWords   = 150 // below this an ATS has little to match
	minMeasurable = 0.5 // share of experience bullets with a number
	minBullets    = 3   // fewer bullets are too few to judge a share
	maxRepeats    = 3   // an opening verb used this often is repeated,
	repeatShare   = 6   // and in one bullet of six or more
	minItemWords  = 6   // a line without a list marker counts as a bullet from this length
	maxCited      = 3   // items a message quotes
)

func contentFindings(v *view) []Finding {
	items := v.experienceItems()
	return []Finding{
		v.wordsFinding(),
		v.measurableFinding(items),
		v.weakFinding(items),
		v.pronounFinding(),
		v.repeatedFinding(items),
		v.clicheFinding(),
	}
}

func (v *view) wordsFinding() Finding {
	const id = "content.words"
	n := v.words
	band := fmt.Sprintf("%d words (%d-%d is usual for one to two pages)", n, minWords, maxWords)
	switch {
	case n < tooFewWords:
		return Finding{ID: id, Status: Fail, Message: band,
			Fix: "describe each role in bullets, with the skills and results: an ATS has too little text to match"}
	case n < minWords:
		return Finding{ID: id, Status: Warn, Message: band, Fix: "add a bullet or two per role: what you did, with which tools, and the result"}
	case n > maxWords:
		return Finding{ID: id, Status: Warn, Message: band, Fix: "cut older roles and repeated duties to the ones this job asks for"}
	}
	return Finding{ID: id, Status: Pass, Message: band}
}

// experienceItems are the experience section's bullets, or, in a
// section written without list markers, its lines of minItemWords or
// more that are not role headers.
func (v *view) experienceItems() []int {
	exp := v.experienceLines()
	var bullets, lines []int
	for _, i := range exp {
		if v.heading[i] || v.cont[i] || v.text[i] == "" {
			continue
		}
		if v.bullet[i] {
			bullets = append(bullets, i)
		} else if wordCount(v.joined[i]) >= minItemWords && len(v.ranges[i]) == 0 && !v.roleHeader(i) {
			lines = append(lines, i)
		}
	}
	if len(bullets) >= minBullets {
		return bullets
	}
	return append(bullets, lines...)
}

// roleHeader reports a line next to a date range that is no sentence:
// the title or employer line of a role ("Company Name City, State Chef").
func (v *view) roleHeader(i int) bool {
	j := strings.TrimRight(v.joined[i], " ")
	if strings.HasSuffix(j, ".") || strings.HasSuffix(j, ";") || strings.HasSuffix(j, "!") {
		return false
	}
	return i > 0 && len(v.ranges[i-1]) > 0 || i+1 < len(v.ranges) && len(v.ranges[i+1]) > 0
}

func (v *view) measurableFinding(items []int) Finding {
	const id = "content.measurable"
	if len(items) < minBullets {
		return Finding{ID: id, Status: Pass, Message: fmt.Sprintf("%d experience %s: too few to judge", len(items), plural(len(items), "bullet", "bullets"))}
	}
	var without []int
	for _, i := range items {
		if !measurable(v.joined[i]) {
			without = append(without, i)
		}
	}
	with := len(items) - len(without)
	msg := fmt.Sprintf("%d of %d experience bullets (%d%%) show a measurable result (a number, %%, or amount)", with, len(items), with*100/len(items))
	if float64(with) >= minMeasurable*float64(len(items)) {
		return Finding{ID: id, Status: Pass, Message: msg}
	}
	slices.Sort(without)
	return Finding{ID: id, Status: Warn, Message: msg, Lines: lineNumbers(without),
		Fix: `give at least half of your bullets a number: how many, how much, how fast ("cut build time from 40 to 12 minutes")`}
}

// measurable reports a number, percentage or amount in s, dates aside.
func measurable(s string) bool {
	if strings.ContainsAny(s, currencySigns) {
		return true
	}
	// Blank the dates out: "2019 - 2021" is no result.
	b := []byte(s)
	for _, t := range dates.Dates(s) {
		for k := t.Start; k < t.End; k++ {
			b[k] = ' '
		}
	}
	rest := string(b)
	if strings.ContainsAny(rest, "0123456789") {
		return true
	}
	for _, w := range lineWords(rest) {
		if numberWords[w] {
			return true
		}
	}
	return false
}

func (v *view) weakFinding(items []int) Finding {
	const id = "content.weak-start"
	var weak []int
	var phrases []string
	for _, i := range items {
		if p := weakStart(v.text[i]); p != "" {
			weak = append(weak, i)
			if !slices.Contains(phrases, p) {
				phrases = append(phrases, p)
			}
		}
	}
	if len(weak) == 0 {
		return Finding{ID: id, Status: Pass, Message: "no bullet opens with a weak phrase (\"responsible for\", \"helped with\")"}
	}
	slices.Sort(weak)
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("%d %s with a weak phrase: %s", len(weak), plural(len(weak), "bullet opens", "bullets open"), quoteList(phrases)),
		Lines:   lineNumbers(weak),
		Fix:     `open with an action verb and the result ("Ran payroll for 300 staff", not "Responsible for payroll")`}
}

// weakStart is the weak phrase s opens with (after an "I"), or "".
func weakStart(s string) string {
	p := padded(s)
	p = strings.TrimPrefix(p, " i ")
	if !strings.HasPrefix(p, " ") {
		p = " " + p
	}
	best := ""
	for _, w := range weakPhrases {
		if strings.HasPrefix(p, " "+w+" ") && len(w) > len(best) {
			best = w
		}
	}
	return best
}

func (v *view) pronounFinding() Finding {
	const id = "content.pronouns"
	var lines []int
	var seen []string
	count := 0
	for i, l := range v.d.Lines {
		ws := pronouns(l)
		if len(ws) == 0 {
			continue
		}
		count += len(ws)
		lines = append(lines, i)
		for _, w := range ws {
			if !slices.Contains(seen, w) {
				seen = append(seen, w)
			}
		}
	}
	if count == 0 {
		return Finding{ID: id, Status: Pass, Message: "no first-person pronouns"}
	}
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("%d first-person %s (%s) on %d %s", count, plural(count, "pronoun", "pronouns"), quoteList(seen), len(lines), plural(len(lines), "line", "lines")),
		Lines:   lineNumbers(lines),
		Fix:     `leave out "I", "my" and "me": "Led the migration", not "I led my team's migration"`}
}

// pronouns lists the first-person pronouns of s as written. "I" counts
// before a lower-case word or as "I'm"; "ME" in capitals (Maine) does not
// count, nor "I" as a numeral ("Phase I").
func pronouns(s string) []string {
	var out []string
	fields := strings.Fields(s)
	for k, f := range fields {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		w = strings.ReplaceAll(w, "’", "'")
		if w == "" {
			continue
		}
		low := strings.ToLower(w)
		switch {
		case w == "I":
			if k > 0 && numeralBefore[strings.ToLower(strings.Trim(fields[k-1], ",.;:()"))] {
				continue // "Level I", "Phase I"
			}
			if k+1 < len(fields) {
				r, _ := utf8.DecodeRuneInString(fields[k+1])
				if unicode.IsLower(r) {
					out = append(out, w)
				}
			}
		case firstPerson[low] && w != strings.ToUpper(w):
			out = append(out, w)
		case firstPerson[low] && strings.HasPrefix(low, "i'"):
			out = append(out, w)
		}
	}
	return out
}

func (v *view) repeatedFinding(items []int) Finding {
	const id = "content.repeated"
	at := map[string][]int{}
	var order []string
	for _, i := range items {
		ws := lineWords(v.text[i])
		if len(ws) == 0 || !verbShape(ws[0]) {
			continue
		}
		if _, ok := at[ws[0]]; !ok {
			order = append(order, ws[0])
		}
		at[ws[0]] = append(at[ws[0]], i)
	}
	limit := max(maxRepeats, (len(items)+repeatShare-1)/repeatShare)
	var rep []string
	var lines []int
	for _, w := range order {
		if len(at[w]) >= limit {
			rep = append(rep, fmt.Sprintf("%q ×%d", w, len(at[w])))
			lines = append(lines, at[w]...)
		}
	}
	if len(rep) == 0 {
		return Finding{ID: id, Status: Pass, Message: fmt.Sprintf("no verb opens %d or more of the %d experience bullets", limit, len(items))}
	}
	slices.Sort(lines)
	if len(rep) > maxCited {
		rep = append(rep[:maxCited], fmt.Sprintf("and %d more", len(rep)-maxCited))
	}
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("the same verb opens %d or more of the %d experience bullets: %s", limit, len(items), strings.Join(rep, ", ")),
		Lines:   lineNumbers(lines),
		Fix:     `vary the opening verbs ("Led", "Built", "Cut", "Launched"): a list of "Managed ..." reads as one duty`}
}

// verbShape: a word that reads as an opening verb: past tense ("Led",
// "Managed"), a gerund ("Managing") or the third person ("Manages"), and
// none of the adjectives and nouns with those endings.
func verbShape(w string) bool {
	if notVerbs[w] || notPast[w] || notDuty[w] {
		return false
	}
	if irregularPast[w] {
		return true
	}
	if len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "ics")
}

func (v *view) clicheFinding() Finding {
	const id = "content.cliches"
	var lines []int
	var found []string
	for i, l := range v.d.Lines {
		hit := false
		clicheSet.each(appendPadded(nil, l), func(c string) {
			hit = true
			if !slices.Contains(found, c) {
				found = append(found, c)
			}
		})
		if hit {
			lines = append(lines, i)
		}
	}
	if len(found) == 0 {
		return Finding{ID: id, Status: Pass, Message: "no clichés"}
	}
	return Finding{ID: id, Status: Warn,
		Message: fmt.Sprintf("%d %s: %s", len(found), plural(len(found), "cliché", "clichés"), quoteList(found)),
		Lines:   lineNumbers(lines),
		Fix:     "replace each claim with the evidence for it: what you did and what came of it"}
}

var clicheSet = newPhraseSet(cliches)

// quoteList quotes up to maxCited items, then says how many more.
func quoteList(items []string) string {
	var q []string
	for i, s := range items {
		if i == maxCited {
			q = append(q, fmt.Sprintf("and %d more", len(items)-i))
			break
		}
		q = append(q, fmt.Sprintf("%q", s))
	}
	return strings.Join(q, ", ")
}
