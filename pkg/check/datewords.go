package check

// Date tables: month names, seasons, the words for "until now" and what
// separates the two ends of a range. The regular expressions in dates.go
// are built from them.

// months are the month names with their abbreviations, January first;
// "sept" is a common four-letter abbreviation.
var months = [12][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
	{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
	{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
}

// seasons map a season to the month it stands for when ordering roles.
var seasons = map[string]int{"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}

// presentWords end a range that runs until now ("2019 - Present"); "to
// date" is the separator "to" and "date".
var presentWords = []string{"present", "current", "currently", "now", "today", "ongoing", "date"}

// rangeSeparators join the two ends of a range.
var rangeSeparators = []string{"-", "–", "—", "−", "~", "to", "until", "till", "through", "thru", "->", "→"}

// openStarts begin a range with no end ("Since 2019").
var openStarts = []string{"since", "from"}
