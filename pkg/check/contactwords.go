package check

// Contact tables: phone labels, the places a location names, and the
// profile sites a link may point to.

// phoneLabels before a number make a shorter one a phone number ("Tel:
// 555 0134").
var phoneLabels = []string{"phone", "tel", "telephone", "mobile", "mob", "cell", "ph", "whatsapp", "contact"}

// locationLabels name an address field ("Address: 12 High St").
var locationLabels = []string{"address", "location", "residence", "city", "home"}

// locationPhrases introduce a place ("based in Austin").
var locationPhrases = []string{"based in", "lives in", "living in", "located in", "resident of", "relocating to"}

// usStates are the US state and territory codes and the Canadian
// province codes a "City, ST" location ends with.
var usStates = []string{
	"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
	"LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
	"OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
	"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
}

// places are the state, province and country names a "City, Place"
// location ends with.
var places = []string{
	// US states
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
	"Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
	"Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
	"Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
	"Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
	"Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
	// Canadian provinces, Australian states, UK nations, Indian states often named
	"Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Nova Scotia", "Saskatchewan",
	"New South Wales", "Victoria", "Queensland", "Western Australia", "South Australia", "Tasmania",
	"England", "Scotland", "Wales", "Northern Ireland",
	"Maharashtra", "Karnataka", "Tamil Nadu", "Telangana", "Kerala", "Haryana", "Gujarat", "Delhi", "Uttar Pradesh", "West Bengal",
	// countries
	"USA", "U.S.A.", "US", "United States", "UK", "U.K.", "United Kingdom", "Ireland", "Canada", "Australia",
	"New Zealand", "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Singapore", "Malaysia", "Philippines",
	"Indonesia", "Vietnam", "Thailand", "China", "Hong Kong", "Taiwan", "Japan", "South Korea", "Korea",
	"Germany", "France", "Spain", "Portugal", "Italy", "Netherlands", "Belgium", "Luxembourg", "Switzerland",
	"Austria", "Poland", "Czech Republic", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece",
	"Croatia", "Serbia", "Slovenia", "Ukraine", "Lithuania", "Latvia", "Estonia", "Finland", "Sweden", "Norway",
	"Denmark", "Iceland", "Turkey", "Israel", "UAE", "United Arab Emirates", "Saudi Arabia", "Qatar", "Egypt",
	"Nigeria", "Kenya", "Ghana", "South Africa", "Morocco", "Mexico", "Brazil", "Argentina", "Chile", "Colombia",
	"Peru", "Uruguay", "Costa Rica",
}

// profileSites are the hosts of the links recruiters follow, and what
// each is; a link to another site in the top lines reads as a portfolio.
var profileSites = []struct{ host, name string }{
	{"linkedin.com", "LinkedIn"},
	{"github.com", "GitHub"},
	{"gitlab.com", "GitLab"},
	{"bitbucket.org", "Bitbucket"},
	{"behance.net", "Behance"},
	{"dribbble.com", "Dribbble"},
	{"stackoverflow.com", "Stack Overflow"},
	{"kaggle.com", "Kaggle"},
	{"medium.com", "Medium"},
	{"scholar.google.com", "Google Scholar"},
	{"orcid.org", "ORCID"},
}

// webSuffixes end a bare domain ("danak.dev") read as a personal site.
var webSuffixes = []string{"com", "net", "org", "io", "dev", "me", "co", "app", "site", "page", "info", "tech", "design", "xyz", "blog", "ai"}

// titleWords mark a segment of a contact line as a job title, not a
// place ("Senior Developer · Leeds").
var titleWords = wordSet("engineer", "developer", "manager", "designer", "analyst", "nurse", "teacher", "consultant",
	"specialist", "director", "officer", "assistant", "scientist", "administrator", "coordinator", "accountant",
	"pharmacist", "chef", "cook", "electrician", "paralegal", "executive", "representative", "technician", "lead",
	"intern", "student", "graduate", "architect", "programmer", "writer", "editor", "advisor", "adviser", "agent",
	"clerk", "supervisor", "associate", "partner", "owner", "founder", "head", "president", "vp", "cto", "ceo",
	"senior", "junior", "principal", "staff", "freelance", "remote", "resume", "cv", "curriculum", "vitae", "linkedin",
	"github", "portfolio", "email", "phone", "mobile", "tel")
