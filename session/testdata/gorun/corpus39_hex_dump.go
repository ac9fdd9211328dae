package main

import (
	"encoding/hex"
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	fmt.Printf("%x\n", s)
	fmt.Printf("% x\n", s)
	fmt.Printf("%X\n", []byte(s[:5]))
	fmt.Printf("%q %+q %#q\n", s, s, "back`tick")
	for i, r := range s {
		fmt.Printf("%2d: %c %U %#U %d %q\n", i, r, r, r, utf8.RuneLen(r), r)
	}
	for i := 0; i < 6; i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps!")))
	enc := hex.EncodeToString([]byte{0, 15, 16, 255})
	fmt.Println(enc)
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	fmt.Printf("%08b %08b\n", s[1], s[2])
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Printf("%U ", r)
	}
	fmt.Println(utf8.ValidString(bad))
	fmt.Printf("%c%c%c\n", 71, 0x6f, '!')
	fmt.Printf("%5.2q|%-6c|\n", "abc", 'x')
}
