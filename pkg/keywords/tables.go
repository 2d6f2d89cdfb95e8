package keywords

// Data tables of the source format and of validation, apart from the code
// that reads them.

// termKeys are the keys a term may have in a source file or an overlay
// (extends only in an overlay).
var termKeys = map[string]bool{
	"name": true, "id": true, "aliases": true, "acronyms": true, "forms": true,
	"ambiguous": true, "context": true, "related": true, "broader": true, "weight": true,
	"kind": true, "category": true, "source": true, "extends": true,
	"broad_ok": true, "role_ok": true, "not_before": true, "not_after": true,
	"replaces": true, "distinct_ok": true,
}

// stopWords are words too vague to be a skill on their own. A name, alias
// or form equal to one (after folding) is refused; the same word may still
// appear as an ambiguous surface that needs context.
var stopWords = []string{
	"use", "design", "quality", "management", "team", "dynamic", "work", "business",
	"skills", "skill", "experience", "ability", "abilities", "knowledge", "strong",
	"good", "excellent", "great", "professional", "support", "development", "software",
	"data", "analysis", "project", "projects", "system", "systems", "tools", "tool",
	"technology", "technologies", "solutions", "solution", "results", "detail",
	"passion", "passionate", "motivated", "fast", "growth", "people", "process",
	"processes", "service", "services", "job", "role", "tasks", "duties", "other",
	"new", "various", "etc", "hard working", "hardworking",
	"go getter", "synergy", "it",
}
