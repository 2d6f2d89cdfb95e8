package report

import "testing"

// TestSortRowsDocumentKind: rows of a document that is no resume come
// after the resumes whatever their score, and failed rows after them.
func TestSortRowsDocumentKind(t *testing.T) {
	rows := []BatchRow{
		{Index: 0, Resume: "posting", Job: "j", Score: 100, DocumentKind: "job-posting"},
		{Index: 1, Resume: "broken", Job: "j", Error: &BatchError{Kind: "malformed"}},
		{Index: 2, Resume: "low", Job: "j", Score: 10},
		{Index: 3, Resume: "high", Job: "j", Score: 90},
		{Index: 4, Resume: "letter", Job: "j", Score: 20, DocumentKind: "cover-letter"},
	}
	for _, key := range SortKeys() {
		rs := append([]BatchRow(nil), rows...)
		if err := SortRows(rs, key, []string{"j"}); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rs {
			got = append(got, r.Resume)
		}
		if key == SortScore && (got[0] != "high" || got[1] != "low" || got[2] != "posting" || got[3] != "letter" || got[4] != "broken") {
			t.Errorf("%s: %v", key, got)
		}
		if got[4] != "broken" || (got[2] != "posting" && got[2] != "letter") {
			t.Errorf("%s: %v", key, got)
		}
	}
}
