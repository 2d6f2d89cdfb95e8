package requirements

// The words job titles are made of, as data: what a title's role noun is,
// which words say seniority, and which specialties a broad one covers.

// roleNouns maps a title's role noun to its class: two titles with nouns of
// one class name the same kind of job ("Engineer" and "Developer").
var roleNouns = map[string]string{
	"engineer": "engineer", "developer": "engineer", "programmer": "engineer", "sde": "engineer",
	"architect": "architect", "administrator": "administrator", "admin": "administrator", "sysadmin": "administrator",
	"analyst": "analyst", "scientist": "scientist", "designer": "designer",
	"manager": "manager", "director": "director", "head": "director",
	"nurse": "nurse", "rn": "nurse", "lpn": "nurse", "pharmacist": "pharmacist",
	"chef": "chef", "cook": "chef", "electrician": "electrician", "plumber": "plumber",
	"carpenter": "carpenter", "welder": "welder", "mechanic": "mechanic", "technician": "technician",
	"paralegal": "paralegal", "lawyer": "lawyer", "attorney": "lawyer", "solicitor": "lawyer",
	"teacher": "teacher", "educator": "teacher", "tutor": "teacher", "lecturer": "teacher",
	"accountant": "accountant", "bookkeeper": "accountant", "auditor": "auditor",
	"generalist": "generalist", "recruiter": "recruiter",
	// Staff titles one function gives under many names: an Accounts
	// Payable Executive, Associate, Specialist or Clerk do one job.
	"executive": "staff", "ae": "staff", "representative": "staff", "rep": "staff",
	"associate": "staff", "assistant": "staff", "specialist": "staff", "coordinator": "staff",
	"officer": "staff", "clerk": "staff", "agent": "staff", "advisor": "staff", "adviser": "staff",
	"consultant": "consultant", "supervisor": "supervisor",
	"physician": "physician", "doctor": "physician", "therapist": "therapist",
	"driver": "driver", "operator": "operator", "writer": "writer", "editor": "editor",
	"owner": "owner", "marketer": "marketer",
	"planner": "planner", "buyer": "buyer", "cashier": "cashier", "receptionist": "receptionist",
	"worker": "worker", "intern": "intern", "apprentice": "apprentice", "trainee": "trainee",
	// Trades, care, hospitality, retail, office and professions: a noun
	// is its own class.
	"baker": "baker", "butcher": "butcher", "barista": "barista", "bartender": "bartender",
	"server": "server", "waiter": "server", "waitress": "server", "dishwasher": "dishwasher",
	"housekeeper": "housekeeper", "cleaner": "cleaner", "porter": "porter", "caregiver": "carer",
	"carer": "carer", "aide": "aide", "nanny": "nanny", "midwife": "midwife", "paramedic": "paramedic",
	"dentist": "dentist", "hygienist": "hygienist", "optometrist": "optometrist", "surgeon": "surgeon",
	"veterinarian": "veterinarian", "phlebotomist": "phlebotomist", "radiographer": "radiographer",
	"sonographer": "sonographer", "counselor": "counselor", "counsellor": "counselor",
	"psychologist": "psychologist", "librarian": "librarian", "translator": "translator",
	"interpreter": "translator", "photographer": "photographer", "illustrator": "illustrator",
	"animator": "animator", "journalist": "journalist", "reporter": "journalist", "copywriter": "writer",
	"surveyor": "surveyor", "estimator": "estimator", "inspector": "inspector", "machinist": "machinist",
	"fabricator": "fabricator", "painter": "painter", "roofer": "roofer", "mason": "mason",
	"bricklayer": "mason", "landscaper": "landscaper", "gardener": "gardener", "labourer": "labourer",
	"laborer": "labourer", "installer": "installer", "fitter": "fitter", "joiner": "carpenter",
	"pilot": "pilot", "attendant": "attendant", "courier": "courier", "packer": "packer",
	"picker": "picker", "loader": "loader", "merchandiser": "merchandiser", "stocker": "stocker",
	"actuary": "actuary", "economist": "economist", "statistician": "statistician",
	"researcher": "researcher", "professor": "teacher", "instructor": "teacher", "trainer": "trainer",
	"coach": "coach", "chemist": "chemist", "biologist": "biologist", "physicist": "physicist",
	"geologist": "geologist", "secretary": "secretary", "dispatcher": "dispatcher",
	"scheduler": "scheduler", "underwriter": "underwriter", "broker": "broker", "banker": "banker",
	"teller": "teller", "controller": "controller", "treasurer": "treasurer", "judge": "judge",
	"producer": "producer", "tester": "tester", "firefighter": "firefighter", "guard": "guard",
}

// genericRoles are classes too broad to make two titles close on their
// own: a Product Manager is no Project Manager, a Data Engineer no Backend
// Engineer. Titles of these classes are close only when they also share a
// specialty word, or one of them names none (or a broad one).
var genericRoles = map[string]bool{
	"engineer": true, "manager": true, "director": true, "analyst": true, "staff": true,
	"consultant": true, "supervisor": true, "administrator": true, "technician": true,
	"architect": true, "scientist": true, "owner": true, "operator": true, "worker": true,
	"intern": true, "trainee": true, "apprentice": true,
}

// seniority are words of a title that say rank, not role.
var seniority = map[string]bool{
	"senior": true, "sr": true, "junior": true, "jr": true, "lead": true, "principal": true,
	"staff": true, "chief": true, "deputy": true, "graduate": true, "entry": true, "level": true,
	"mid": true, "midlevel": true, "entrylevel": true, "i": true, "ii": true, "iii": true, "iv": true,
	"journeyman": true, "master": true, "trainee": true, "apprentice": true, "intern": true,
	"head": true, "assistant": true, "associate": true, "vice": true,
}

// broadSpecialties are specialty words that cover narrower ones: a
// Software Engineer and a Backend Developer are close.
var broadSpecialties = map[string][]string{
	"software": {"backend", "frontend", "fullstack", "full", "stack", "web", "mobile", "ios", "android",
		"platform", "application", "applications", "api", "cloud", "embedded", "systems", "java", "python",
		"golang", "go", "javascript", "typescript", "react", "node", "ruby", "rails", "php", "net", "dotnet",
		"c", "scala", "kotlin", "swift", "rust", "game", "ui"},
}

// titleFiller are words of a title that say neither role nor specialty.
var titleFiller = map[string]bool{
	"and": true, "or": true, "of": true, "the": true, "a": true, "an": true, "in": true, "for": true,
	"to": true, "at": true, "with": true, "m": true, "f": true, "d": true, "w": true, "x": true,
}

// titleLabels introduce a posting's title on its own line.
var titleLabels = []string{"job title", "position title", "position", "role", "title", "job", "vacancy", "opening"}
