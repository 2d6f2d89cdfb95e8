package pdf

// RunLength and LZW decoders (atsmatch patch: upstream rejected both as
// "unknown filter"). Written for atsmatch, not taken from upstream.

import (
	"bufio"
	"io"
)

type runLengthReader struct {
	r    *bufio.Reader
	pend []byte
	buf  [128]byte
	done bool
}

func (r *runLengthReader) Read(p []byte) (int, error) {
	for len(r.pend) == 0 {
		if r.done {
			return 0, io.EOF
		}
		n, err := r.r.ReadByte()
		if err != nil || n == 128 {
			r.done = true
			continue
		}
		if n < 128 {
			k, err := io.ReadFull(r.r, r.buf[:int(n)+1])
			r.pend = r.buf[:k]
			if err != nil {
				r.done = true
			}
			continue
		}
		c, err := r.r.ReadByte()
		if err != nil {
			r.done = true
			continue
		}
		k := 257 - int(n)
		for i := 0; i < k; i++ {
			r.buf[i] = c
		}
		r.pend = r.buf[:k]
	}
	n := copy(p, r.pend)
	r.pend = r.pend[n:]
	return n, nil
}

// lzwReader decodes PDF LZW (MSB-first codes of 9 to 12 bits, 256 = clear,
// 257 = end; EarlyChange 1 widens codes one entry early).
type lzwReader struct {
	r      *bufio.Reader
	early  int
	bits   uint32
	nbits  uint
	width  uint
	prefix []int32 // dictionary as (prefix code, last byte)
	suffix []byte
	first  []byte // first byte of each entry's string
	prev   int32
	pend   []byte
	tmp    []byte
	done   bool
}

func newLZWReader(rd io.Reader, early int) *lzwReader {
	z := &lzwReader{r: bufio.NewReader(rd), early: early}
	z.reset()
	return z
}

func (z *lzwReader) reset() {
	z.prefix, z.suffix, z.first = z.prefix[:0], z.suffix[:0], z.first[:0]
	for i := 0; i < 258; i++ {
		z.prefix = append(z.prefix, -1)
		z.suffix = append(z.suffix, byte(i))
		z.first = append(z.first, byte(i))
	}
	z.width = 9
	z.prev = -1
}

func (z *lzwReader) code() (int32, bool) {
	for z.nbits < z.width {
		b, err := z.r.ReadByte()
		if err != nil {
			return 0, false
		}
		z.bits = z.bits<<8 | uint32(b)
		z.nbits += 8
	}
	c := int32(z.bits>>(z.nbits-z.width)) & (1<<z.width - 1)
	z.nbits -= z.width
	return c, true
}

// expand writes the string of code c into z.tmp (reversed then flipped).
func (z *lzwReader) expand(c int32) []byte {
	z.tmp = z.tmp[:0]
	for c >= 0 && len(z.tmp) <= 4096 {
		z.tmp = append(z.tmp, z.suffix[c])
		c = z.prefix[c]
	}
	for i, j := 0, len(z.tmp)-1; i < j; i, j = i+1, j-1 {
		z.tmp[i], z.tmp[j] = z.tmp[j], z.tmp[i]
	}
	return z.tmp
}

func (z *lzwReader) Read(p []byte) (int, error) {
	for len(z.pend) == 0 {
		if z.done {
			return 0, io.EOF
		}
		c, ok := z.code()
		if !ok || c == 257 {
			z.done = true
			continue
		}
		if c == 256 {
			z.reset()
			continue
		}
		next := int32(len(z.prefix))
		switch {
		case c < next:
			out := z.expand(c)
			if z.prev >= 0 && next < 4096 {
				z.prefix = append(z.prefix, z.prev)
				z.suffix = append(z.suffix, out[0])
				z.first = append(z.first, z.first[z.prev])
			}
		case c == next && z.prev >= 0:
			// the KwKwK case: the new entry is prev + first byte of prev
			z.prefix = append(z.prefix, z.prev)
			z.suffix = append(z.suffix, z.first[z.prev])
			z.first = append(z.first, z.first[z.prev])
			z.expand(c)
		default:
			z.done = true // corrupt code
			continue
		}
		z.pend = z.tmp
		z.prev = c
		if n := len(z.prefix) + z.early; n >= 1<<z.width && z.width < 12 {
			z.width++
		}
	}
	n := copy(p, z.pend)
	z.pend = z.pend[n:]
	return n, nil
}
