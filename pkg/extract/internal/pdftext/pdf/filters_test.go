package pdf

import (
	"bufio"
	"bytes"
	"io"
	"testing"
)

func TestLZWSpecExample(t *testing.T) {
	// PDF 32000-1 §7.4.4.2 example: codes 256 45 258 258 65 259 66 257.
	in := []byte{0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01}
	got, err := io.ReadAll(newLZWReader(bytes.NewReader(in), 1))
	want := []byte{45, 45, 45, 45, 45, 65, 45, 45, 45, 66}
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("LZW decode = %v, %v; want %v", got, err, want)
	}
}

func TestRunLength(t *testing.T) {
	in := []byte{2, 'a', 'b', 'c', 254, 'x', 128, 'z'}
	got, err := io.ReadAll(&runLengthReader{r: bufioReader(in)})
	if err != nil || string(got) != "abcxxx" {
		t.Errorf("RunLength decode = %q, %v; want %q", got, err, "abcxxx")
	}
}

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }

// lzwEncode is a plain PDF LZW encoder (EarlyChange 1) for round trips.
func lzwEncode(data []byte) []byte {
	var out []byte
	var acc uint64
	var nacc uint
	width := uint(9)
	emit := func(c int) {
		acc = acc<<width | uint64(c)
		nacc += width
		for nacc >= 8 {
			out = append(out, byte(acc>>(nacc-8)))
			nacc -= 8
		}
	}
	dict := map[string]int{}
	reset := func() {
		clear(dict)
		for i := 0; i < 256; i++ {
			dict[string([]byte{byte(i)})] = i
		}
		width = 9
	}
	reset()
	emit(256)
	next := 258
	w := ""
	for _, c := range data {
		wc := w + string([]byte{c})
		if _, ok := dict[wc]; ok {
			w = wc
			continue
		}
		emit(dict[w])
		dict[wc] = next
		next++
		if next-1+1 >= 1<<width && width < 12 {
			width++
		}
		if next >= 4094 {
			emit(256)
			reset()
			next = 258
		}
		w = string([]byte{c})
	}
	emit(dict[w])
	emit(257)
	if nacc > 0 {
		out = append(out, byte(acc<<(8-nacc)))
	}
	return out
}

func TestLZWRoundTrip(t *testing.T) {
	var in []byte
	for i := 0; i < 3000; i++ {
		in = append(in, []byte("BT /F1 12 Tf (text line ")...)
		in = append(in, byte('a'+i%26), byte('0'+i%7), byte(i), byte(i*7))
		in = append(in, []byte(") Tj ET\n")...)
	}
	got, err := io.ReadAll(newLZWReader(bytes.NewReader(lzwEncode(in)), 1))
	if err != nil || !bytes.Equal(got, in) {
		t.Errorf("LZW round trip: %d bytes back of %d, err %v", len(got), len(in), err)
	}
}
