package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// makeZip builds a zip archive in memory; files are written in the given order.
func makeZip(t testing.TB, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

func wDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`
}

func wP(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		b.WriteString(`<w:r><w:t xml:space="preserve">` + r + `</w:t></w:r>`)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func makeDOCX(t testing.TB, body string, extra ...string) []byte {
	t.Helper()
	files := append([]string{"[Content_Types].xml", `<Types/>`, "word/document.xml", wDoc(body)}, extra...)
	return makeZip(t, files...)
}

func utf16(s string, bigEndian bool) []byte {
	var out []byte
	if bigEndian {
		out = append(out, 0xfe, 0xff)
	} else {
		out = append(out, 0xff, 0xfe)
	}
	for _, r := range s { // test strings are BMP only
		if bigEndian {
			out = append(out, byte(r>>8), byte(r))
		} else {
			out = append(out, byte(r), byte(r>>8))
		}
	}
	return out
}

// got is the comparable part of an Extract result.
type got struct {
	Format Format
	Text   string
	Words  int
	Err    error
}

func TestExtract(t *testing.T) {
	docx := makeDOCX(t,
		wP("Jane Doe")+
			wP("Senior ", "Go", " engineer")+
			`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Built CI/CD</w:t></w:r></w:p>`+
			`<w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>sep</w:t><w:br/><w:t>next line</w:t></w:r></w:p>`+
			`<w:tbl><w:tr><w:tc>`+wP("Skills")+`</w:tc><w:tc>`+wP("C#")+wP(".NET")+`</w:tc></w:tr>`+
			`<w:tr><w:tc>`+wP("Cloud")+`</w:tc><w:tc>`+wP("AWS")+`</w:tc></w:tr></w:tbl>`+
			`<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>`+wP("Text box line")+`</w:txbxContent></w:drawing></mc:Choice>`+
			`<mc:Fallback><w:pict><w:txbxContent>`+wP("Text box line")+`</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`+
			`<w:r><w:t>after box</w:t></w:r></w:p>`+
			`<w:p><w:r><w:delText>deleted</w:delText><w:instrText>HYPERLINK x</w:instrText><w:t>kept</w:t></w:r></w:p>`,
		"word/header1.xml", `<w:hdr `+wNS+`>`+wP("jane@example.com")+`</w:hdr>`,
		"word/header2.xml", `<w:hdr `+wNS+`>`+wP("jane@example.com")+`</w:hdr>`,
		"word/footer1.xml", `<w:ftr `+wNS+`>`+wP("Page 1")+`</w:ftr>`,
	)
	odt := `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>` +
		`<text:tracked-changes><text:p>gone</text:p></text:tracked-changes><text:h>Jane Doe</text:h><text:p>Go<text:s/>and <text:span>Rust</text:span><text:line-break/>line two</text:p>` +
		`<text:list><text:list-item><text:p>C++</text:p></text:list-item></text:list>` +
		`<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table>` +
		`</office:text></office:body></office:document-content>`
	tests := []struct {
		name string
		src  Source
		want got
	}{
		{"plain text", Source{"cv.txt", []byte("Jane Doe\r\nGo, Python\n")},
			got{Format: FormatText, Text: "Jane Doe\nGo, Python\n", Words: 4}},
		{"text named .pdf is text", Source{"cv.pdf", []byte("Jane Doe\nGo engineer")},
			got{Format: FormatText, Text: "Jane Doe\nGo engineer", Words: 4}},
		{"utf-8 bom dropped", Source{"a.txt", []byte("\xef\xbb\xbfhello world")},
			got{Format: FormatText, Text: "hello world", Words: 2}},
		{"utf-16le bom", Source{"a.txt", utf16("résumé C#\nline two", false)},
			got{Format: FormatText, Text: "résumé C#\nline two", Words: 4}},
		{"utf-16be bom", Source{"a.txt", utf16("résumé C#\nline two", true)},
			got{Format: FormatText, Text: "résumé C#\nline two", Words: 4}},
		{"utf-16le without bom", Source{"a.txt", utf16("plain ascii resume text here", false)[2:]},
			got{Format: FormatText, Text: "plain ascii resume text here", Words: 5}},
		{"windows-1252", Source{"a.txt", []byte("r\xe9sum\xe9 \x93quoted\x94")},
			got{Format: FormatText, Text: "résumé \u201cquoted\u201d", Words: 2}},
		{"markdown by name", Source{"cv.md", []byte("# Jane Doe\n\n**Go** and [Kubernetes](https://k8s.io)\n---\n* `gRPC`\n> quote")},
			got{Format: FormatMarkdown, Text: "Jane Doe\n\nGo and Kubernetes\n\n- gRPC\nquote", Words: 8}},
		{"markdown by content", Source{"cv.txt", []byte("## Skills\n- Go\n")},
			got{Format: FormatMarkdown, Text: "Skills\n- Go\n", Words: 3}},
		{"html", Source{"jd", []byte(`<!DOCTYPE html><html><head><title>Go Dev</title><style>p{color:red}</style>
<script>var Express = 1;</script></head><body><h1>Backend&nbsp;Engineer</h1><p>We use <b>Go</b>lang and
 <i>C++</i>.</p><ul><li>Node.js</li><li>CI/CD</li><li> </li></ul><table><tr><td>A</td><td>B</td></tr></table>line<br>break<noscript>no</noscript></body></html>`)},
			got{Format: FormatHTML, Text: "Go Dev\nBackend Engineer\nWe use Golang and C++.\n- Node.js\n- CI/CD\nA | B\nline\nbreak", Words: 18}},
		{"html fragment by tags", Source{"x", []byte("<div>One</div><div>Two</div><p>Three</p>")},
			got{Format: FormatHTML, Text: "One\nTwo\nThree", Words: 3}},
		{"docx", Source{"cv.docx", docx},
			got{Format: FormatDOCX, Text: "jane@example.com\nJane Doe\nSenior Go engineer\n- Built CI/CD\nTab\tsep\nnext line\nSkills | C# .NET\nCloud | AWS\nText box line\nafter box\nkept\nPage 1", Words: 28}},
		{"docx named .txt", Source{"cv.txt", makeDOCX(t, wP("Hello there"))},
			got{Format: FormatDOCX, Text: "Hello there", Words: 2}},

		{"empty", Source{"e.txt", nil}, got{Err: ErrEmpty}},
		{"whitespace only", Source{"e.txt", []byte(" \n\t\r\n")}, got{Err: ErrEmpty}},
		{"bom only", Source{"e.txt", []byte{0xff, 0xfe}}, got{Err: ErrEmpty}},
		{"html without text", Source{"e.html", []byte("<html><script>x()</script></html>")}, got{Err: ErrEmpty}},
		{"png named .pdf", Source{"cv.pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, got{Err: ErrUnsupported}},
		{"jpeg", Source{"cv.jpg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF")}, got{Err: ErrUnsupported}},
		{"elf", Source{"a.out", []byte("\x7fELF\x02\x01\x01")}, got{Err: ErrUnsupported}},
		{"nul bytes", Source{"x.txt", []byte("abc\x00\x01\x02def")}, got{Err: ErrUnsupported}},
		{"legacy doc", Source{"cv.doc", []byte(oleMagic + "rest")}, got{Err: ErrUnsupported}},
		{"encrypted office", Source{"cv.docx", append([]byte(oleMagic), utf16le("EncryptedPackage")...)}, got{Err: ErrEncrypted}},
		{"xlsx", Source{"a.xlsx", makeZip(t, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")}, got{Err: ErrUnsupported}},
		{"odt", Source{"a.odt", makeZip(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", odt)},
			got{Format: FormatODT, Text: "Jane Doe\nGo and Rust\nline two\n- C++\nA | B", Words: 12}},
		{"ods", Source{"a.ods", makeZip(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", odt)}, got{Err: ErrUnsupported}},
		{"odt without text", Source{"a.odt", makeZip(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")}, got{Err: ErrEmpty}},
		{"docx without document.xml", Source{"a.docx", makeZip(t, "[Content_Types].xml", "<Types/>", "word/styles.xml", "<x/>")}, got{Err: ErrMalformed}},
		{"truncated zip", Source{"a.docx", docx[:40]}, got{Err: ErrMalformed}},
		{"broken docx xml", Source{"a.docx", makeZip(t, "word/document.xml", "<w:document><w:body><w:p><w:t>x</w:t")}, got{Err: ErrMalformed}},
		{"pdf named .txt goes to pdf reader", Source{"cv.txt", []byte("%PDF-1.4\ngarbage")}, got{Err: ErrMalformed}},
		{"junk before pdf header", Source{"cv.pdf", []byte("From: mail\n\n%PDF-1.7\n%%EOF")}, got{Err: ErrMalformed}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), tt.src, DefaultLimits())
			var g got
			if err != nil {
				var fe *FileError
				if !errors.As(err, &fe) || fe.Name != tt.src.Name {
					t.Fatalf("Extract error %v is not a *FileError named %q", err, tt.src.Name)
				}
				g.Err = classOf(err)
			} else {
				g = got{Format: doc.Format, Text: doc.Text, Words: doc.Words}
				if doc.Name != tt.src.Name {
					t.Errorf("Name = %q, want %q", doc.Name, tt.src.Name)
				}
			}
			if diff := cmp.Diff(tt.want, g, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s\nerror: %v", tt.src.Name, diff, err)
			}
		})
	}
}

var classes = []error{ErrNotFound, ErrIsDir, ErrEmpty, ErrUnsupported, ErrEncrypted, ErrNoTextLayer, ErrTooLarge, ErrMalformed, ErrTimeout, ErrNotRegular}

// classOf returns the error class err wraps, or err itself.
func classOf(err error) error {
	for _, c := range classes {
		if errors.Is(err, c) {
			return c
		}
	}
	return err
}

func TestExtractConfidence(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		min, max float64
	}{
		{"clean", "Senior Go engineer with C# and .NET", 1, 1},
		{"replacement chars", "Se\ufffd\ufffdor \ufffd\ufffd en\ufffdineer", 0, 0.5},
		{"symbol soup", "}{ ]] ## !! ** %% ^^ && a", 0, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Extract(context.Background(), Source{"t.txt", []byte(tt.text)}, DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if doc.Confidence < tt.min || doc.Confidence > tt.max {
				t.Errorf("Confidence(%q) = %v, want in [%v, %v]", tt.text, doc.Confidence, tt.min, tt.max)
			}
		})
	}
}

func TestExtractWarnings(t *testing.T) {
	doc, err := Extract(context.Background(), Source{"a.txt", []byte("caf\xe9")}, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"not UTF-8: decoded as Windows-1252"}, doc.Warnings); diff != "" {
		t.Errorf("Warnings mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractLimits(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxBytes = 10
	_, err := Extract(context.Background(), Source{"big.txt", []byte("more than ten bytes")}, lim)
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("over MaxBytes: got %v, want ErrTooLarge", err)
	}

	// A cancelled context stands for an expired deadline: the reader must
	// give up instead of finishing a large document.
	big := []byte("<html><body>" + strings.Repeat("<p>Go engineer</p>", 200000) + "</body></html>")
	lim = DefaultLimits()
	lim.Timeout = time.Nanosecond
	_, err = Extract(context.Background(), Source{"slow.html", big}, lim)
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("timeout: got %v, want ErrTimeout", err)
	}
	var fe *FileError
	if !errors.As(err, &fe) || fe.Name != "slow.html" {
		t.Errorf("timeout error %v is not a *FileError for slow.html", err)
	}
}

func TestExtractRecoversPanics(t *testing.T) {
	old := readDoc
	readDoc = func(context.Context, Source, Limits) (*Document, error) { panic("boom") }
	defer func() { readDoc = old }()
	_, err := Extract(context.Background(), Source{"p.txt", []byte("x")}, DefaultLimits())
	var fe *FileError
	if !errors.Is(err, ErrMalformed) || !errors.As(err, &fe) || fe.Name != "p.txt" {
		t.Errorf("panic in reader: got %v, want *FileError wrapping ErrMalformed", err)
	}
}

func TestZipBomb(t *testing.T) {
	old := maxUnzippedBytes
	maxUnzippedBytes = 1 << 20
	defer func() { maxUnzippedBytes = old }()
	var xml bytes.Buffer
	xml.WriteString(`<w:document ` + wNS + `><w:body>`)
	for xml.Len() < 2<<20 {
		xml.WriteString(wP("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
	}
	honest := makeZip(t, "word/document.xml", xml.String())

	// A lying header: patch the declared size in the central directory to 1;
	// archive/zip then fails the read, which must surface as an error too.
	lying := bytes.Clone(honest)
	for i := 0; i+4 <= len(lying); i++ {
		if string(lying[i:i+4]) == "PK\x01\x02" && bytes.HasPrefix(lying[i+46:], []byte("word/document.xml")) {
			copy(lying[i+24:i+28], []byte{1, 0, 0, 0})
		}
	}
	for name, data := range map[string][]byte{"honest": honest, "lying": lying} {
		t.Run(name, func(t *testing.T) {
			_, err := Extract(context.Background(), Source{"bomb.docx", data}, DefaultLimits())
			if !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrMalformed) {
				t.Errorf("zip bomb: got %v, want ErrTooLarge or ErrMalformed", err)
			}
		})
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("Go engineer"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		path     string
		maxBytes int64
		wantData string
		wantErr  error
	}{
		{"reads", small, 100, "Go engineer", nil},
		{"missing", filepath.Join(dir, "nope.txt"), 100, "", ErrNotFound},
		{"directory", dir, 100, "", ErrIsDir},
		{"too large", small, 5, "", ErrTooLarge},
		{"exactly at cap", small, 11, "Go engineer", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := ReadFile(tt.path, tt.maxBytes)
			if err != nil {
				var fe *FileError
				if !errors.As(err, &fe) || fe.Name != tt.path {
					t.Fatalf("ReadFile error %v is not a *FileError named %q", err, tt.path)
				}
				err = classOf(err)
			}
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ReadFile(%q) error mismatch (-want +got):\n%s", tt.path, diff)
			}
			if diff := cmp.Diff(tt.wantData, string(src.Data)); diff != "" {
				t.Errorf("ReadFile(%q) data mismatch (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}
