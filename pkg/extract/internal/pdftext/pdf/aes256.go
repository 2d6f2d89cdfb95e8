package pdf

// AES-256 encryption, revisions 5 and 6 (atsmatch patch, written for
// atsmatch): the file key is opened with the empty user password as ISO
// 32000-2 7.6.4.3.3 (Algorithm 2.A) says, with the hash of Algorithm 2.B
// for revision 6 and plain SHA-256 for revision 5 (Adobe's extension level
// 3). Only the user password is tried: a file whose user password is set
// stays encrypted.

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/sha512"
	"errors"
	"fmt"
)

// initEncryptV5 sets the file key of a V5 document whose user password is
// password, or fails with ErrInvalidPassword.
func (r *Reader) initEncryptV5(encrypt dict, password string) error {
	R, _ := encrypt["R"].(int64)
	if R != 5 && R != 6 {
		return fmt.Errorf("unsupported PDF: encryption revision R=%d with V=5", R)
	}
	if !okayV5(encrypt) {
		return fmt.Errorf("unsupported PDF: V=5 crypt filters %v", objfmt(encrypt["CF"]))
	}
	U, _ := encrypt["U"].(string)
	UE, _ := encrypt["UE"].(string)
	if len(U) < 48 || len(UE) < 32 {
		return fmt.Errorf("malformed PDF: missing U= or UE= encryption parameters")
	}
	pw := []byte(password)
	if len(pw) > 127 {
		pw = pw[:127]
	}
	hash, validation, keySalt := []byte(U[:32]), []byte(U[32:40]), []byte(U[40:48])
	if !bytes.Equal(hashV5(R, pw, validation, nil), hash) {
		return ErrInvalidPassword
	}
	key, err := aesCBCNoPad(hashV5(R, pw, keySalt, nil), []byte(UE[:32]))
	if err != nil {
		return fmt.Errorf("malformed PDF: UE: %v", err)
	}
	r.key = key
	r.useAES = true
	return nil
}

// okayV5 accepts the standard crypt filter of AES-256 for strings and
// streams (or no filter for one of them: Identity).
func okayV5(encrypt dict) bool {
	cf, ok := encrypt["CF"].(dict)
	if !ok {
		return false
	}
	for _, key := range []string{"StmF", "StrF"} {
		f, ok := encrypt[name(key)].(name)
		if !ok || f == "Identity" {
			continue
		}
		p, ok := cf[f].(dict)
		if !ok || p["CFM"] != name("AESV3") {
			return false
		}
	}
	return true
}

// hashV5 is the password hash of revision 5 (SHA-256 of password, salt
// and udata) or 6 (Algorithm 2.B: that hash, then rounds of AES-128 and
// SHA-2 until round 64 or later ends on a small enough byte).
func hashV5(R int64, pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if R == 5 {
		return k
	}
	var e []byte
	for round := 0; round < 64 || int(e[len(e)-1]) > round-32; round++ {
		k1 := bytes.Repeat(append(append(append([]byte{}, pw...), k...), udata...), 64)
		block, _ := aes.NewCipher(k[:16]) // k is 32 bytes or more: never fails
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		// The first 16 bytes as a number mod 3: 256 is 1 mod 3, so the sum
		// of the bytes has the same remainder.
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		default:
			s := sha512.Sum512(e)
			k = s[:]
		}
	}
	return k[:32]
}

// aesCBCNoPad decrypts data (whole blocks) with AES-256-CBC and a zero IV,
// as UE and OE are stored.
func aesCBCNoPad(key, data []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	if len(data)%aes.BlockSize != 0 {
		return nil, errors.New("not whole AES blocks")
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, make([]byte, aes.BlockSize)).CryptBlocks(out, data)
	return out, nil
}
