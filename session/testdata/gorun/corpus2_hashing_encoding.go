package main

import (
	"crypto/md5"
	"crypto/sha256"
	b64 "encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Printf("%x\n", md5.Sum([]byte("gopher")))
	fmt.Println(crc32.ChecksumIEEE([]byte("gopher")))

	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	raw, err := hex.DecodeString("476f21")
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Println(hex.Dump([]byte("Go!")))
}
