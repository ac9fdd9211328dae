package main

import (
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	data := []byte("Go gophers! \x00\xff")
	h := hex.EncodeToString(data)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Printf("%q %v\n", back, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps")))

	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		fmt.Println(enc.EncodeToString([]byte("subjects?_d>>")))
	}
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ")
	fmt.Println(err)
	_, err = base64.StdEncoding.DecodeString("a$==")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("hi!")))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%x\n%X\n", sum[:4], sum[28:])
	fmt.Println(hex.EncodeToString(sum[:]))
	dst := make([]byte, base64.StdEncoding.EncodedLen(5))
	base64.StdEncoding.Encode(dst, []byte("12345"))
	fmt.Println(string(dst), base64.StdEncoding.DecodedLen(len(dst)))
}
