package dates

import "strings"

// dateAt reads one end of a range at token i: a month name with an
// optional day and a year ("Jan 2019", "Sept. 2020", "March 15, 2018",
// "Jan '19"), a month alone (the start of "Jun - Jul 2023"), a season and
// a year, a numeric date ("03/2018", "2018.03", "2018-03", "03-2018",
// "15/03/2018", "2018-03-15"), a day before a month name ("15 March
// 2018"), a year, or a word for the present.
func (p *parser) dateAt(i int) (date, int, bool) {
	if i >= len(p.toks) {
		return date{}, i, false
	}
	t := p.toks[i]
	d := date{start: t.start}
	if m, ok := p.monthAt(i); ok {
		return p.afterMonth(d, m, i+1)
	}
	if s, ok := p.seasonAt(i); ok {
		if y, ok := p.yearAt(i + 1); ok {
			d.season, d.year, d.end, d.style = s, y, p.toks[i+1].end, StyleSeason
			return d, i + 2, true
		}
		return date{}, i, false
	}
	if p.is(i, presentWords) {
		d.present, d.end = true, t.end
		return d, i + 1, true
	}
	if t.kind != number {
		return date{}, i, false
	}
	if s := p.text(t); strings.ContainsAny(s, "/.") {
		return p.numeric(d, t, i)
	}
	if y, ok := p.yearAt(i); ok && p.text(t)[0] != '\'' {
		d.year, d.end, d.style = y, t.end, StyleYear
		// ISO "2018-03" (and "2018-03-15"): no space around the hyphen.
		if p.isDash(i+1) && !p.toks[i+1].space && i+2 < len(p.toks) && !p.toks[i+2].space {
			if mm, ok := p.num(i+2, 2); ok && len(p.text(p.toks[i+2])) == 2 && mm >= 1 && mm <= 12 {
				d.month, d.end, d.style = mm, p.toks[i+2].end, StyleYearMonth
				next := i + 3
				if p.isDash(next) && !p.toks[next].space && next+1 < len(p.toks) && !p.toks[next+1].space {
					if _, ok := p.num(next+1, 2); ok {
						d.end = p.toks[next+1].end
						next += 2
					}
				}
				return d, next, true
			}
		}
		return d, i + 1, true
	}
	n, ok := p.num(i, 2)
	if !ok {
		return date{}, i, false
	}
	// "15 March 2018": a day before a month name.
	if m, ok := p.monthAt(i + 1); ok && n >= 1 && n <= 31 {
		if d2, next, ok := p.afterMonth(d, m, i+2); ok && d2.year != 0 {
			return d2, next, true
		}
	}
	// "03-2018": a month, a hyphen and a year, no spaces.
	if n >= 1 && n <= 12 && p.isDash(i+1) && !p.toks[i+1].space && i+2 < len(p.toks) && !p.toks[i+2].space {
		if y, ok := p.yearAt(i + 2); ok && p.text(p.toks[i+2])[0] != '\'' {
			d.year, d.month, d.end, d.style = y, n, p.toks[i+2].end, StyleMonthYear
			return d, i + 3, true
		}
	}
	return date{}, i, false
}

// afterMonth reads what follows a month name at token i: an optional dot
// or comma, an optional day, a year; without a year the month stands alone.
func (p *parser) afterMonth(d date, m, i int) (date, int, bool) {
	d.month, d.end = m, p.toks[i-1].end
	var buf [12]byte
	if w, ok := lowerInto(buf[:0], p.text(p.toks[i-1])); ok {
		d.style = monthStyle(string(w))
	}
	j := i
	if p.punctAt(j, '.') && !p.toks[j].space {
		d.end = p.toks[j].end
		j++
	}
	k := j
	if p.punctAt(k, ',') {
		k++
	}
	if y, ok := p.yearAt(k); ok {
		d.year, d.end = y, p.toks[k].end
		if p.text(p.toks[k])[0] == '\'' {
			d.style = StyleMonthShort
		}
		return d, k + 1, true
	}
	if day, ok := p.num(k, 2); ok && day >= 1 && day <= 31 {
		l := k + 1
		if p.punctAt(l, ',') {
			l++
		}
		if y, ok := p.yearAt(l); ok {
			d.year, d.end = y, p.toks[l].end
			return d, l + 1, true
		}
	}
	return d, j, true // a month alone: the start of "Jun - Jul 2023"
}

// numeric reads a number with slashes or dots: month and year either way
// round, or a full date with the year last (month first when both can be
// the month) or first.
func (p *parser) numeric(d date, t token, i int) (date, int, bool) {
	var parts [3]string
	n := 0
	s := p.text(t)
	for n < 3 {
		k := strings.IndexAny(s, "/.")
		if k < 0 {
			parts[n] = s
			n++
			break
		}
		parts[n] = s[:k]
		s = s[k+1:]
		n++
	}
	if s != "" && n == 3 && strings.ContainsAny(s, "/.") {
		return date{}, i, false // four parts: a version or an address
	}
	small := func(s string) (int, bool) { // a 1-2 digit number
		if len(s) > 2 || !allDigits(s) {
			return 0, false
		}
		v := 0
		for j := 0; j < len(s); j++ {
			v = v*10 + int(s[j]-'0')
		}
		return v, true
	}
	year := func(s string) (int, bool) {
		if len(s) != 4 || !allDigits(s) {
			return 0, false
		}
		v := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
		return v, validYear(v)
	}
	month := func(v int, ok bool) bool { return ok && v >= 1 && v <= 12 }
	d.end = t.end
	switch n {
	case 2:
		if y, ok := year(parts[1]); ok {
			if m, ok2 := small(parts[0]); month(m, ok2) {
				d.year, d.month, d.style = y, m, StyleMonthYear
				return d, i + 1, true
			}
		}
		if y, ok := year(parts[0]); ok {
			if m, ok2 := small(parts[1]); month(m, ok2) {
				d.year, d.month, d.style = y, m, StyleYearMonth
				return d, i + 1, true
			}
		}
	case 3:
		if y, ok := year(parts[2]); ok {
			a, okA := small(parts[0])
			b, okB := small(parts[1])
			if okA && okB && a >= 1 && b >= 1 && a <= 31 && b <= 31 {
				d.style = StyleDate
				switch {
				case a <= 12:
					d.year, d.month = y, a
					if b <= 12 {
						d.altMonth = b
					}
				case b <= 12:
					d.year, d.month, d.dayFirst = y, b, true
				default:
					return date{}, i, false
				}
				return d, i + 1, true
			}
		}
		if y, ok := year(parts[0]); ok {
			if m, ok2 := small(parts[1]); month(m, ok2) {
				if day, ok3 := small(parts[2]); ok3 && day >= 1 && day <= 31 {
					d.year, d.month, d.style = y, m, StyleYearMonth
					return d, i + 1, true
				}
			}
		}
	}
	return date{}, i, false
}

