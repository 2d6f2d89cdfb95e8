package pdftext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseCMap(t *testing.T) {
	const cm = `/CIDInit /ProcSet findresource begin
12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
2 beginbfchar <41> <0041> <8001> <D835DC00> endbfchar
3 beginbfrange
<8100> <FFFF> <0061>
<10> <12> [<0066006C> <00660069> <0041>]
<20> <22> <00C0>
endbfrange
1 beginbfchar <42> /f_f endbfchar
endcmap`
	spaces, m := parseCMap([]byte(cm))
	if diff := cmp.Diff([]int{1, 2}, []int{spaces[0].n, spaces[1].n}); diff != "" {
		t.Errorf("codespace lengths mismatch (-want +got):\n%s", diff)
	}
	tests := []struct {
		code uint32
		want string
		ok   bool
	}{
		{0x41, "A", true},
		{0x8001, "\U0001D400", true}, // surrogate pair
		{0x8100, "a", true},
		{0x8102, "c", true},
		{0xFFFF, string(rune('a' + 0xFFFF - 0x8100)), true}, // declared 32k range, not expanded
		{0x10, "fl", true},
		{0x11, "fi", true},
		{0x12, "A", true},
		{0x21, "Á", true},
		{0x42, "ff", true},
		{0x7F, "", false},
	}
	for _, tc := range tests {
		got, ok := m.lookup(tc.code)
		if diff := cmp.Diff(tc, struct {
			code uint32
			want string
			ok   bool
		}{tc.code, got, ok}, cmp.AllowUnexported(tc)); diff != "" {
			t.Errorf("lookup(%#x) mismatch (-want +got):\n%s", tc.code, diff)
		}
	}
	if n := len(m.ranges); n != 2 {
		t.Errorf("ranges = %d, want 2 (kept as ranges)", n)
	}
}

func TestGlyphText(t *testing.T) {
	tests := []struct{ name, want string }{
		{"A", "A"}, {"f_i", "fi"}, {"f_f_l", "ffl"}, {"fi", "\uFB01"}, {"uni0041", "A"}, {"uni00410042", "AB"},
		{"u1F600", "😀"}, {"zero.lnum", "0"}, {"a.sc", "a"}, {"eacute", "é"}, {"g123", ""}, {"space", " "},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, glyphText(tc.name)); diff != "" {
			t.Errorf("glyphText(%q) mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
}
