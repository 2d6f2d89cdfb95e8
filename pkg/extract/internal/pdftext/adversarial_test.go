package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var helvDoc = doc("<< /F1 "+helvFont+" >>", "BT /F1 12 Tf 72 700 Td (Hello world) Tj ET")

// pagesDoc builds a file whose page tree and trailer are given raw, with a
// page (object 3) and content (object 4) available to reference.
func pagesDoc(pages, page, trailer string) []byte {
	var b builder
	b.trailer = trailer
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add(pages)
	b.add(page)
	b.add(stream("", "BT /F1 12 Tf 72 700 Td (Hi) Tj ET"))
	return b.bytes(1)
}

// xrefPrevSelf points the trailer's /Prev at the xref itself.
func xrefPrevSelf() []byte {
	d := string(helvDoc)
	i := strings.LastIndex(d, "startxref\n")
	off := strings.TrimSpace(strings.TrimSuffix(d[i+len("startxref\n"):], "%%EOF\n"))
	return []byte(strings.Replace(d, "trailer\n<< ", "trailer\n<< /Prev "+off+" ", 1))
}

func flateBomb() []byte {
	z := zlibZeros(200)
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page /Contents 4 0 R >>")
	b.add(fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", z.Len(), z.String()))
	return b.bytes(1)
}

// rc4Encrypted declares standard RC4 encryption whose user password is not
// empty (the O/U entries do not match the empty password).
func rc4Encrypted() []byte {
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page >>")
	u := strings.Repeat("A", 32)
	b.add("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O (" + u + ") /U (" + u + ") >>")
	b.trailer = "/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
	return b.bytes(1)
}

func aes256Encrypted() []byte {
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page >>")
	b.add("<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 >>")
	b.trailer = "/Encrypt 4 0 R /ID [<00> <00>]"
	return b.bytes(1)
}

type adversarial struct {
	name    string
	data    []byte
	wantErr error // nil: a result is fine too, only no panic/hang matters
}

var adversarialOnce = sync.OnceValue(buildAdversarial)

// adversarialCases is built once per process.
func adversarialCases() []adversarial { return adversarialOnce() }

// bombRefs references one flate bomb from 2000 Contents entries and 2000 fonts.
func bombRefs() []byte {
	z := zlibZeros(16)
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	var fonts, content strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&fonts, "/F%d << /Subtype /Type1 /ToUnicode 4 0 R >> ", i)
		fmt.Fprintf(&content, "/F%d 9 Tf (x) Tj ", i)
	}
	b.add("<< /Type /Page /Contents [" + strings.Repeat("4 0 R 5 0 R ", 2000) + "] /Resources << /Font << " + fonts.String() + " >> >> >>")
	b.add(fmt.Sprintf("<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", z.Len(), z.String()))
	b.add(stream("", "BT "+content.String()+" ET"))
	return b.bytes(1)
}

