package pdftext

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sha2V6 is the revision 6 password hash (ISO 32000-2 Algorithm 2.B),
// written here from the standard's steps for the test files, apart from
// the reader's copy: K = SHA-256(password, salt, udata); then rounds of
// E = AES-128-CBC(key K[:16], iv K[16:32], 64 x (password K udata)) and
// K = SHA-256/384/512(E) by the first 16 bytes of E mod 3, at least 64
// rounds and until E's last byte is at most the round count minus 32.
// Revision 5 stops after the first SHA-256.
func sha2V6(r int, pw, salt, udata []byte) []byte {
	first := sha256.Sum256(append(append(append([]byte{}, pw...), salt...), udata...))
	k := first[:]
	if r == 5 {
		return k
	}
	for rounds := 1; ; rounds++ {
		var k1 []byte
		for range 64 {
			k1 = append(append(append(k1, pw...), k...), udata...)
		}
		block, err := aes.NewCipher(k[:16])
		if err != nil {
			panic(err)
		}
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		var mod int
		for _, b := range e[:16] {
			mod = (mod*256 + int(b)) % 3
		}
		switch mod {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		case 2:
			s := sha512.Sum512(e)
			k = s[:]
		}
		if rounds >= 64 && int(e[len(e)-1]) <= rounds-32 {
			return k[:32]
		}
	}
}

func aesCBC(key, iv, data []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	out := make([]byte, len(data))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)
	return out
}

// aes256Doc builds an AES-256 file (V5, revision r: 5 or 6) with the
// given user password, following ISO 32000-2 7.6.4.3.3/4 (Algorithms 8, 9
// and 10) with fixed keys and salts, so the file is the same every run.
func aes256Doc(r int, userPw string) []byte {
	fileKey := sha256.Sum256([]byte("atsmatch test file key"))
	salt := func(s string) []byte { h := sha256.Sum256([]byte(s)); return h[:8] }
	uvs, uks, ovs, oks := salt("uv"), salt("uk"), salt("ov"), salt("ok")
	zeroIV := make([]byte, 16)
	u := append(append(sha2V6(r, []byte(userPw), uvs, nil), uvs...), uks...)
	ue := aesCBC(sha2V6(r, []byte(userPw), uks, nil), zeroIV, fileKey[:])
	owner := []byte("owner secret")
	o := append(append(sha2V6(r, owner, ovs, u), ovs...), oks...)
	oe := aesCBC(sha2V6(r, owner, oks, u), zeroIV, fileKey[:])
	p := int32(-4)
	perms := make([]byte, 16)
	binary.LittleEndian.PutUint32(perms, uint32(p))
	copy(perms[4:], []byte{0xff, 0xff, 0xff, 0xff, 'T', 'a', 'd', 'b', 1, 2, 3, 4})
	block, _ := aes.NewCipher(fileKey[:])
	block.Encrypt(perms, perms) // ECB: one block

	content := []byte("BT /F1 12 Tf 72 700 Td (Secret resume) Tj ET")
	pad := 16 - len(content)%16
	content = append(content, bytes.Repeat([]byte{byte(pad)}, pad)...)
	iv := salt("iv")[:8]
	iv = append(iv, iv...)
	enc := append(append([]byte{}, iv...), aesCBC(fileKey[:], iv, content)...)

	var b builder
	b.add("<< /Type /Catalog /Pages 2 0 R >>")
	b.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	b.add("<< /Type /Page /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 " + helvFont + " >> >> >>")
	b.add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(enc), enc))
	b.add(fmt.Sprintf("<< /Filter /Standard /V 5 /R %d /Length 256 /P %d /O <%x> /U <%x> /OE <%x> /UE <%x> /Perms <%x> "+
		"/CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>", r, p, o, u, oe, ue, perms))
	b.trailer = "/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]"
	return b.bytes(1)
}

// TestEncryptedAES256: an AES-256 file (revisions 5 and 6) opens with the
// empty user password, as pdftotext opens it; one with a user password set
// stays encrypted. (aes256Doc's files were checked against qpdf --decrypt
// and pdftotext; ATSMATCH_WRITE_AES256=DIR writes them for that.)
func TestEncryptedAES256(t *testing.T) {
	for _, r := range []int{5, 6} {
		res, err := Extract(context.Background(), aes256Doc(r, ""), Options{})
		if err != nil {
			t.Errorf("R%d, empty user password: %v", r, err)
			continue
		}
		if diff := cmp.Diff([]string{"Secret resume"}, res.Pages); diff != "" {
			t.Errorf("R%d (-want +got):\n%s", r, diff)
		}
		if _, err := Extract(context.Background(), aes256Doc(r, "hunter2"), Options{}); !errors.Is(err, ErrEncrypted) {
			t.Errorf("R%d, user password set: err = %v, want ErrEncrypted", r, err)
		}
	}
	if dir := os.Getenv("ATSMATCH_WRITE_AES256"); dir != "" {
		for _, r := range []int{5, 6} {
			if err := os.WriteFile(fmt.Sprintf("%s/aes256-r%d.pdf", dir, r), aes256Doc(r, ""), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
