// Package hostile builds the inputs of the reliability issue (13): small or
// plain files that cost far more to analyse than their size suggests. Tests
// and benchmarks use them to check the per-document caps by counts, and
// cmd/hostilegen writes them to disk to measure time and peak memory of the
// built binary (/usr/bin/time -v).
package hostile

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
)

// Text is line repeated up to size bytes (whole lines only): the "63 MB
// text file of one repeated skill".
func Text(size int, line string) []byte {
	if !strings.HasSuffix(line, "\n") {
		line += "\n"
	}
	n := max(size/len(line), 1)
	return bytes.Repeat([]byte(line), n)
}

// DOCX is a Word file whose body is one paragraph of word repeated up to
// size bytes: deflate shrinks it about a thousand times, so a 63 MB
// paragraph is a 60 KB file with honest zip headers.
func DOCX(size int, word string) []byte {
	var body bytes.Buffer
	body.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`)
	unit := word + " "
	body.WriteString(strings.Repeat(unit, max(size/len(unit), 1)))
	body.WriteString(`</w:t></w:r></w:p></w:body></w:document>`)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"word/document.xml", body.String()},
	} {
		w, err := zw.Create(f.name)
		if err != nil {
			panic(err) // writing to memory cannot fail
		}
		w.Write([]byte(f.data))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return out.Bytes()
}

// NestedForms is a one-page PDF whose content draws form XObject 1, and
// each form i draws a word and then form i+1 fanout times, depth forms
// deep: fanout^depth form invocations from a file of a few kilobytes.
func NestedForms(depth, fanout int, word string) []byte {
	const font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	stream := func(dict, data string) string {
		return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
	}
	add("<< /Type /Catalog /Pages 2 0 R >>")
	add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	first := 5 // forms are objects 5 .. 5+depth-1
	add(fmt.Sprintf("<< /Type /Page /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 %s >> /XObject << /X %d 0 R >> >> >>", font, first))
	add(stream("", "/X Do"))
	for i := range depth {
		content := fmt.Sprintf("BT /F1 9 Tf 72 700 Td (%s) Tj ET", word)
		res := fmt.Sprintf("/Font << /F1 %s >>", font)
		if i < depth-1 {
			content += strings.Repeat(" /X Do", fanout)
			res += fmt.Sprintf(" /XObject << /X %d 0 R >>", first+i+1)
		}
		add(stream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << "+res+" >>", content))
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return out.Bytes()
}
