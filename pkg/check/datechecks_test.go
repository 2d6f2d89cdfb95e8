package check

import (
	"strings"
	"testing"
)

func TestDatesRanges(t *testing.T) {
	fs := findings(t, resume, Layout{})
	expect(t, fs, "dates.ranges", Pass, "2 date ranges", 12, 17)

	// A role whose block has no range.
	text := strings.Replace(resume, "Mar 2018 - Dec 2020\n", "", 1)
	expect(t, findings(t, text, Layout{}), "dates.ranges", Warn, `1 role without a date range`, 16)
	// A role with one date, not a range.
	text = strings.Replace(resume, "Mar 2018 - Dec 2020", "2018", 1)
	expect(t, findings(t, text, Layout{}), "dates.ranges", Warn, "", 16)
	// No range at all.
	text = strings.Replace(strings.Replace(resume, "Mar 2018 - Dec 2020", "", 1), "Jan 2021 - Present", "", 1)
	expect(t, findings(t, text, Layout{}), "dates.ranges", Fail, "no date range")
}

func TestDatesFormat(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "dates.format", Pass, `"Jan 2019"`)
	text := strings.Replace(resume, "Mar 2018 - Dec 2020", "03/2018 - 12/2020", 1)
	expect(t, findings(t, text, Layout{}), "dates.format", Warn, `2 date formats mixed`, 17)
	// Education's year alone is not compared with the roles' months.
	expect(t, findings(t, resume+"\nMSc, 2020 - 2021", Layout{}), "dates.format", Pass, "")
	// A range in a bullet, or in a bullet's wrapped line, is no role's
	// dates: a school year in a result is not a second format.
	text = strings.Replace(resume, "- Mentored two interns", "- Grew the pass rate to 79% in 2023-24; mentored two interns", 1)
	expect(t, findings(t, text, Layout{}), "dates.format", Pass, "")
	text = strings.Replace(resume, "- Mentored two interns through their first releases",
		"- Mentored two interns through their first releases, and the pass rate of the team\n  grew to 79% in 2023-24", 1)
	expect(t, findings(t, text, Layout{}), "dates.format", Pass, "")
	// "May" fits both month styles.
	text = strings.Replace(resume, "Mar 2018 - Dec 2020", "May 2018 - Dec 2020", 1)
	expect(t, findings(t, text, Layout{}), "dates.format", Pass, "")
}

func TestDatesOrder(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "dates.order", Pass, "newest first")
	// Oldest first.
	text := strings.Replace(strings.Replace(resume, "Jan 2021 - Present", "X", 1), "Mar 2018 - Dec 2020", "Jan 2021 - Present", 1)
	text = strings.Replace(text, "X", "Mar 2018 - Dec 2020", 1)
	expect(t, findings(t, text, Layout{}), "dates.order", Warn, "newer than the role above it", 17)
	// A role running beside the current one is not out of order.
	text = strings.Replace(resume, "Mar 2018 - Dec 2020", "Jun 2022 - Aug 2022", 1)
	expect(t, findings(t, text, Layout{}), "dates.order", Pass, "")
}
