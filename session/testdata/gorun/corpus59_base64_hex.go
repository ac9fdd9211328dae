package main

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

func main() {
	msg := []byte("Go is fun? Yes!!")
	std := base64.StdEncoding.EncodeToString(msg)
	url := base64.URLEncoding.EncodeToString(msg)
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	fmt.Println(std)
	fmt.Println(url)
	fmt.Println(raw, base64.StdEncoding.EncodeToString([]byte("ab")))
	dec, err := base64.StdEncoding.DecodeString(std)
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("not*base64")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16))
	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte{0xff, 0xfe, 0xfd})
	fmt.Println(string(dst))

	h := hex.EncodeToString([]byte("Hello"))
	fmt.Println(h)
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	fmt.Printf("%x %X % x\n", "hi", []byte{1, 171}, []byte{1, 2, 3})

	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	binary.LittleEndian.PutUint32(buf[4:], 0xdeadbeef)
	fmt.Println(hex.EncodeToString(buf), binary.BigEndian.Uint16(buf))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
}
