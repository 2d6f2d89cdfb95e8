package morph

import (
	"slices"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		w    string
		verb string // "" for no verb
		kind Kind
	}{
		{"manage", "manage", Base},
		{"manages", "manage", Third},
		{"managed", "manage", Past | Participle},
		{"managing", "manage", Gerund},
		{"led", "lead", Past | Participle},
		{"leads", "lead", Third},
		{"taught", "teach", Past | Participle},
		{"wrote", "write", Past},
		{"written", "write", Participle},
		{"built", "build", Past | Participle},
		{"troubleshot", "troubleshoot", Past | Participle},
		{"set", "set", Base | Past | Participle},
		{"setting", "set", Gerund},
		{"planned", "plan", Past | Participle},
		{"planning", "plan", Gerund},
		{"programmed", "program", Past | Participle},
		{"controlled", "control", Past | Participle},
		{"debugged", "debug", Past | Participle},
		{"budgeted", "budget", Past | Participle},
		{"edited", "edit", Past | Participle},
		{"developed", "develop", Past | Participle},
		{"modeled", "model", Past | Participle},
		{"modelled", "model", Past | Participle},
		{"counselling", "counsel", Gerund},
		{"analyzed", "analyse", Past | Participle},
		{"analysed", "analyse", Past | Participle},
		{"organised", "organise", Past | Participle},
		{"qualified", "qualify", Past | Participle},
		{"qualifies", "qualify", Third},
		{"surveyed", "survey", Past | Participle},
		{"triaging", "triage", Gerund},
		{"overseeing", "oversee", Gerund},
		{"oversaw", "oversee", Past},
		{"processes", "process", Third},
		{"coaches", "coach", Third},
		{"fulfilled", "fulfil", Past | Participle},
		{"co-ordinated", "coordinate", Past | Participle},
		// Not verbs of the table: nouns, words of no table verb, no
		// stems made up.
		{"management", "", 0},
		{"organ", "", 0},
		{"creativity", "", 0},
		{"solution", "", 0},
		{"runned", "", 0},
		{"leaded", "", 0},
		{"teached", "", 0},
		{"Managed", "", 0}, // callers fold case
	}
	for _, tt := range tests {
		v, k, ok := Lookup(tt.w)
		if ok != (tt.verb != "") || v.String() != tt.verb || k != tt.kind {
			t.Errorf("Lookup(%q) = %q, %05b, %v; want %q, %05b", tt.w, v, k, ok, tt.verb, tt.kind)
		}
	}
}

