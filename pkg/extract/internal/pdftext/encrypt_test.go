package pdftext

import (
	"context"
	"crypto/md5"
	"crypto/rc4"
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var pdfPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

func rc4x(key, data []byte) []byte {
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func padPw(pw string) []byte { return append([]byte(pw), pdfPad...)[:32] }

// rc4Doc builds a 40-bit RC4 (V1 R2) file with the given user password,
// following PDF 32000-1 algorithms 2, 3 and 4.
func rc4Doc(userPw string) []byte {
	id := []byte("0123456789abcdef")
	const p = -44
	ownerKey := md5.Sum(padPw("owner"))
	o := rc4x(ownerKey[:5], padPw(userPw))
	h := md5.New()
	h.Write(padPw(userPw))
	h.Write(o)
	h.Write([]byte{byte(p & 0xff), byte(p >> 8 & 0xff), byte(p >> 16 & 0xff), byte(p >> 24 & 0xff)})
	h.Write(id)
	key := h.Sum(nil)[:5]
	u := rc4x(key, pdfPad)
	objKey := func(n int) []byte {
		s := md5.Sum(append(append([]byte{}, key...), byte(n), byte(n>>8), byte(n>>16), 0, 0))
		return s[:10]
	}
	content := rc4x(objKey(4), []byte("BT /F1 12 Tf 72 700 Td (Secret resume) Tj ET"))
	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page /Contents 4 0 R /Resources << /Font << /F1 " + helvFont + " >> >> >>")
	b.add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	b.add(fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /Length 40 /P %d /O <%x> /U <%x> >>", p, o, u))
	b.trailer = fmt.Sprintf("/Encrypt 5 0 R /ID [<%x> <%x>]", id, id)
	return b.bytes(1)
}

func TestEncrypted(t *testing.T) {
	res, err := Extract(context.Background(), rc4Doc(""), Options{})
	if err != nil {
		t.Fatalf("empty user password: %v", err)
	}
	if diff := cmp.Diff([]string{"Secret resume"}, res.Pages); diff != "" {
		t.Errorf("empty user password mismatch (-want +got):\n%s", diff)
	}
	if _, err := Extract(context.Background(), rc4Doc("hunter2"), Options{}); !errors.Is(err, ErrEncrypted) {
		t.Errorf("user password set: err = %v, want ErrEncrypted", err)
	}
}
