package dates

// The words dates are written with, as data.

// monthNames maps a month's name, full or abbreviated, lower case and
// without a dot, to its number.
var monthNames = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// seasons maps a season to its first and last month; winter starts in
// December of the year before (first 0).
var seasons = map[string][2]int{
	"spring": {3, 5},
	"summer": {6, 8},
	"fall":   {9, 11},
	"autumn": {9, 11},
	"winter": {0, 2},
}

// presentWords end an open range ("2019 - Present", "to date").
var presentWords = map[string]bool{
	"present": true, "current": true, "currently": true, "now": true, "today": true,
	"date": true, "ongoing": true,
}

// toWords separate the two ends of a range as a dash does.
var toWords = map[string]bool{
	"to": true, "through": true, "thru": true, "until": true, "till": true, "til": true,
}

// openWords start a range that runs to the present ("Since 2019").
var openWords = map[string]bool{"since": true}

// Years outside these bounds are not dates of a career.
const (
	minYear = 1950
	maxYear = 2100
)
