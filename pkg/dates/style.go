package dates

// Style is how one end of a range, or one date, is written: what a check
// for one date format throughout compares. It does not change a
// duration.
type Style uint8

// Styles.
const (
	StyleNone        Style = iota // the present ("Present", "to date"), or no end written ("Since 2019")
	StyleMonthAbbr                // "Jan 2019", "Sept. 2020"
	StyleMonthFull                // "January 2019", "March 15, 2018"
	StyleMonthEither              // "May 2019", "June 2019": the full name is as short as an abbreviation
	StyleMonthShort               // "Jan '19"
	StyleSeason                   // "Summer 2019"
	StyleMonthYear                // "01/2019", "3.2019", "03-2019"
	StyleDate                     // "01/15/2019", "15/03/2018": a numeric date, year last
	StyleYearMonth                // "2019-01", "2018.03", "2018-03-15": year first
	StyleYear                     // "2019"
)

// monthStyle is the style of a month name as written (lower case, no dot).
func monthStyle(word string) Style {
	if _, ok := fullMonths[word]; ok {
		if len(word) <= 4 {
			return StyleMonthEither
		}
		return StyleMonthFull
	}
	return StyleMonthAbbr
}

// fullMonths are the month names written in full.
var fullMonths = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// Date is one date written in a line, alone or as an end of a range.
type Date struct {
	Start, End int  // byte offsets in the line
	YearOnly   bool // a year alone ("2019")
	Present    bool // a word for the present ("Present", "Now")
	Style      Style
}

// Dates returns the dates written in line, in order: every end of a range
// and every date alone. A month name without a year is no date.
func Dates(line string) []Date {
	if !mayHaveYear(line) {
		return nil
	}
	p := parser{line: line, toks: lex(line, make([]token, 0, len(line)/4+4))}
	var out []Date
	for i := 0; i < len(p.toks); {
		d, next, ok := p.dateAt(i)
		if !ok || d.year == 0 && !d.present {
			i++
			continue
		}
		out = append(out, Date{Start: d.start, End: d.end, YearOnly: d.year != 0 && d.month == 0 && d.season == "",
			Present: d.present, Style: d.style})
		i = next
	}
	return out
}

// Joins reports text that joins two dates into a range, as written
// between them: a dash or a word such as "to" or "until", spaces around.
func Joins(between string) bool {
	p := parser{line: between, toks: lex(between, nil)}
	switch {
	case len(p.toks) == 1:
		return p.isDash(0) || p.is(0, toWords)
	case len(p.toks) == 2:
		return p.isDash(0) && p.is(1, toWords) // "- till date"
	}
	return false
}
