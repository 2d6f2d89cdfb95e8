package report

// Requirements are what a job asks beyond keywords, each read against the
// resume with evidence lines on both sides (pkg/requirements). Statuses:
// match, close or missing for the title (unknown when the posting names
// none); met, below or unknown for education and experience, not_asked
// when the job states none. Importance is the requirement's share of the
// score, as a term's (0 when its status makes no ask).
type Requirements struct {
	JobTitle   TitleRequirement      `json:"job_title"`
	Education  EducationRequirement  `json:"education"`
	Experience ExperienceRequirement `json:"experience"`
	// Knockouts are conditions to be ready for (work authorisation,
	// clearance, licences, shifts, travel, ...): listed, never scored.
	Knockouts []Knockout `json:"knockouts"`
}

// TitleRequirement is the posting's title against the resume's titles.
type TitleRequirement struct {
	Job            string     `json:"job"`    // the posting's title, as written
	Resume         string     `json:"resume"` // the resume title closest to it
	Status         string     `json:"status"`
	Importance     float64    `json:"importance"`
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
}

// Degree is a degree as a job asks for it or a resume shows it.
type Degree struct {
	Level string `json:"level,omitempty"` // diploma, associate, bachelor, master, doctorate
	Name  string `json:"name"`            // the dictionary term's name
	Field string `json:"field,omitempty"` // as written
}

// EducationRequirement is the job's education asks against the resume's
// highest degree; a higher level meets a lower one.
type EducationRequirement struct {
	// Required, Preferred and Resume are omitted when the job asks no
	// such degree or the resume shows none (no null in the wire format).
	Required       *Degree    `json:"required,omitempty"`
	Preferred      *Degree    `json:"preferred,omitempty"`
	Resume         *Degree    `json:"resume,omitempty"`
	Status         string     `json:"status"`
	Importance     float64    `json:"importance"`
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
}

// ExperienceRequirement is the job's years asks against the years of the
// resume's dated roles (overlaps once, "present" the report's as_of).
type ExperienceRequirement struct {
	RequiredYears  float64           `json:"required_years"`
	ResumeYears    float64           `json:"resume_years"`
	Status         string            `json:"status"`
	Preferred      bool              `json:"preferred,omitempty"` // the job only prefers years
	Importance     float64           `json:"importance"`
	JobEvidence    []Evidence        `json:"job_evidence"`
	ResumeEvidence []Evidence        `json:"resume_evidence"`
	Skills         []SkillExperience `json:"skills"`
}

// SkillExperience is one ask for years in a kind of work and the years of
// the resume's roles of that kind.
type SkillExperience struct {
	Skill          string     `json:"skill"`
	Terms          []string   `json:"terms,omitempty"`
	RequiredYears  float64    `json:"required_years"`
	MaxYears       float64    `json:"max_years,omitempty"`
	ResumeYears    float64    `json:"resume_years"`
	Preferred      bool       `json:"preferred,omitempty"`
	Status         string     `json:"status"`
	Basis          string     `json:"basis"` // which roles were counted
	JobEvidence    []Evidence `json:"job_evidence"`
	ResumeEvidence []Evidence `json:"resume_evidence"`
}

// Knockout is one condition of a job, with its line.
type Knockout struct {
	Kind string `json:"kind"`
	Text string `json:"text"`
	Line int    `json:"line"`
}
