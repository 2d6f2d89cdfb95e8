package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkResult holds for every input: a *FileError with a known class, or a
// document with valid UTF-8 and sane fields.
func checkResult(t *testing.T, name string, doc *Document, err error) {
	t.Helper()
	if err != nil {
		var fe *FileError
		if !errors.As(err, &fe) || fe.Name != name {
			t.Fatalf("error %v is not a *FileError named %q", err, name)
		}
		if errors.Is(err, ErrTimeout) {
			t.Fatalf("small input timed out: %v", err)
		}
		if classOf(err) == err {
			t.Fatalf("error %v wraps no error class", err)
		}
		return
	}
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("Text is not valid UTF-8: %q", doc.Text)
	}
	if strings.ContainsRune(doc.Text, '\r') {
		t.Fatalf("Text holds a CR: %q", doc.Text)
	}
	if doc.Words <= 0 || doc.Confidence < 0 || doc.Confidence > 1 {
		t.Fatalf("bad document fields: words %d confidence %v", doc.Words, doc.Confidence)
	}
}

func fuzzLimits() Limits {
	return Limits{MaxBytes: 1 << 20, MaxPages: 20, Timeout: 2 * time.Second}
}

func FuzzExtract(f *testing.F) {
	f.Add("a.txt", []byte("Jane Doe\nGo engineer"))
	f.Add("a.md", []byte("# Jane\n**Go** [x](y)"))
	f.Add("a.html", []byte("<html><body><p>Go</p><script>x</script></body></html>"))
	f.Add("a.docx", makeDOCX(f, wP("Hello", " world")+`<w:tbl><w:tr><w:tc>`+wP("a")+`</w:tc></w:tr></w:tbl>`))
	f.Add("a.odt", makeZip(f, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<text:p>Go<text:s/>dev</text:p>"))
	f.Add("a.pdf", []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Add("a.pdf", []byte("%PDF-1.7\nxref\n0 1\n0000000000 65535 f \ntrailer<</Size 1>>\nstartxref\n9\n%%EOF"))
	f.Add("a.pdf", []byte("junk%PDF-"))
	f.Add("a.pdf", makePDF([]string{"Jane Doe", "Go (C#) engineer"}, []string{"page two"}))
	f.Add("a.txt", utf16("hé\nllo", false))
	f.Add("a.txt", []byte("caf\xe9 \x93x\x94"))
	f.Add("a.bin", []byte("\x89PNG\r\n\x1a\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		doc, err := Extract(context.Background(), Source{Name: name, Data: data}, fuzzLimits())
		checkResult(t, name, doc, err)
	})
}

func FuzzDOCX(f *testing.F) {
	f.Add(wDoc(wP("Hello")))
	f.Add(wDoc(`<w:tbl><w:tr><w:tc>` + wP("a") + wP("b") + `</w:tc><w:tc><w:tbl><w:tr><w:tc>` + wP("n") + `</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`))
	f.Add(wDoc(`<w:p><w:r><w:txbxContent>` + wP("box") + `</w:txbxContent><w:br/><w:tab/></w:r></w:p>`))
	f.Add(`<w:document><w:p><w:t>&amp;&nbsp;&#x0;</w:t>`)
	f.Add(`</w:tr></w:p></w:tc><w:t>x`)
	f.Fuzz(func(t *testing.T, xml string) {
		data := makeZip(t, "word/document.xml", xml, "word/header1.xml", xml)
		doc, err := Extract(context.Background(), Source{Name: "f.docx", Data: data}, fuzzLimits())
		checkResult(t, "f.docx", doc, err)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add("<!doctype html><title>t</title><p>a<br>b</p>")
	f.Add("<html><pre>a\n  b</pre><table><tr><td>x<td>y</table><li>z")
	f.Add("<html><head><title>x<script>y</script></head><svg><text>no</text></svg>")
	f.Add("<html><!-- c --><textarea>t</textarea>&amp;&#0;&lt;")
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := Extract(context.Background(), Source{Name: "f.html", Data: []byte(page)}, fuzzLimits())
		checkResult(t, "f.html", doc, err)
	})
}
