package pdftext

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"sync"
	"testing"
)

// zeroMiB is one MiB of zeros deflated and sync-flushed: a byte-aligned run
// of non-final blocks that may be repeated, since each only looks back at
// zeros. Compressing once instead of per MiB keeps building the bombs fast
// under -race (compressing 216 MiB took about 15 s there).
var zeroMiB = sync.OnceValues(func() (segment, tail []byte) {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Flush()
	n := z.Len()
	zw.Close()
	all := z.Bytes()
	return bytes.Clone(all[2:n]), bytes.Clone(all[n : z.Len()-4])
})

// zlibZeros returns a zlib stream of mib MiB of zeros.
func zlibZeros(mib int) *bytes.Buffer {
	segment, tail := zeroMiB()
	var z bytes.Buffer
	z.Write([]byte{0x78, 0xda}) // zlib header, best compression
	for range mib {
		z.Write(segment)
	}
	z.Write(tail)
	// Adler-32 of n zeros: a stays 1, b adds 1 per byte.
	n := uint32((mib << 20) % 65521)
	binary.Write(&z, binary.BigEndian, n<<16|1)
	return &z
}

func TestZlibZeros(t *testing.T) {
	for _, mib := range []int{1, 3} {
		zr, err := zlib.NewReader(zlibZeros(mib))
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%d MiB: %v", mib, err)
		}
		if len(got) != mib<<20 || bytes.ContainsFunc(got, func(r rune) bool { return r != 0 }) {
			t.Errorf("%d MiB: got %d bytes, want %d zeros", mib, len(got), mib<<20)
		}
	}
}
