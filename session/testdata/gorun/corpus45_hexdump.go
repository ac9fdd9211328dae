package main

import (
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

func main() {
	data := []byte("Hello, Gopher!\x00\x01\x02\xff tail")
	fmt.Print(hex.Dump(data))

	enc := hex.EncodeToString([]byte("Go!"))
	fmt.Println(enc)
	dec, err := hex.DecodeString("476f21")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("4z")
	fmt.Println("error:", err)
	_, err = hex.DecodeString("abc")
	fmt.Println("error:", err)

	d := hex.Dumper(os.Stdout)
	d.Write([]byte("streamed "))
	d.Write([]byte("in two writes, longer than a line"))
	d.Close()

	dst := make([]byte, hex.EncodedLen(4))
	hex.Encode(dst, []byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println(string(dst), hex.DecodedLen(len(dst)))
	fmt.Println(strings.ToUpper(hex.EncodeToString([]byte{0, 15, 16, 255})))
	fmt.Printf("%x | % x | %X | %#x\n", "hi", []byte("hi"), "hi", []byte{1, 2})

	// A hand-rolled dump in the xxd style.
	buf := []byte("The quick brown fox jumps over the lazy dog")
	for off := 0; off < len(buf); off += 16 {
		end := min(off+16, len(buf))
		line := buf[off:end]
		var ascii strings.Builder
		for _, c := range line {
			if c >= 32 && c < 127 {
				ascii.WriteByte(c)
			} else {
				ascii.WriteByte('.')
			}
		}
		fmt.Printf("%08x: %-48s %s\n", off, fmt.Sprintf("% x", line), ascii.String())
	}
	fmt.Println(hex.AppendEncode([]byte("0x"), []byte{0xca, 0xfe}))
	fmt.Println(string(hex.AppendEncode([]byte("0x"), []byte{0xca, 0xfe})))
}
