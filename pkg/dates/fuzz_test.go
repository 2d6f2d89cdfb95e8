package dates

import "testing"

// FuzzFind: any line gives ranges inside the line, in order, each counting
// at least one month and none after the as-of month.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Jan 2019 – Present", "2016-2019", "03/2018 - 06/2021", "Summer 2019", "Since 2019",
		"2018.03 - 2021.06", "15.03.2018 - 30.06.2021", "Jun - Jul 2023", "2019-20", "Jan '19 - Mar '21",
		"March 15, 2018 - June 1, 2021", "Aug 2018 - till date", "(317) 555-0148", "$135,000-$165,000",
		"2018-03-15 - 2021-06-01", "Winter 2020", "'1", "2019-", "Jan.", "1.2.3.4/5", "9,99",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		end := 0
		for _, r := range Find(line, asOf) {
			if r.Start < end || r.End <= r.Start || r.End > len(line) {
				t.Fatalf("Find(%q): range at %d..%d after %d", line, r.Start, r.End, end)
			}
			end = r.End
			if r.From > r.To || r.To > asOf || r.Months() < 1 {
				t.Fatalf("Find(%q): %s..%s", line, r.From, r.To)
			}
			if r.FromStyle == StyleNone && !r.Open || r.FromStyle > StyleYear || r.ToStyle > StyleYear {
				t.Fatalf("Find(%q): styles %d, %d", line, r.FromStyle, r.ToStyle)
			}
		}
		end = 0
		for _, d := range Dates(line) {
			if d.Start < end || d.End <= d.Start || d.End > len(line) {
				t.Fatalf("Dates(%q): date at %d..%d after %d", line, d.Start, d.End, end)
			}
			end = d.End
		}
		Joins(line)
	})
}

func BenchmarkFind(b *testing.B) {
	lines := []string{
		"Software Engineer II - Quarrystone Payments, Indianapolis, IN            Mar 2021 - Present",
		"- Built and maintain nine Spring Boot microservices (Java 17) that settle ~2M card transactions a day",
		"- Designed PostgreSQL schemas and rewrote reporting queries, cutting p95 latency from 1.8 s to 240 ms",
		"Software Developer - Wendover Logistics Software, Carmel, IN              2018 - 2021",
		"- Raised unit test coverage from 41% to 78% using JUnit and Mockito",
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Find(l, asOf)
		}
	}
}