func TestActivity(t *testing.T) {
	tests := []struct {
		noun  string
		verbs []string
	}{
		{"management", []string{"manage"}},
		{"leadership", []string{"lead"}},
		{"analysis", []string{"analyse"}},
		{"administration", []string{"administer"}},
		{"coaching", []string{"coach"}},
		{"escalation", []string{"escalate"}},
		{"organization", []string{"organise"}},
		{"organisation", []string{"organise"}},
		{"review", []string{"review"}},
		{"entry", []string{"enter"}},
		{"growth", []string{"grow"}},
		{"writing", []string{"write"}},
		{"modelling", []string{"model"}},
		{"service", []string{"serve"}},
		// Nouns that do not name the doing of a table verb.
		{"solution", nil},
		{"creativity", nil},
		{"ownership", nil},
		{"performance", nil},
		{"plan", nil},
		{"report", nil},
		{"lead", nil},
		{"coach", nil},
		{"managed", nil},
		{"team", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, v := range Activity(tt.noun) {
			got = append(got, v.String())
		}
		if !slices.Equal(got, tt.verbs) {
			t.Errorf("Activity(%q) = %q; want %q", tt.noun, got, tt.verbs)
		}
	}
}

func TestVerb(t *testing.T) {
	v, _, _ := Lookup("analyze")
	if got, want := v.Spellings(), []string{"analyse", "analyze"}; !slices.Equal(got, want) {
		t.Errorf("Spellings = %q; want %q", got, want)
	}
	if got := v.Nouns(); got[0] != "analysis" || !slices.Contains(got, "analyzing") {
		t.Errorf("Nouns = %q; want analysis first and the gerunds of both spellings", got)
	}
	var words []string
	for _, f := range v.Forms() {
		words = append(words, f.Word)
	}
	want := []string{"analyse", "analyses", "analysed", "analysing", "analyze", "analyzes", "analyzed", "analyzing"}
	if !slices.Equal(words, want) {
		t.Errorf("Forms = %q; want %q", words, want)
	}
	for w, noun := range map[string]bool{"lead": true, "coach": true, "plan": true, "manage": false, "analyse": false} {
		if v, _, _ := Lookup(w); v.NounBase() != noun {
			t.Errorf("%s: NounBase = %v; want %v", w, v.NounBase(), noun)
		}
	}
	var zero Verb
	if !zero.IsZero() || zero.String() != "" || zero.Forms() != nil || zero.Nouns() != nil || zero.Spellings() != nil || zero.NounBase() {
		t.Errorf("the zero Verb must be empty")
	}
}

func TestPluralSingular(t *testing.T) {
	tests := []struct{ sing, plural string }{
		{"team", "teams"},
		{"process", "processes"},
		{"policy", "policies"},
		{"survey", "surveys"},
		{"batch", "batches"},
		{"crisis", "crises"},
		{"analysis", "analyses"},
		{"person", "people"},
		{"medication", "medications"},
		{"de-escalation", "de-escalations"},
		{"cross-functional-team", "cross-functional-teams"},
	}
	for _, tt := range tests {
		if got := Plural(tt.sing); got != tt.plural {
			t.Errorf("Plural(%q) = %q; want %q", tt.sing, got, tt.plural)
		}
		if got := Singular(tt.plural); got != tt.sing {
			t.Errorf("Singular(%q) = %q; want %q", tt.plural, got, tt.sing)
		}
	}
	for _, w := range []string{"data", "staff", "software", "feedback", "C++", "", "x"} {
		if got := Plural(w); got != "" {
			t.Errorf("Plural(%q) = %q; want none", w, got)
		}
	}
	for _, w := range []string{"process", "analysis", "status", "data", "team", "s"} {
		if got := Singular(w); got != "" {
			t.Errorf("Singular(%q) = %q; want none (not a plural)", w, got)
		}
	}
}

func TestSplitPrefix(t *testing.T) {
	for in, want := range map[string][2]string{
		"de-escalation":  {"de-", "escalation"},
		"pair-program":   {"pair-", "program"},
		"co-ordinate":    {"co-", "ordinate"},
		"team":           {"", "team"},
		"-x":             {"", "-x"},
		"x-":             {"", "x-"},
		"self-organised": {"self-", "organised"},
	} {
		if p, r := SplitPrefix(in); p != want[0] || r != want[1] {
			t.Errorf("SplitPrefix(%q) = %q, %q; want %q", in, p, r, want)
		}
	}
}

// TestTables checks the data: every line parses, no verb or form belongs
// to two verbs, every irregular verb has its three forms, and every noun
// is lower-case letters (a hyphen inside).
func TestTables(t *testing.T) {
	for _, line := range lines(irregularVerbs) {
		if f := strings.Fields(line); len(f) != 3 {
			t.Errorf("irregular verb %q: want base, past, participle", line)
		}
	}
	for _, line := range lines(irregularPlurals) {
		if f := strings.Fields(line); len(f) != 2 {
			t.Errorf("irregular plural %q: want singular, plural", line)
		}
	}
	owner := map[string]string{}
	for _, e := range tables().verbs {
		if len(e.spellings) == 0 {
			t.Errorf("a verb line without a spelling")
			continue
		}
		for _, f := range e.forms {
			if o, ok := owner[f.Word]; ok && o != e.spellings[0] {
				t.Errorf("%q is a form of %s and of %s", f.Word, o, e.spellings[0])
			}
			owner[f.Word] = e.spellings[0]
			if f.Kind == 0 {
				t.Errorf("%s: form %q has no kind", e.spellings[0], f.Word)
			}
		}
		for _, n := range append(append([]string{}, e.nouns...), e.spellings...) {
			if strings.Trim(n, "abcdefghijklmnopqrstuvwxyz-") != "" || strings.HasPrefix(n, "-") || strings.HasSuffix(n, "-") {
				t.Errorf("%s: %q is not a lower-case word", e.spellings[0], n)
			}
		}
	}
	for _, line := range lines(verbTable) {
		_, flags, _ := strings.Cut(line, "|")
		for _, f := range strings.Fields(flags) {
			if f != "noun" && f != "double" {
				t.Errorf("verb line %q: unknown flag %q", line, f)
			}
		}
	}
}

func TestNumberKey(t *testing.T) {
	// A noun and its plural meet, whatever the ending.
	for _, n := range []string{"team", "policy", "process", "batch", "box", "crisis", "analysis", "person",
		"survey", "api", "kpi", "menu", "status", "cause", "house", "case", "database", "address", "sale",
		"cookie", "medication", "staff", "data", "de-escalation", "criterion", "tax", "leaf", "class"} {
		a, ay := NumberKey(n)
		p := Plural(n)
		if p == "" {
			p = n
		}
		if b, by := NumberKey(p); a != b || ay != by {
			t.Errorf("NumberKey(%q) = %q, %v but NumberKey(%q) = %q, %v", n, a, ay, p, b, by)
		}
	}
	for w, want := range map[string]string{"policies": "polic", "teams": "team", "processes": "proces", "crises": "crisi", "people": "person"} {
		if s, _ := NumberKey(w); s != want {
			t.Errorf("NumberKey(%q) = %q; want %q", w, s, want)
		}
	}
	// Different nouns keep different keys.
	for _, pair := range [][2]string{{"team", "teams'"}, {"policy", "polish"}, {"data", "date"}} {
		a, ay := NumberKey(pair[0])
		b, by := NumberKey(pair[1])
		if a == b && ay == by {
			t.Errorf("NumberKey(%q) = NumberKey(%q)", pair[0], pair[1])
		}
	}
	if n := testing.AllocsPerRun(100, func() { NumberKey("policies"); NumberKey("processes") }); n != 0 {
		t.Errorf("NumberKey allocates %v times", n)
	}
}

func TestConceptKey(t *testing.T) {
	key := func(s string) string { return ConceptKey(strings.Fields(s)) }
	same := [][]string{
		{"lead a team", "led teams", "team leadership", "leading teams", "leads the team"},
		{"manage a team", "team management", "managing teams", "managed a team"},
		{"manage time", "time management"},
		{"make decisions", "decision making", "made a decision"},
		{"resolve conflicts", "conflict resolution"},
		{"listen actively", "active listening"},
		{"think creatively", "creative thinking"},
		{"coached", "coaching", "coach"},
		{"welding skills", "welding"},
		{"analyse data", "data analysis", "analyzed data"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if a, b := key(group[0]), key(s); a != b {
				t.Errorf("ConceptKey(%q) = %q, ConceptKey(%q) = %q; want one key", group[0], a, s, b)
			}
		}
	}
	differ := [][2]string{
		{"design systems", "system design"},
		{"test automation", "automated testing"},
		{"team leadership", "team management"},
		{"data analysis", "data analyst"},
		{"code review", "code reviewer"},
		{"project management", "product management"},
	}
	for _, p := range differ {
		if key(p[0]) == key(p[1]) {
			t.Errorf("ConceptKey(%q) = ConceptKey(%q) = %q; want two concepts", p[0], p[1], key(p[0]))
		}
	}
	if key("") != "" || key("the") != "" {
		t.Errorf("an empty surface has the empty key")
	}
}

func TestInflect(t *testing.T) {
	words := func(fs []Form) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Word)
		}
		return out
	}
	tests := []struct {
		base string
		want []string
	}{
		// Listed verbs: the table's forms, both spellings, its doubling.
		{"organise", []string{"organise", "organises", "organised", "organising", "organize", "organizes", "organized", "organizing"}},
		{"plan", []string{"plan", "plans", "planned", "planning"}},
		{"lead", []string{"lead", "leads", "led", "leading"}},
		{"write", []string{"write", "writes", "wrote", "written", "writing"}},
		// Unlisted: the irregular table, else the rules.
		{"run", []string{"run", "runs", "ran", "running"}},
		{"brief", []string{"brief", "briefs", "briefed", "briefing"}},
		{"partner", []string{"partner", "partners", "partnered", "partnering"}},
		{"liaise", []string{"liaise", "liaises", "liaised", "liaising"}},
		{"precept", []string{"precept", "precepts", "precepted", "precepting"}},
	}
	for _, tt := range tests {
		if got := words(Inflect(tt.base)); !slices.Equal(got, tt.want) {
			t.Errorf("Inflect(%q) = %v, want %v", tt.base, got, tt.want)
		}
	}
}
