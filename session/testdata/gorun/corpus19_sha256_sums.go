package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x\n", sum)
	fmt.Println(hex.EncodeToString(sum[:4]))

	h := sha256.New()
	h.Write([]byte("hello "))
	io.WriteString(h, "world\n")
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.Size(), h.BlockSize())

	h2 := sha256.New()
	if _, err := io.Copy(h2, strings.NewReader(strings.Repeat("x", 10000))); err != nil {
		panic(err)
	}
	fmt.Printf("%X\n", h2.Sum(nil)[:8])

	s224 := sha256.Sum224([]byte(""))
	fmt.Printf("%x\n", s224)

	mac := hmac.New(sha256.New, []byte("secret-key"))
	mac.Write([]byte("message"))
	tag := mac.Sum(nil)
	fmt.Println(hex.EncodeToString(tag))

	mac2 := hmac.New(sha256.New, []byte("secret-key"))
	mac2.Write([]byte("message"))
	fmt.Println("valid:", hmac.Equal(tag, mac2.Sum(nil)))
}
