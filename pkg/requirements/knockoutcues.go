package requirements

// Knockout kinds and the phrases that show them, as data. Phrases are
// matched in lower case at word boundaries; a cue with "needs" counts only
// when its clause also has one of those words.

// Knockout kinds.
const (
	KnockWorkAuthorization = "work_authorization"
	KnockSponsorship       = "sponsorship"
	KnockClearance         = "clearance"
	KnockLicence           = "licence"
	KnockCertification     = "certification"
	KnockRelocation        = "relocation"
	KnockTravel            = "travel"
	KnockTransport         = "transport"
	KnockShift             = "shift"
	KnockPhysical          = "physical"
	KnockBackgroundCheck   = "background_check"
	KnockAge               = "age"
)

type knockCue struct {
	kind   string
	phrase string
	needs  []string // one of these must be in the clause too; none: the phrase alone
}

var (
	validWords   = []string{"valid", "current", "active", "must", "required", "require", "requires", "hold", "holds", "obtain", "eligible", "unrestricted", "clean", "in date", "mandatory", "essential"}
	travelWords  = []string{"required", "willing", "must", "up to", "%", "percent", "overnight", "frequent", "regular", "occasional", "extensive", "domestic", "international", "ability to"}
	weightUnits  = []string{"lbs", "lb", "pounds", "kg", "kgs", "kilos", "kilograms", "stone"}
	licenceWords = []string{"valid", "current", "active", "must", "required", "hold", "holds", "obtain", "eligible",
		"unrestricted", "clean", "state", "driver", "driver's", "driving", "professional", "registered", "rn",
		"journeyman", "master", "nursing", "teaching", "educator", "multistate", "compact", "full"}
)

var knockCues = []knockCue{
	{KnockSponsorship, "sponsorship", nil},
	{KnockSponsorship, "sponsor", []string{"visa", "work", "immigration", "h-1b", "h1b", "unable", "not", "cannot"}},
	{KnockSponsorship, "h-1b", nil},
	{KnockSponsorship, "h1b", nil},
	{KnockWorkAuthorization, "authorized to work", nil},
	{KnockWorkAuthorization, "authorised to work", nil},
	{KnockWorkAuthorization, "authorization to work", nil},
	{KnockWorkAuthorization, "authorisation to work", nil},
	{KnockWorkAuthorization, "work authorization", nil},
	{KnockWorkAuthorization, "work authorisation", nil},
	{KnockWorkAuthorization, "right to work", nil},
	{KnockWorkAuthorization, "eligible to work", nil},
	{KnockWorkAuthorization, "eligibility to work", nil},
	{KnockWorkAuthorization, "working rights", nil},
	{KnockWorkAuthorization, "work rights", nil},
	{KnockWorkAuthorization, "work permit", nil},
	{KnockWorkAuthorization, "permanent resident", nil},
	{KnockWorkAuthorization, "green card", nil},
	{KnockWorkAuthorization, "citizenship", []string{"require", "required", "must", "only", "eligible"}},
	{KnockWorkAuthorization, "citizen", []string{"require", "required", "must", "only", "eligible", "be a"}},
	{KnockClearance, "security clearance", nil},
	{KnockClearance, "clearance", []string{"secret", "security", "sc", "dv", "ts", "sci", "baseline", "nv1", "nv2", "government", "active", "obtain", "eligible", "level"}},
	{KnockClearance, "ts/sci", nil},
	{KnockClearance, "top secret", nil},
	{KnockClearance, "public trust", nil},
	{KnockLicence, "licence", licenceWords},
	{KnockLicence, "license", licenceWords},
	{KnockLicence, "licensure", nil},
	{KnockLicence, "licensed", []string{"must", "required", "currently", "state", "position", "be", "fully"}},
	{KnockLicence, "cdl", nil},
	{KnockLicence, "registration with", nil},
	{KnockLicence, "registered with the", nil},
	{KnockCertification, "certification", validWords},
	{KnockCertification, "certificate", validWords},
	{KnockCertification, "certified", validWords},
	{KnockRelocation, "relocate", nil},
	{KnockRelocation, "relocation", nil},
	{KnockTravel, "travel", travelWords},
	{KnockTravel, "travelling", nil},
	{KnockTravel, "traveling", nil},
	{KnockTransport, "reliable transportation", nil},
	{KnockTransport, "reliable transport", nil},
	{KnockTransport, "own vehicle", nil},
	{KnockTransport, "own car", nil},
	{KnockTransport, "access to a car", nil},
	{KnockTransport, "access to a vehicle", nil},
	{KnockShift, "night shift", nil},
	{KnockShift, "night shifts", nil},
	{KnockShift, "nights", []string{"full-time", "part-time", "work", "working", "weekends", "rotating", "shift", "shifts", "days"}},
	{KnockShift, "shift", []string{"night", "evening", "rotating", "uk", "us", "early", "late", "split", "pattern", "work", "pm", "am", "ist", "gmt", "est"}},
	{KnockShift, "shifts", nil},
	{KnockShift, "weekends", nil},
	{KnockShift, "weekend", []string{"work", "working", "rota", "availability", "available"}},
	{KnockShift, "on-call", nil},
	{KnockShift, "on call", nil},
	{KnockShift, "rota", nil},
	{KnockShift, "rotating", nil},
	{KnockShift, "overtime", nil},
	{KnockShift, "3x12s", nil},
	{KnockShift, "12-hour", nil},
	{KnockShift, "evenings", nil},
	{KnockPhysical, "lift", weightUnits},
	{KnockPhysical, "lifting", weightUnits},
	{KnockPhysical, "carry", weightUnits},
	{KnockPhysical, "work at heights", nil},
	{KnockPhysical, "working at heights", nil},
	{KnockPhysical, "on your feet", nil},
	{KnockPhysical, "on their feet", nil},
	{KnockPhysical, "stand for", nil},
	{KnockPhysical, "standing for", nil},
	{KnockPhysical, "physical demands", nil},
	{KnockPhysical, "physically", []string{"able", "fit", "demanding"}},
	{KnockPhysical, "physical fitness", nil},
	{KnockPhysical, "manual handling", []string{"able", "must", "required", "involves", "includes", "regular"}},
	{KnockBackgroundCheck, "background check", nil},
	{KnockBackgroundCheck, "background checks", nil},
	{KnockBackgroundCheck, "background screening", nil},
	{KnockBackgroundCheck, "criminal record", nil},
	{KnockBackgroundCheck, "criminal background", nil},
	{KnockBackgroundCheck, "dbs check", nil},
	{KnockBackgroundCheck, "enhanced dbs", nil},
	{KnockBackgroundCheck, "garda vetting", nil},
	{KnockBackgroundCheck, "police check", nil},
	{KnockBackgroundCheck, "police clearance", nil},
	{KnockBackgroundCheck, "working with children check", nil},
	{KnockBackgroundCheck, "drug test", nil},
	{KnockBackgroundCheck, "drug screen", nil},
	{KnockBackgroundCheck, "drug screening", nil},
	{KnockBackgroundCheck, "drug-free", nil},
	{KnockBackgroundCheck, "credit check", nil},
	{KnockBackgroundCheck, "pre-employment screening", nil},
	{KnockBackgroundCheck, "fingerprinting", nil},
	{KnockBackgroundCheck, "vetting", []string{"security", "police", "government", "pass", "subject", "undergo"}},
	{KnockAge, "minimum age", nil},
}
