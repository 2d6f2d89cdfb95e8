package render

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// PageName is the file name of one (resume, job) pair's match page beside
// a rank report (rank --html-dir): the resume's path made safe for any
// file system, then the job's when the run has several jobs, then a hash
// of both, so two paths that read alike ("a/b.md", "a_b.md") never share
// a page. The same inputs always give the same name, so a run replaces
// the page an earlier run wrote.
func PageName(resume, job string, severalJobs bool) string {
	key := resume
	name := slug(resume)
	if severalJobs {
		key += "\x00" + job
		name += "--" + slug(job)
	}
	sum := sha256.Sum256([]byte(key))
	return name + "-" + hex.EncodeToString(sum[:4]) + ".html"
}

// slug keeps ASCII letters, digits, '.', '-' and '_' of s, the rest as
// '_', runs of them once, at most 60 bytes.
func slug(s string) string {
	var b strings.Builder
	last := byte(0)
	for i := 0; i < len(s) && b.Len() < 60; i++ {
		c := s[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
		if !ok {
			c = '_'
		}
		if c == '_' && last == '_' {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return strings.Trim(b.String(), "._")
}
