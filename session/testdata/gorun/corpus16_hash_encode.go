package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
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
	fmt.Printf("%x %d %T\n", sum[:4], len(sum), sum)
	fmt.Println(hex.EncodeToString(sum[28:]))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	sh := sha1.New()
	io.WriteString(sh, "The fog is getting thicker!")
	fmt.Printf("%x\n", sh.Sum(nil))
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")))
	f := fnv.New32a()
	f.Write([]byte("key"))
	fmt.Println(f.Sum32() % 16)

	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")), base64.StdEncoding.EncodeToString([]byte("ab")))
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	raw, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(raw), err, hex.Dump([]byte("gopher"))[:20])
	fmt.Print(hex.Dump([]byte("hash me, please")))
	enc := base64.NewEncoder(base64.StdEncoding, &strings.Builder{})
	enc.Close()
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	w.Write([]byte("streamed"))
	w.Close()
	fmt.Println(sb.String())
}
