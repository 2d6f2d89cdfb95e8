package requirements

// The degree ladder, as data: the level names reports use and the
// dictionary terms that are those levels, lowest first. Spellings and the
// order itself are the dictionary's (each level's term is broader than the
// next: TestLadderMatchesDictionary checks it); this table only names the
// rungs.
var ladder = []struct {
	level, termID string
}{
	{"diploma", "high-school-diploma"},
	{"associate", "associate-degree"},
	{"bachelor", "bachelors-degree"},
	{"master", "masters-degree"},
	{"doctorate", "phd"},
}

// bachelorLevel is the rung a bare "degree" asks for ("a degree in
// Computer Science"): postings that accept less name it.
const bachelorLevel = 2

// educationCategories are the dictionary categories of education terms
// besides the ladder's (trade and school-leaving qualifications).
var educationCategories = map[string]bool{"degree": true, "vocational": true}

// pursuingCues on a resume line mean a degree not yet held ("MBA
// candidate", "Pursuing CMA", "expected 2026").
var pursuingCues = []string{"pursuing", "expected", "candidate", "in progress", "ongoing", "currently studying",
	"currently enrolled", "enrolled in", "working towards", "working toward", "studying for", "incomplete", "anticipated"}

// degreeWordSkip are the words before a bare "degree" that make it no
// qualification ("360-degree", "a high degree of").
var degreeWordSkip = map[string]bool{
	"high": true, "some": true, "certain": true, "great": true, "large": true, "what": true, "varying": true,
	"360": true, "180": true, "90": true, "third": true, "first": true, "second": true, "to": true, "lesser": true,
}

// degreeWordNext are the words after a bare "degree" that make it a
// qualification ("Degree in", "Degree or Diploma", "degree required").
var degreeWordNext = map[string]bool{
	"in": true, "or": true, "and": true, "from": true, "required": true, "preferred": true,
	"level": true, "qualified": true, "holder": true, "educated": true, "hnd": true, "qualification": true,
	"is": true, "with": true, "plus": true, "": true,
}

// fieldStops end a degree's field ("in Computer Science or a related
// field").
var fieldStops = []string{" or a ", " or an ", " or similar", " or equivalent", " or another", " or other",
	" from ", " at ", " with ", " plus ", " and/or", ";", ". ", ")", " - ", " | ", " · ", " (", " is ", " are "}