func buildAdversarial() []adversarial {
	page := "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"
	h := string(helvDoc)
	return []adversarial{
		{"xref Prev self", xrefPrevSelf(), nil},
		{"Kids contains itself", pagesDoc("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", page, ""), nil},
		{"Parent cycle", pagesDoc("<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>", "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>", ""), nil},
		{"Count 2000000000", pagesDoc("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", page, ""), nil},
		{"Size 2000000000", []byte(mustReplace(h, "/Size 5 ", "/Size 2000000000 ")), nil},
		{"subsection 0 2000000000", []byte(mustReplace(h, "xref\n0 5", "xref\n0 2000000000")), ErrTooLarge},
		{"flate bomb", flateBomb(), nil},
		{"truncated", helvDoc[:len(helvDoc)/2], ErrMalformed},
		{"wrong xref offsets", []byte(strings.ReplaceAll(h, " 00000 n", "1 00000 n")), nil},
		{"deep nesting", pagesDoc("<< /Type /Pages /Kids [3 0 R] /Count 1 /X "+strings.Repeat("[", 100000)+" >>", page, ""), nil},
		{"deep page tree", deepTree(), nil},
		{"rc4 user password", rc4Encrypted(), ErrEncrypted},
		{"aes-256", aes256Encrypted(), ErrEncrypted},
		{"leading junk", append([]byte("garbage\x00\x01 from a mail gateway\n"), helvDoc...), nil},
		{"PDF-2.0", []byte(mustReplace(h, "%PDF-1.7", "%PDF-2.0")), nil},
		{"NULs after EOF", append(append([]byte{}, helvDoc...), make([]byte, 4096)...), nil},
		{"not a pdf", []byte("hello"), ErrMalformed},
		{"empty", nil, ErrMalformed},
		{"unbalanced Q and bad operands", doc("<< /F1 "+helvFont+" >>", "Q Q Q cm Tf Tj TJ Td BT /F1 Tf (x) ' [(a) /b] TJ /Nope Do ET"), nil},
		{"form draws itself", selfForm(), nil},
		{"one bomb referenced 4000 times", bombRefs(), nil},
	}
}

// mustReplace replaces old once and panics when it is absent, so that a
// builder change cannot silently turn a case into a plain valid file.
func mustReplace(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("mustReplace: " + old + " not found")
	}
	return strings.Replace(s, old, new, 1)
}

func deepTree() []byte {
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	n := 5000
	for i := 0; i < n; i++ {
		b.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", i+3))
	}
	b.add("<< /Type /Page >>")
	return b.bytes(1)
}

func selfForm() []byte {
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>")
	b.add(stream("", "/X Do"))
	b.add(stream("/Subtype /Form /Resources << /XObject << /X 5 0 R >> /Font << /F1 "+helvFont+" >> >>", "BT /F1 9 Tf (loop) Tj ET /X Do"))
	return b.bytes(1)
}

const adversarialDeadline = 15 * time.Second

func TestAdversarial(t *testing.T) {
	for _, tc := range adversarialCases() {
		t.Run(tc.name, func(t *testing.T) {
			// Each case takes well under a second in a normal build; the
			// deadline is generous so that the race detector on a loaded
			// machine is not mistaken for a loop, and the watchdog catches a
			// walk that never looks at the context at all.
			ctx, cancel := context.WithTimeout(context.Background(), adversarialDeadline)
			defer cancel()
			start := time.Now()
			type outcome struct {
				res *Result
				err error
			}
			done := make(chan outcome, 1)
			go func() {
				res, err := Extract(ctx, tc.data, Options{})
				done <- outcome{res, err}
			}()
			var res *Result
			var err error
			select {
			case o := <-done:
				res, err = o.res, o.err
			case <-time.After(adversarialDeadline + 5*time.Second):
				t.Fatalf("Extract did not return within %v of its deadline", 5*time.Second)
			}
			if errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("Extract ran into its %v deadline (%v): unbounded work", adversarialDeadline, time.Since(start))
			}
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("Extract err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && res == nil {
				t.Errorf("Extract returned neither result nor error")
			}
			if err != nil && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrTooLarge) {
				t.Errorf("Extract err = %v: not one of the typed errors", err)
			}
		})
	}
}

