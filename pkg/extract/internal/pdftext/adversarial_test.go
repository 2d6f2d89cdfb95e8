package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/atsmatch/atsmatch/pkg/extract/internal/pdftext/pdf"
	"github.com/atsmatch/atsmatch/pkg/internal/hostile"
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
	opt     Options // zero: the defaults
	wantErr error   // nil: a result is fine too, only no panic/hang matters
	// check, when set, pins what the read did, by counts (never by time):
	// which cap stopped it and how much work it took.
	check func(t *testing.T, res *Result)
}

// capped checks that res stopped at a cap: the work counted there and the
// one warning that says so.
func capped(work func(Work) int64, want int64, warning string) func(*testing.T, *Result) {
	return func(t *testing.T, res *Result) {
		t.Helper()
		if got := work(res.Work); got != want {
			t.Errorf("work %+v: got %d, want %d (the cap)", res.Work, got, want)
		}
		if !slices.Contains(res.Warnings, warning) {
			t.Errorf("warnings %q, want %q among them", res.Warnings, warning)
		}
	}
}

func decoded(w Work) int64 { return w.Decoded }
func forms(w Work) int64   { return int64(w.Forms) }
func ops(w Work) int64     { return int64(w.Ops) }

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
		{name: "xref Prev self", data: xrefPrevSelf()},
		{name: "Kids contains itself", data: pagesDoc("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", page, "")},
		{name: "Parent cycle", data: pagesDoc("<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>", "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>", "")},
		{name: "Count 2000000000", data: pagesDoc("<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", page, "")},
		{name: "Size 2000000000", data: []byte(mustReplace(h, "/Size 5 ", "/Size 2000000000 "))},
		{name: "subsection 0 2000000000", data: []byte(mustReplace(h, "xref\n0 5", "xref\n0 2000000000")), wantErr: ErrMalformed},
		{name: "subsection over MaxObjects", data: helvDoc, opt: Options{MaxObjects: 3}, wantErr: ErrTooLarge},
		// The bombs run under caps of 1 MiB: the counts are what is checked,
		// and the race detector makes each decoded MiB cost.
		{name: "flate bomb", data: flateBomb(), opt: Options{MaxStreamBytes: 1 << 20},
			check: capped(decoded, 1<<20, "content cut at size cap")},
		{name: "truncated", data: helvDoc[:len(helvDoc)/2], wantErr: ErrMalformed},
		{name: "wrong xref offsets", data: []byte(strings.ReplaceAll(h, " 00000 n", "1 00000 n"))},
		{name: "deep nesting", data: pagesDoc("<< /Type /Pages /Kids [3 0 R] /Count 1 /X "+strings.Repeat("[", 100000)+" >>", page, "")},
		{name: "deep page tree", data: deepTree()},
		{name: "rc4 user password", data: rc4Encrypted(), wantErr: ErrEncrypted},
		{name: "aes-256 without U and UE", data: aes256Encrypted(), wantErr: ErrEncrypted},
		{name: "leading junk", data: append([]byte("garbage\x00\x01 from a mail gateway\n"), helvDoc...)},
		{name: "PDF-2.0", data: []byte(mustReplace(h, "%PDF-1.7", "%PDF-2.0"))},
		{name: "NULs after EOF", data: append(append([]byte{}, helvDoc...), make([]byte, 4096)...)},
		{name: "not a pdf", data: []byte("hello"), wantErr: ErrMalformed},
		{name: "empty", data: nil, wantErr: ErrMalformed},
		{name: "unbalanced Q and bad operands", data: doc("<< /F1 "+helvFont+" >>", "Q Q Q cm Tf Tj TJ Td BT /F1 Tf (x) ' [(a) /b] TJ /Nope Do ET")},
		{name: "form draws itself", data: selfForm()},
		{name: "one bomb referenced 4000 times", data: bombRefs(), opt: Options{MaxDecoded: 1 << 20},
			check: capped(decoded, 1<<20, "truncated at 1 MiB of decoded streams (the limit)")},
		{name: "12 nested forms drawing the next 10 times", data: hostile.NestedForms(12, 10, "Kubernetes"), check: func(t *testing.T, res *Result) {
			capped(forms, defaultMaxForms, "truncated at 1024 form XObjects drawn (the limit)")(t, res)
			if n := strings.Count(strings.Join(res.Pages, "\n"), "Kubernetes"); n != defaultMaxForms {
				t.Errorf("the word is drawn %d times, want once per form drawn (%d)", n, defaultMaxForms)
			}
		}},
		{name: "operators over the cap", data: doc("<< /F1 "+helvFont+" >>", "BT /F1 12 Tf (Go) Tj ET"+strings.Repeat(" q Q", 600)+" BT (late) Tj ET"),
			opt: Options{MaxOps: 1000}, check: func(t *testing.T, res *Result) {
				capped(ops, 1000, "truncated at 1000 content operators (the limit)")(t, res)
				if diff := cmp.Diff([]string{"Go"}, res.Pages); diff != "" {
					t.Errorf("pages (-want +got):\n%s", diff)
				}
			}},
		{name: "glyphs over the cap", data: doc("<< /F1 "+helvFont+" >>", "BT /F1 12 Tf 72 700 Td (Hello world) Tj 0 -14 Td (more text) Tj ET", "BT /F1 12 Tf (page two) Tj ET"),
			opt: Options{MaxGlyphs: 14}, check: func(t *testing.T, res *Result) {
				if res.Glyphs != 14 || !slices.Contains(res.Warnings, "truncated at 14 glyphs (the limit)") {
					t.Errorf("glyphs %d, warnings %q; want 14 and the cap's warning", res.Glyphs, res.Warnings)
				}
				if diff := cmp.Diff([]string{"Hello world\nmor"}, res.Pages); diff != "" {
					t.Errorf("pages (-want +got):\n%s (no page after the cap)", diff)
				}
			}},
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

