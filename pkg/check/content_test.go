package check

import (
	"strings"
	"testing"
)

func TestContentWords(t *testing.T) {
	for _, tt := range []struct {
		words  int
		status Status
	}{{100, Fail}, {300, Warn}, {400, Pass}, {800, Pass}, {1200, Warn}} {
		expect(t, findings(t, resume, Layout{Format: "pdf", Confidence: 1, Words: tt.words}), "content.words", tt.status, "")
	}
}

func TestContentMeasurable(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "content.measurable", Pass, "6 of 6")
	text := strings.NewReplacer("40 million", "many", "from an hour to six minutes", "a lot",
		"from 35% to 80%", "a lot", "covering 12 banks", "for banks", "saving 3 hours a day", "daily").Replace(resume)
	expect(t, findings(t, text, Layout{}), "content.measurable", Warn, "1 of 6", 13, 14, 15, 18, 19)
	// A date is no result.
	text = strings.Replace(text, "Mentored two interns through their first releases", "Mentored interns in 2019", 1)
	expect(t, findings(t, text, Layout{}), "content.measurable", Warn, "0 of 6")
}

// TestMeasurable: numbers, percentages, amounts and number words count;
// dates do not.
func TestMeasurable(t *testing.T) {
	for s, want := range map[string]bool{
		"Cut costs by 20%":                true,
		"Managed a $2M budget":            true,
		"Led a team of five":              true,
		"Doubled weekly sales":            true,
		"Handled 300 calls a day":         true,
		"Joined in Jan 2019 - Mar 2021":   false,
		"Improved the onboarding flow":    false,
		"Worked on the 2019 launch":       false,
		"Shipped the app, 2020 – present": false,
	} {
		if got := measurable(s); got != want {
			t.Errorf("measurable(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestContentWeakStart(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "content.weak-start", Pass, "")
	text := strings.Replace(resume, "- Built the shipment", "- Responsible for the shipment", 1)
	text = strings.Replace(text, "- Wrote payment", "- I helped with payment", 1)
	expect(t, findings(t, text, Layout{}), "content.weak-start", Warn, `"responsible for", "helped with"`, 13, 18)
}

func TestContentPronouns(t *testing.T) {
	expect(t, findings(t, resume+"\nLevel I and Phase I certified; offices in Portland, ME", Layout{}), "content.pronouns", Pass, "")
	text := strings.Replace(resume, "Backend developer with six", "I am a backend developer and my team calls me reliable; six", 1)
	expect(t, findings(t, text, Layout{}), "content.pronouns", Warn, `3 first-person pronouns ("I", "my", "me")`, 5)
	expect(t, findings(t, resume+"\nI'm keen on tests", Layout{}), "content.pronouns", Warn, `"I'm"`)
}

func TestContentRepeated(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "content.repeated", Pass, "")
	text := strings.NewReplacer("- Built", "- Managed", "- Cut", "- Managed", "- Raised", "- Managed").Replace(resume)
	expect(t, findings(t, text, Layout{}), "content.repeated", Warn, `"managed" ×3`, 13, 14, 15)
	// Nouns that open bullets are no repeated verb.
	text = strings.NewReplacer("- Built", "- Salary review", "- Cut", "- Salary bands", "- Raised", "- Salary data").Replace(resume)
	expect(t, findings(t, text, Layout{}), "content.repeated", Pass, "")
}

func TestContentCliches(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "content.cliches", Pass, "")
	text := strings.Replace(resume, "Backend developer with", "Results-oriented team player and backend developer with", 1)
	expect(t, findings(t, text, Layout{}), "content.cliches", Warn, `"results oriented", "team player"`, 5)
}
