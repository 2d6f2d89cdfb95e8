package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// builder writes small PDFs for tests: numbered objects, an xref table and
// a trailer. Objects are raw PDF syntax; ids start at 1.
type builder struct {
	objs    []string
	header  string
	trailer string // extra trailer entries
}

func (b *builder) add(obj string) int {
	b.objs = append(b.objs, obj)
	return len(b.objs)
}

// set replaces object id (to build forward references).
func (b *builder) set(id int, obj string) { b.objs[id-1] = obj }

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func flateStream(dict string, data []byte) string {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(data)
	zw.Close()
	return fmt.Sprintf("<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", dict, z.Len(), z.String())
}

func (b *builder) bytes(root int) []byte {
	var out bytes.Buffer
	h := b.header
	if h == "" {
		h = "%PDF-1.7"
	}
	out.WriteString(h + "\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(b.objs))
	for i, o := range b.objs {
		offs[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, root, b.trailer, xref)
	return out.Bytes()
}

// doc builds a document with one page per content string, all sharing the
// given font resources dictionary (raw syntax, e.g. "<< /F1 5 0 R >>").
func doc(fonts string, contents ...string) []byte {
	var b builder
	pages := b.add("") // placeholder
	var kids []string
	for _, c := range contents {
		cs := b.add(stream("", c))
		kids = append(kids, fmt.Sprintf("%d 0 R", b.add(fmt.Sprintf(
			"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font %s >> >>", pages, cs, fonts))))
	}
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	root := b.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	return b.bytes(root)
}

// helvWidths is a /Widths array for codes 32..126 with Helvetica-like metrics.
func helvWidths() string {
	var w []string
	for c := 32; c <= 126; c++ {
		w = append(w, fmt.Sprint(approxWidth(string(rune(c)))))
	}
	return "[" + strings.Join(w, " ") + "]"
}

const helvFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
