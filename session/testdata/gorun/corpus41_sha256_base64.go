package main

import (
	"crypto/md5"
	"crypto/sha256"
	b64 "encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	s := "sha256 this string"

	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)

	fmt.Println(s)
	fmt.Printf("%x\n", bs)

	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:4]), len(sum))

	h2 := sha256.New()
	io.Copy(h2, strings.NewReader("streamed"))
	fmt.Printf("%X\n", h2.Sum(nil)[:8])

	fmt.Printf("md5 %x\n", md5.Sum([]byte("abc")))

	data := "abc123!?$*&()'-=@~"

	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)

	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()

	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))

	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("hi")))
	_, err := b64.StdEncoding.DecodeString("not base64!!")
	fmt.Println(err)
}
