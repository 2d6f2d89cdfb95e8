package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func hasBOM16(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff})
}

// looksUTF16 spots BOM-less UTF-16 of mostly ASCII text: a NUL in every
// other byte. It returns true for either byte order.
func looksUTF16(data []byte) bool {
	return utf16Order(data) != 0
}

// utf16Order returns 1 for little-endian, 2 for big-endian, 0 for neither.
func utf16Order(data []byte) int {
	head := data[:min(len(data), 512)&^1]
	if len(head) < 8 {
		return 0
	}
	var even, odd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	half := len(head) / 2
	switch {
	case odd*10 >= half*9 && even*10 < half:
		return 1
	case even*10 >= half*9 && odd*10 < half:
		return 2
	}
	return 0
}

// decodeText turns bytes into UTF-8: UTF-16 (BOM or sniffed), UTF-8 (BOM
// dropped), or Windows-1252 when the bytes are not valid UTF-8. warn says
// which guess was made when it was a guess.
func decodeText(data []byte) (text, warn string, err error) {
	if hasBOM16(data) || looksUTF16(data) {
		order := unicode.LittleEndian
		if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || (!hasBOM16(data) && utf16Order(data) == 2) {
			order = unicode.BigEndian
		}
		out, err := unicode.UTF16(order, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("%w: bad UTF-16: %v", ErrMalformed, err)
		}
		w := ""
		if !hasBOM16(data) {
			w = "decoded as UTF-16 without byte-order mark"
		}
		return string(out), w, nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), "", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("%w: unknown text encoding", ErrUnsupported)
	}
	return string(out), "not UTF-8: decoded as Windows-1252", nil
}

// looksHTML: a doctype or <html> tag near the start, an .htm(l) name with a
// tag, or text where most characters sit inside common tags.
func looksHTML(text, name string) bool {
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 2048)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.Contains(head, "<html") {
		return true
	}
	ext := strings.ToLower(filepath.Ext(name))
	if (ext == ".html" || ext == ".htm" || ext == ".xhtml") && strings.Contains(head, "<") {
		return true
	}
	if !strings.HasPrefix(head, "<") {
		return false
	}
	tags := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<br", "<li", "<h1", "<h2", "<table", "<span", "<body"} {
		tags += strings.Count(head, t)
	}
	return tags >= 3
}

var (
	mdHeading = regexp.MustCompile(`(?m)^#{1,6} \S`)
	mdLink    = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\n]*\)`)
	mdBold    = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
)

// looksMarkdown: a Markdown name, or a heading / link / bold in the text.
func looksMarkdown(text, name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mkd":
		return true
	}
	// Cheap substring checks first: the regexps are slow on long plain text.
	return ((strings.HasPrefix(text, "#") || strings.Contains(text, "\n#")) && mdHeading.MatchString(text)) ||
		(strings.Contains(text, "](") && mdLink.MatchString(text)) ||
		((strings.Contains(text, "**") || strings.Contains(text, "__")) && mdBold.MatchString(text))
}

// stripMarkdown removes syntax that would pollute matching (heading marks,
// emphasis, link targets, code fences, rules) line by line, so the number of
// lines stays the same.
func stripMarkdown(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		switch {
		case strings.HasPrefix(t, "```"), strings.HasPrefix(t, "~~~"):
			lines[i] = ""
			continue
		case isRule(t):
			lines[i] = ""
			continue
		}
		if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 && (h == "" || h[0] == ' ') {
			t = strings.TrimSpace(strings.TrimRight(h, "# "))
		}
		for strings.HasPrefix(t, ">") {
			t = strings.TrimLeft(t[1:], " ")
		}
		if strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") {
			t = "- " + t[2:]
		}
		if strings.Contains(t, "](") {
			t = mdLink.ReplaceAllString(t, "$1")
		}
		if strings.Contains(t, "**") || strings.Contains(t, "__") {
			t = mdBold.ReplaceAllString(t, "$1$2")
		}
		t = strings.ReplaceAll(t, "`", "")
		lines[i] = t
	}
	return strings.Join(lines, "\n")
}

// isRule reports a thematic break such as "---", "***" or "___".
func isRule(t string) bool {
	t = strings.ReplaceAll(strings.TrimSpace(t), " ", "")
	if len(t) < 3 {
		return false
	}
	return strings.Trim(t, string(t[0])) == "" && strings.ContainsRune("-*_=", rune(t[0]))
}