// TestAdversarialResults pins the outcome where a useful result is expected.
func TestAdversarialResults(t *testing.T) {
	for _, tc := range adversarialCases() {
		want, ok := map[string]string{
			"leading junk":         "Hello world",
			"PDF-2.0":              "Hello world",
			"NULs after EOF":       "Hello world",
			"Kids contains itself": "Hi",
			"Count 2000000000":     "Hi",
			"form draws itself":    "loop",
		}[tc.name]
		if !ok {
			continue
		}
		res, err := Extract(context.Background(), tc.data, Options{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(res.Pages, "|"); got != want {
			t.Errorf("%s: pages = %q, want %q", tc.name, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(helvDoc)
	for _, tc := range adversarialCases() {
		if len(tc.data) < 1<<16 {
			f.Add(tc.data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		res, err := Extract(ctx, data, Options{MaxStreamBytes: 1 << 20})
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("hang")
		}
		if err == nil && res == nil {
			t.Fatalf("nil result without error")
		}
	})
}

// TestWriteFuzzSeeds writes the adversarial files as seed corpus when run
// with -update (kept out of the normal run).
func TestWriteFuzzSeeds(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/fuzz/FuzzExtract")
	}
	dir := filepath.Join("testdata", "fuzz", "FuzzExtract")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range adversarialCases() {
		if len(tc.data) > 1<<16 {
			continue
		}
		name := strings.NewReplacer(" ", "_", "/", "_").Replace(tc.name)
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", tc.data)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStreamCapWarning(t *testing.T) {
	res, err := Extract(context.Background(), flateBombDoc(), Options{MaxStreamBytes: 1 << 16})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"content cut at size cap"}, res.Warnings); diff != "" {
		t.Errorf("warnings mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Bomb"}, res.Pages); diff != "" {
		t.Errorf("pages mismatch (-want +got):\n%s", diff)
	}
}

// flateBombDoc draws text, then 1 MiB of spaces, in two flate streams of one page.
func flateBombDoc() []byte {
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page /Contents [4 0 R 5 0 R 5 0 R] /Resources << /Font << /F1 " + helvFont + " >> >> >>")
	b.add(flateStream("", []byte("BT /F1 12 Tf 72 700 Td (Bomb) Tj ET")))
	b.add(flateStream("", bytes.Repeat([]byte(" "), 1<<20)))
	return b.bytes(1)
}

// FuzzContent fuzzes a page's content stream and a ToUnicode CMap inside a
// valid file, where FuzzExtract's mutations mostly break the xref.
func FuzzContent(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf 72 700 Td [(Senior)-333(Go)] TJ T* (x) ' ET"), []byte(toUnicodeCMap("Go", true)))
	f.Add([]byte("q 1 0 0 1 5 5 cm BT /F2 9 Tf <00010002> Tj ET Q /X Do"), []byte("1 beginbfrange <0000> <FFFF> <0041> endbfrange"))
	f.Add([]byte("BT /F2 9 Tf 0 Tz 1e308 Tc <0001> Tj ET"), []byte("1 beginbfchar <01> <D800> endbfchar"))
	f.Fuzz(func(t *testing.T, content, cmapData []byte) {
		var b builder
		b.add("<< /Type /Catalog /Pages 2 0 R >>")
		b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
		b.add("<< /Type /Page /Contents 4 0 R /Resources << /Font << /F1 " + helvFont + " /F2 5 0 R >> /XObject << /X 7 0 R >> >> >>")
		b.add(stream("", string(content)))
		b.add("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /DescendantFonts [<< /Subtype /CIDFontType2 /W [1 [500 600] 3 9 700] >>] /ToUnicode 6 0 R >>")
		b.add(stream("", string(cmapData)))
		b.add(stream("/Subtype /Form /Resources << /XObject << /X 7 0 R >> >>", string(content)))
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		res, err := Extract(ctx, b.bytes(1), Options{})
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("hang")
		}
		if err != nil {
			t.Fatalf("valid file with fuzzed content failed: %v", err)
		}
		for _, p := range res.Pages {
			if strings.Contains(p, "  ") || strings.HasPrefix(p, " ") || strings.Contains(p, "\n\n") {
				t.Fatalf("page text not normalised: %q", p)
			}
		}
	})
}

// A deadline must interrupt decoding itself, not only the operator loop:
// inflating a referenced-many-times bomb up to the byte caps takes seconds.
func TestDeadlineStopsDecoding(t *testing.T) {
	data := bombRefs()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := Extract(ctx, data, Options{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Extract err = %v, want context.DeadlineExceeded", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Extract returned %v after a 20ms deadline", took)
	}
}
