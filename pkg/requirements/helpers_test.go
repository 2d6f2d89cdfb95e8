package requirements

import (
	"strings"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/match"
	"github.com/atsmatch/atsmatch/pkg/sections"
	"github.com/atsmatch/atsmatch/pkg/textnorm"
	"github.com/atsmatch/atsmatch/pkg/tokenize"
)

// pipeline returns the embedded dictionary and its shared matcher.
func pipeline(t testing.TB) (*keywords.Dict, *match.Matcher) {
	t.Helper()
	d, err := keywords.Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := match.Default()
	if err != nil {
		t.Fatal(err)
	}
	return d, m
}

// doc runs a text through the stages before this one, as pkg/ats does.
func doc(t testing.TB, text string, job bool) Doc {
	_, m := pipeline(t)
	text = textnorm.Normalize(text)
	secs := sections.Resume(text)
	if job {
		secs = sections.Job(text)
	}
	return Doc{Lines: strings.Split(text, "\n"), Matches: m.Match(text, tokenize.Tokenize(text)).Matches, Sections: secs}
}

var testAsOf = time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC)

func read(t testing.TB, job, resume string) Result {
	d, _ := pipeline(t)
	return Read(d, doc(t, job, true), doc(t, resume, false), Options{AsOf: testAsOf})
}
