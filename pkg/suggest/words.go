package suggest

// Word tables the advice is written with: data apart from the logic.

// usedCategories are the dictionary categories of things one uses (tools,
// languages, platforms): "If you have used it". Certificates are held,
// languages spoken; anything else is experience ("If you have experience
// with it"), which fits a method, a field, a regulation or a task.
var usedCategories = set("software", "framework", "database", "cloud", "language", "office",
	"business-software", "erp", "data", "web", "it", "security", "digital-media")

// heldCategories are credentials: "If you hold it".
var heldCategories = set("certification", "healthcare-license", "degree")

// spokenCategories are languages people speak: "If you speak it".
var spokenCategories = set("spoken-language")

// withVerbs are the past tenses that take the people worked with:
// "Communicated with <team or people> to ...". Others take their object
// directly: "Organized <what or whom>".
var withVerbs = set("communicated", "collaborated", "negotiated", "partnered", "coordinated", "liaised",
	"worked", "cooperated", "consulted", "networked", "interacted", "engaged")

// withNouns are soft skills that happen between people: "through
// teamwork with <team or people>".
var withNouns = set("communication", "collaboration", "teamwork", "negotiation", "networking", "partnership",
	"coordination", "cooperation", "relationship", "relationships", "interpersonal", "communications")

// nounEndings mark a soft skill's name as a noun, which "through <name>"
// can take ("through problem solving"); an adjective ("Bilingual",
// "Detail-Oriented") gets a template that does not inflect it.
var nounEndings = []string{"tion", "sion", "ment", "ship", "ness", "ity", "ance", "ence", "ing", "work", "skills", "ism", "acy"}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
