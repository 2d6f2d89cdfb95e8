package check

import (
	"strings"
	"testing"
)

// withTop replaces the reference resume's contact line.
func withTop(line string) string {
	lines := strings.Split(resume, "\n")
	lines[1] = line
	return strings.Join(lines, "\n")
}

func TestContactEmail(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "contact.email", Pass, "dana.k@example.com", 2)
	expect(t, findings(t, withTop("Backend developer · Gdańsk, Poland"), Layout{}), "contact.email", Fail, "no email")
	// In the page header only: found, but many parsers drop it.
	text := "dana.k@example.com\n" + withTop("Backend developer · Gdańsk, Poland")
	fs := findings(t, text, Layout{Regions: []Region{{Kind: RegionHeader, From: 1, To: 1}}})
	expect(t, fs, "contact.email", Warn, "only in a header", 1)
	// In the header and the body: the body is cited.
	fs = findings(t, "dana.k@example.com\n"+resume, Layout{Regions: []Region{{Kind: RegionHeader, From: 1, To: 1}}})
	expect(t, fs, "contact.email", Pass, "", 3)
}

func TestContactPhone(t *testing.T) {
	for _, phone := range []string{"+48 601 234 567", "(415) 555-0142", "07700 900412", "415.555.0142", "Tel: 555 0134", "+4915123456789"} {
		expect(t, findings(t, withTop("Gdańsk, Poland · dana.k@example.com · "+phone), Layout{}), "contact.phone", Pass, "", 2)
	}
	for _, notPhone := range []string{
		"2016 - 2019",                   // years
		"ID 20070178055",                // an unbroken id
		"GPA 3.35/4.0 3.35/4.0",         // grades
		"2323 04/2013",                  // a date
		"RQ-0950-2023-1-Practicante",    // a reference glued to words
		"Jan 2019 - Mar 2021 2022 2023", // dates
	} {
		expect(t, findings(t, withTop("Gdańsk, Poland · dana.k@example.com · "+notPhone), Layout{}), "contact.phone", Warn, "no phone")
	}
}

func TestContactLocation(t *testing.T) {
	for _, top := range []string{
		"Austin, TX · dana@example.com",
		"dana@example.com +1 (415) 555-0142 San Francisco, CA linkedin.com/in/x",
		"Indianapolis, IN 46204 | dana@example.com",
		"Chennai, Tamil Nadu · dana@example.com",
		"Manchester · dana@example.com · 07700 900412", // a place beside the contact details
		"Brunswick VIC · dana@example.com",
		"London SW1A 1AA · dana@example.com",
		"Address: 12 High Street · dana@example.com",
		"Developer based in Lisbon · dana@example.com",
	} {
		expect(t, findings(t, withTop(top), Layout{}), "contact.location", Pass, "", 2)
	}
	for _, top := range []string{
		"dana@example.com · +48 601 234 567",
		"Tools: Crystal Reports, MS Access, PowerPoint",
		"Senior Developer · dana@example.com", // a title, not a place
	} {
		expect(t, findings(t, withTop(top), Layout{}), "contact.location", Warn, "no location")
	}
	// An employer's city further down is not the candidate's location.
	text := withTop("dana@example.com") + "\nAcme Corp, Austin, TX"
	expect(t, findings(t, text, Layout{}), "contact.location", Warn, "no location")
}

func TestContactLink(t *testing.T) {
	expect(t, findings(t, resume, Layout{}), "contact.link", Pass, "LinkedIn link found: linkedin.com/in/danak", 2)
	expect(t, findings(t, withTop("dana@example.com · danak.dev"), Layout{}), "contact.link", Pass, "portfolio link found: danak.dev")
	expect(t, findings(t, withTop("dana@example.com · https://github.com/danak"), Layout{}), "contact.link", Pass, "GitHub")
	// A profile anywhere counts; another site only in the top lines.
	expect(t, findings(t, withTop("dana@example.com")+"\nProfile: linkedin.com/in/danak", Layout{}), "contact.link", Pass, "LinkedIn")
	for _, text := range []string{
		withTop("dana@example.com"),
		withTop("dana@example.com · www.gdansk-university.edu"),   // a school's site
		withTop("dana@example.com") + "\nBuilt www.acme-shop.com", // a product, in the body
		withTop("ASP.NET and Socket developer · dana@example.com"),
	} {
		expect(t, findings(t, text, Layout{}), "contact.link", Warn, "no LinkedIn")
	}
}
