package check

// Content tables: weak openings, first-person pronouns, clichés, the
// words that state a quantity, and the words a repeated-verb count
// leaves out.

// weakPhrases open a bullet with a duty instead of a result ("Responsible
// for the payroll" rather than "Ran payroll for 300 staff").
var weakPhrases = []string{
	"responsible for", "was responsible for", "were responsible for", "primary responsibility", "main responsibility",
	"responsibilities included", "responsibilities include", "duties included", "duties include", "my duties",
	"helped with", "helped to", "helped", "assisted with", "assisted in", "assisted", "worked on", "worked with",
	"tasked with", "in charge of", "participated in", "involved in", "was involved in", "took part in",
	"handled", "dealt with", "tried to", "attempted to", "exposure to", "familiar with", "supported",
}

// firstPerson are the first-person pronouns a resume leaves out ("I led"
// reads as "Led"). "I" is matched apart: it must be a pronoun, not a
// roman numeral ("Level I").
var firstPerson = wordSet("me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll")

// numeralBefore make the "I" after them a roman numeral ("Level I").
var numeralBefore = wordSet("level", "phase", "grade", "tier", "part", "class", "stage", "type", "step", "unit",
	"chapter", "section", "volume", "series", "division", "title", "schedule", "article", "war", "band", "year")

// cliches are phrases recruiters read past: claims that show nothing.
var cliches = []string{
	"results-oriented", "results oriented", "results-driven", "results driven", "detail-oriented", "detail oriented",
	"team player", "hard worker", "hard-working", "hardworking", "go-getter", "self-starter", "self starter",
	"think outside the box", "thinking outside the box", "outside-the-box", "proven track record", "track record of success",
	"synergy", "synergies", "go-to person", "people person", "fast learner", "quick learner", "fast-paced environment",
	"dynamic individual", "highly motivated", "self-motivated", "motivated individual", "passionate about",
	"hit the ground running", "value add", "value-add", "best of breed", "thought leader", "rockstar", "rock star",
	"ninja", "guru", "seasoned professional", "works well under pressure", "work well under pressure",
	"strong work ethic", "wears many hats", "bottom line", "win-win",
}

// numberWords state a quantity without digits ("a team of five",
// "doubled sales").
var numberWords = wordSet(
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
	"eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
	"billions", "dozen", "dozens", "double", "doubled", "doubling", "triple", "tripled", "tripling", "halved",
	"quadrupled", "twice", "percent",
)

// currencySigns mark an amount.
const currencySigns = "$€£¥₹%"

// notVerbs are bullet openings that are not action verbs, so they never
// count as a repeated verb.
var notVerbs = wordSet("a", "an", "the", "and", "of", "in", "on", "for", "to", "with", "as", "at", "by", "i", "my",
	"we", "our", "this", "that", "these", "those", "all", "other", "new", "each", "over", "more", "most", "also", "key",
	"daily", "being", "during", "including", "according", "following", "regarding", "various", "duties", "salary",
	"morning", "evening", "training", "building", "engineering", "marketing", "accounting", "nursing", "banking",
	"manufacturing", "consulting", "purchasing", "advertising", "planning", "scheduling", "billing", "budgeting",
	"staffing", "recruiting", "programming", "processing", "tutoring", "catering", "housekeeping", "bookkeeping")

// bulletMarkers open a list item; "1." and "1)" are read apart.
var bulletMarkers = []string{"•", "- ", "* ", "· ", "▪", "◦", "–", "—", "‣", "●", "■", "►", "➢", "➤", "✓", "✔", "❖", "○", "o "}