// hangGuard only catches a walk that never returns: every case is bounded
// by the caps (counts) and takes well under a second; nothing here
// depends on a deadline.
const hangGuard = 5 * time.Minute

func TestAdversarial(t *testing.T) {
	for _, tc := range adversarialCases() {
		t.Run(tc.name, func(t *testing.T) {
			type outcome struct {
				res *Result
				err error
			}
			done := make(chan outcome, 1)
			go func() {
				res, err := Extract(context.Background(), tc.data, tc.opt)
				done <- outcome{res, err}
			}()
			var o outcome
			select {
			case o = <-done:
			case <-time.After(hangGuard):
				t.Fatalf("Extract did not return in %v: unbounded work", hangGuard)
			}
			res, err := o.res, o.err
			if tc.wantErr != nil && !errors.Is(err, tc.wantErr) {
				t.Errorf("Extract err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && res == nil {
				t.Errorf("Extract returned neither result nor error")
			}
			if err != nil && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrTooLarge) {
				t.Errorf("Extract err = %v: not one of the typed errors", err)
			}
			if tc.check != nil {
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				tc.check(t, res)
			}
		})
	}
}

// TestAdversarialDeterministic: a file stopped by a cap gives the same
// text, warnings and work every time (what a deadline could not promise;
// the nested forms scored in one run and timed out in another).
// The bombs are left out: decoding them again costs time and proves
// nothing more than the byte counts above.
func TestAdversarialDeterministic(t *testing.T) {
	for _, tc := range adversarialCases() {
		if tc.check == nil || strings.Contains(tc.name, "bomb") {
			continue
		}
		first, err1 := Extract(context.Background(), tc.data, tc.opt)
		second, err2 := Extract(context.Background(), tc.data, tc.opt)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v, %v", tc.name, err1, err2)
		}
		if diff := cmp.Diff(first, second); diff != "" {
			t.Errorf("%s: two reads differ (-first +second):\n%s", tc.name, diff)
		}
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

// A deadline must interrupt decoding itself, not only the operator loop: it
// is the backstop for what no cap counts. countdownCtx expires after a
// number of Err calls instead of after a time, so the tests are the same
// on any machine.
func TestDeadlineStopsDecoding(t *testing.T) {
	data := flateBomb()
	r, err := pdf.NewReaderLimits(bytes.NewReader(data), int64(len(data)), pdf.Limits{MaxObjects: 100})
	if err != nil {
		t.Fatal(err)
	}
	bomb := r.Trailer().Key("Root").Key("Pages").Key("Kids").Index(0).Key("Contents")
	ctx := &countdownCtx{Context: context.Background()}
	ctx.left.Store(1) // one read, then the deadline
	defer func() {
		a, ok := recover().(ctxAbort)
		if !ok || !errors.Is(a.err, context.DeadlineExceeded) {
			t.Fatalf("readStream stopped with %v, want a ctxAbort with the deadline", a)
		}
		if r.Decoded() > 64<<10 {
			t.Errorf("%d bytes decoded past the deadline", r.Decoded())
		}
	}()
	readStream(ctx, bomb, 1<<30)
	t.Fatal("readStream decoded the whole bomb past its deadline")
}

// TestDeadlineFailsExtract: a deadline met while reading fails the file
// with the context's error, not a partial result.
func TestDeadlineFailsExtract(t *testing.T) {
	for _, left := range []int64{0, 1, 2, 3, 10} {
		ctx := &countdownCtx{Context: context.Background()}
		ctx.left.Store(left)
		if _, err := Extract(ctx, bombRefs(), Options{}); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("deadline after %d checks: err = %v, want context.DeadlineExceeded", left, err)
		}
	}
}

// countdownCtx reports context.DeadlineExceeded from its left+1-th Err
// call on.
type countdownCtx struct {
	context.Context
	left atomic.Int64
}

func (c *countdownCtx) Err() error {
	if c.left.Add(-1) < 0 {
		return context.DeadlineExceeded
	}
	return nil
}
