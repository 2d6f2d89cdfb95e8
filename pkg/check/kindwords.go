package check

// Document-kind cues: what a job posting, a cover letter and a resume say
// that the others do not. English and Spanish postings (the shared data
// has both).

// postingHeadings are the headings of a job posting. A heading is a short
// line (or the label before a colon) that is one of these.
var postingHeadings = []string{
	"requirements", "job requirements", "minimum requirements", "key requirements", "the requirements",
	"responsibilities", "key responsibilities", "your responsibilities", "main responsibilities",
	"duties and responsibilities", "roles and responsibilities", "role and responsibilities", "responsibilities and duties",
	"duties and requirements", "key responsibility areas", "essential duties", "essential functions",
	"minimum qualifications", "preferred qualifications", "basic qualifications", "required qualifications",
	"desired qualifications", "qualifications and requirements", "requirements and qualifications",
	"what you'll do", "what you will do", "what you'll bring", "what you will bring", "what you bring",
	"what we offer", "what we're looking for", "what we are looking for", "what you get", "what's in it for you",
	"who you are", "about you", "about the role", "about the job", "about the position", "about the opportunity",
	"about us", "about the company", "about the team", "who we are", "why join us", "why work with us",
	"benefits", "perks", "perks and benefits", "benefits and perks", "compensation", "salary", "pay",
	"job description", "job summary", "job overview", "job purpose", "job details", "job type", "position summary",
	"position overview", "position description", "role overview", "role description", "the role", "your role",
	"the opportunity", "your profile", "your tasks", "your mission", "nice to have", "nice to haves", "bonus points",
	"required skills", "required skills and experience", "desired skills", "skills required", "preferred skills",
	"how to apply", "to apply", "application process", "equal opportunity", "equal opportunity employer",
	"working days and times", "work schedule", "schedule", "location", "department", "reports to", "reporting to",
	// Spanish
	"requisitos", "funciones", "responsabilidades", "sobre nosotros", "descripción del trabajo", "descripción del puesto",
	"beneficios", "ofrecemos", "te ofrecemos", "condiciones", "condiciones del contrato", "puesto de trabajo",
	"lugar de trabajo", "lugar de prácticas", "cómo postular", "como postular", "requerimientos", "perfil del puesto",
	"qué ofrecemos", "que ofrecemos", "desired candidate profile", "candidate profile",
}

// postingPhrases are what a posting says to its reader, anywhere in a line.
var postingPhrases = []string{
	"we are looking for", "we're looking for", "we are seeking", "we're seeking", "we are hiring", "we're hiring",
	"ideal candidate", "successful candidate", "the candidate will", "the candidate should",
	"you will be", "you'll be", "you will work", "you will have", "join our",
	"should have", "must have", "candidates should", "candidate must", "you should", "you must", "need to have",
	"the position holder", "the incumbent", "the jobholder", "reporting to the",
	"apply now", "to apply", "please apply", "apply today", "send your cv", "send your resume", "submit your resume",
	"equal opportunity employer", "we offer", "we provide", "our team", "our company", "our client", "our mission",
	"this role", "this position", "the role will", "competitive salary", "benefits package",
	// Spanish
	"estamos buscando", "estamos en búsqueda", "buscamos", "postular", "postula", "convocatoria", "únete",
	"unirse a nuestro equipo", "unirte", "te ofrecemos", "tendrás", "el candidato", "la oferta", "esta oferta",
	"inscríbete", "practicante", "prácticas preprofesionales", "nuestro equipo", "debes", "responsabilidades principales",
}

// secondPerson are the words a posting addresses its reader with.
var secondPerson = wordSet("you", "your", "you'll", "you're", "you've", "yours", "yourself",
	"tu", "tus", "eres", "estás", "tienes", "debes", "podrás", "tendrás", "serás")

// letterOpenings start a cover letter's salutation line, padded (see
// appendPadded): " dear " is "Dear ...".
var letterOpenings = []string{" dear ", " to whom it may concern ", " hello hiring ", " hi hiring "}

// letterClosings are the short lines that close a letter.
var letterClosings = []string{
	"sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "faithfully", "kind regards", "best regards",
	"warm regards", "regards", "best wishes", "respectfully", "yours truly", "with thanks", "thank you",
}

// letterPhrases are what a cover letter says.
var letterPhrases = []string{
	"i am writing to", "i'm writing to", "i am excited to apply", "i am pleased to apply", "i would like to apply",
	"i wish to apply", "i am applying for", "i'm applying for", "cover letter", "hiring manager",
	"thank you for your consideration", "thank you for considering", "look forward to hearing from you",
	"look forward to discussing", "my resume", "my cv", "enclosed", "attached resume", "your organization",
	"your company", "your team", "this opportunity", "the position of",
}

// notDuty open a line with an "-s" word that is no third-person verb
// (plural nouns that open resume lines: "Sales of ...", "Operations ...").
var notDuty = wordSet("sales", "operations", "systems", "skills", "services", "accounts", "results", "projects",
	"responsibilities", "duties", "highlights", "accomplishments", "achievements", "awards", "certifications",
	"languages", "interests", "activities", "references", "courses", "studies", "products", "customers", "clients",
	"reports", "students", "patients", "teams", "tools", "platforms", "technologies", "applications", "methods",
	"always", "perhaps", "various", "numerous", "previous", "serious", "numbers")