// pair is a range as written, before it is measured.
type pair struct {
	from, to date
	open     bool // "Since 2019", or to the present
}

// rangeAt reads a range starting at token i: "Since" and a date; a date,
// a dash or "to", and a date or a word for the present; a year, a hyphen
// and two digits ("2019-20"); a season alone.
func (p *parser) rangeAt(i int) (pair, int, bool) {
	j := i
	if p.is(j, openWords) {
		d, next, ok := p.dateAt(j + 1)
		if !ok || d.present || d.year == 0 {
			return pair{}, i, false
		}
		d.start = p.toks[j].start
		return pair{from: d, to: date{present: true, start: d.end, end: d.end}, open: true}, next, true
	}
	if p.is(j, fromWords) {
		j++
	}
	d1, k, ok := p.dateAt(j)
	if !ok || d1.present {
		return pair{}, i, false
	}
	if p.isDash(k) || p.is(k, toWords) {
		dash := p.isDash(k)
		l := k + 1
		if dash && p.is(l, toWords) { // "- till date"
			l++
		}
		d2, next, ok := p.dateAt(l)
		if !ok && dash && d1.year != 0 && d1.month == 0 && d1.season == "" {
			// "2019-20": the second year in two digits.
			if yy, ok2 := p.num(l, 2); ok2 && len(p.text(p.toks[l])) == 2 {
				y2 := d1.year - d1.year%100 + yy
				if y2 > d1.year && y2 <= d1.year+10 {
					d2, next, ok = date{year: y2, start: p.toks[l].start, end: p.toks[l].end, style: StyleYear}, l+1, true
				}
			}
		}
		if ok && (d2.year != 0 || d2.present) {
			if d1.year == 0 { // "Jun - Jul 2023": the start takes the end's year
				if d2.present || d2.month == 0 {
					return pair{}, i, false
				}
				d1.year = d2.year
				if d1.month > d2.month {
					d1.year--
				}
			}
			// "15/03/2018 - 01/06/2021": one end day first, both are.
			if d1.dayFirst && d2.altMonth != 0 {
				d2.month = d2.altMonth
			} else if d2.dayFirst && d1.altMonth != 0 {
				d1.month = d1.altMonth
			}
			d1.start = p.toks[i].start
			return pair{from: d1, to: d2, open: d2.present}, next, true
		}
	}
	if d1.season != "" {
		d1.start = p.toks[i].start
		return pair{from: d1, to: d1}, k, true
	}
	return pair{}, i, false
}

// fromWords may stand before the first date ("from 2019 to 2021").
var fromWords = map[string]bool{"from": true}

// finish measures a range: a year alone is its middle month, a season its
// months, the present the as-of month; it is cut at the as-of month.
func (p *parser) finish(pr pair) (Range, bool) {
	from := startMonth(pr.from)
	to := p.asOf
	if !pr.open {
		to = endMonth(pr.to)
	}
	yearOnly := func(d date) bool { return d.month == 0 && d.season == "" && !d.present }
	if yearOnly(pr.from) && yearOnly(pr.to) && pr.from.year == pr.to.year {
		from, to = MonthFor(pr.from.year, 1), MonthFor(pr.to.year, 12) // "2019 - 2019": the whole year
	}
	if from > to && yearOnly(pr.from) {
		from = MonthFor(pr.from.year, 1)
	}
	if from > to && yearOnly(pr.to) {
		to = MonthFor(pr.to.year, 12)
	}
	if from > to || from > p.asOf {
		return Range{}, false
	}
	if to > p.asOf {
		to = p.asOf
	}
	r := Range{From: from, To: to, Open: pr.open, Start: pr.from.start, End: pr.to.end, FromStyle: pr.from.style}
	if !pr.open && pr.to.end != pr.from.end { // a season alone is one date
		r.ToStyle = pr.to.style
	}
	return r, true
}

func startMonth(d date) Month {
	switch {
	case d.season != "":
		if s := seasons[d.season]; s[0] > 0 {
			return MonthFor(d.year, timeMonth(s[0]))
		}
		return MonthFor(d.year-1, 12)
	case d.month == 0:
		return MonthFor(d.year, 7)
	}
	return MonthFor(d.year, timeMonth(d.month))
}

func endMonth(d date) Month {
	switch {
	case d.season != "":
		return MonthFor(d.year, timeMonth(seasons[d.season][1]))
	case d.month == 0:
		return MonthFor(d.year, 6)
	}
	return MonthFor(d.year, timeMonth(d.month))
}
