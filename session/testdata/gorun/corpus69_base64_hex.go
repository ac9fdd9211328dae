package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	data := []byte("Go gophers <3 binary?\xff\x00")

	encodings := []struct {
		name string
		enc  *base64.Encoding
	}{
		{"Std", base64.StdEncoding},
		{"URL", base64.URLEncoding},
		{"RawStd", base64.RawStdEncoding},
		{"RawURL", base64.RawURLEncoding},
	}
	for _, e := range encodings {
		s := e.enc.EncodeToString(data)
		back, err := e.enc.DecodeString(s)
		fmt.Printf("%-7s %-34s len=%d ok=%v err=%v\n", e.name, s, e.enc.EncodedLen(len(data)), string(back) == string(data), err)
	}

	_, err := base64.StdEncoding.DecodeString("not*valid")
	fmt.Println("bad base64:", err)

	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte{0xfb, 0xff, 0xbf})
	fmt.Println("manual:", string(dst))

	h := hex.EncodeToString([]byte("hi!"))
	fmt.Println("hex:", h)
	raw, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(raw), err)
	_, err = hex.DecodeString("abc")
	fmt.Println("odd:", err)
	_, err = hex.DecodeString("zz")
	fmt.Println("bad:", err)
	fmt.Print(hex.Dump([]byte("hexdump shows bytes and text")))
	fmt.Printf("%X | % x | %q\n", []byte("AZ"), []byte("AZ"), hex.EncodeToString(nil))
}
