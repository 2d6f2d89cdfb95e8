package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"unicode"
	"unicode/utf8"
)

// run applies the size checks, then reads src under the deadline with panics
// recovered, then fills in the derived Document fields.
func run(ctx context.Context, src Source, lim Limits) (*Document, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if isBlank(src.Data) {
		return nil, ErrEmpty
	}
	if lim.MaxBytes > 0 && int64(len(src.Data)) > lim.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(src.Data), lim.MaxBytes)
	}
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	type result struct {
		doc *Document
		err error
	}
	// Buffered so a reader finishing after the deadline does not leak blocked.
	ch := make(chan result, 1)
	readDoc := readDoc // read once here: the goroutine may outlive this call
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- result{err: fmt.Errorf("%w: internal error: %v\n%s", ErrMalformed, r, firstFrames(debug.Stack()))}
			}
		}()
		doc, err := readDoc(ctx, src, lim)
		ch <- result{doc, err}
	}()
	var res result
	select {
	case res = <-ch:
	case <-ctx.Done():
		return nil, ctxErr(ctx)
	}
	if res.err != nil {
		if errors.Is(res.err, context.DeadlineExceeded) || errors.Is(res.err, context.Canceled) {
			return nil, ctxErr(ctx)
		}
		return nil, res.err
	}
	d := res.doc
	d.Name = src.Name
	var cut string
	if d.Text, cut = Truncate(foldBreaks(d.Text), lim); cut != "" {
		d.Warnings = append(d.Warnings, cut)
		d.Layout.clip(strings.Count(d.Text, "\n") + 1)
	}
	d.Words = countWords(d.Text)
	d.Confidence = clamp01(d.Confidence * textQuality(d.Text))
	if d.Words == 0 {
		if d.Format == FormatPDF {
			return nil, ErrNoTextLayer
		}
		return nil, fmt.Errorf("%w: no text found", ErrEmpty)
	}
	return d, nil
}

func ctxErr(ctx context.Context) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return ErrTimeout
	}
	return fmt.Errorf("%w: %v", ErrTimeout, ctx.Err())
}

// firstFrames keeps a panic report short enough for one error message.
func firstFrames(stack []byte) string {
	lines := strings.SplitN(string(stack), "\n", 12)
	if len(lines) > 11 {
		lines = lines[:11]
	}
	return strings.Join(lines, "\n")
}

// readDoc is read, swappable so tests can check panic recovery.
var readDoc = read

// read sniffs the content and dispatches to one reader.
func read(ctx context.Context, src Source, lim Limits) (*Document, error) {
	data := src.Data
	head := data[:min(len(data), 1024)]
	if bytes.Contains(head, []byte("%PDF-")) {
		return readPDF(ctx, data, lim)
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return readZip(ctx, data, lim)
	}
	if cause := binaryKind(data); cause != "" {
		if cause == "encrypted" {
			return nil, fmt.Errorf("%w: password-protected Office file", ErrEncrypted)
		}
		return nil, fmt.Errorf("%w: %s", ErrUnsupported, cause)
	}
	// Only what the caps can keep is decoded; HTML spends more bytes on
	// markup than on text, so it gets more of them.
	text, warn, err := decodeText(textPrefix(data, lim, 4))
	if err != nil {
		return nil, err
	}
	var doc *Document
	switch {
	case looksHTML(text, src.Name):
		if html := textPrefix(data, lim, htmlBytesPerChar); len(html) > len(text) {
			if text, warn, err = decodeText(html); err != nil {
				return nil, err
			}
		}
		doc, err = readHTML(ctx, text, lim)
		if err != nil {
			return nil, err
		}
	case looksMarkdown(text, src.Name):
		doc = &Document{Format: FormatMarkdown, Text: stripMarkdown(text), Confidence: 1}
	default:
		doc = &Document{Format: FormatText, Text: text, Confidence: 1}
	}
	if warn != "" {
		doc.Warnings = append(doc.Warnings, warn)
	}
	return doc, nil
}

// magics are formats people send by mistake; the cause says what to do.
var magics = []struct {
	prefix, cause string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image: run OCR first"},
	{"\xff\xd8\xff", "JPEG image: run OCR first"},
	{"GIF87a", "GIF image: run OCR first"},
	{"GIF89a", "GIF image: run OCR first"},
	{"II*\x00", "TIFF image: run OCR first"},
	{"MM\x00*", "TIFF image: run OCR first"},
	{"\x7fELF", "executable, not a document"},
	{"MZ", ""}, // decided by the binary-byte check below
	{"\x1f\x8b", "gzip archive: unpack it first"},
	{"7z\xbc\xaf\x27\x1c", "7z archive: unpack it first"},
	{"Rar!\x1a\x07", "RAR archive: unpack it first"},
	{"{\\rtf", "RTF document: save it as DOCX or PDF"},
	{"%!PS", "PostScript: convert it to PDF"},
}

// oleMagic starts legacy Office files (.doc) and encrypted OOXML containers.
const oleMagic = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

// binaryKind names binary content extract cannot read, "encrypted" for a
// password-protected OOXML file, or "" for content that may be text.
func binaryKind(data []byte) string {
	if bytes.HasPrefix(data, []byte(oleMagic)) {
		if bytes.Contains(data, utf16le("EncryptedPackage")) {
			return "encrypted"
		}
		return "legacy Word/Office file (.doc): save it as DOCX or PDF"
	}
	if len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WEBP" {
		return "WebP image: run OCR first"
	}
	for _, m := range magics {
		if m.cause != "" && bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.cause
		}
	}
	if hasBOM16(data) || looksUTF16(data) {
		return ""
	}
	head := data[:min(len(data), 8192)]
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return "binary data, not a document"
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctrl++
		}
	}
	if ctrl*20 > len(head) { // over 5% control bytes
		return "binary data, not a document"
	}
	return ""
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

func isBlank(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(data) == 2 && hasBOM16(data) {
		return true
	}
	for _, c := range data {
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v', 0:
		default:
			return false
		}
	}
	return true
}

// foldBreaks turns "\r\n" and lone "\r" into "\n" so Text has one kind of
// line break (the one textnorm and tokenize count).
func foldBreaks(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// textQuality is 1 for clean text and falls towards 0 as the share of
// replacement characters, private-use glyphs and stray controls grows, or
// when almost nothing is a letter or digit (symbol-font garbage).
func textQuality(s string) float64 {
	var bad, alnum, other int
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r >= 0xe000 && r <= 0xf8ff, r < 0x20 && r != '\n' && r != '\t':
			bad++
		case unicode.IsLetter(r), unicode.IsDigit(r):
			alnum++
		case unicode.IsSpace(r):
		default:
			other++
		}
	}
	total := bad + alnum + other
	if total == 0 {
		return 0
	}
	q := 1 - 3*float64(bad)/float64(total)
	if ratio := float64(alnum) / float64(total); ratio < 0.5 {
		q *= ratio * 2
	}
	return clamp01(q)
}

func clamp01(f float64) float64 {
	return max(0, min(1, f))
}
