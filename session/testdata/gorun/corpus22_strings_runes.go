package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	const sample = "\xbd\xb2\x3d\xbc\x20\xe2\x8c\x98"
	fmt.Println("Println:")
	fmt.Println(sample)
	fmt.Println("Byte loop:")
	for i := 0; i < len(sample); i++ {
		fmt.Printf("%x ", sample[i])
	}
	fmt.Printf("\n")
	fmt.Printf("% x\n", sample)
	fmt.Printf("%q\n", sample)
	fmt.Printf("%+q\n", sample)

	const placeOfInterest = `⌘`
	fmt.Printf("plain string: ")
	fmt.Printf("%s", placeOfInterest)
	fmt.Printf("\n")
	fmt.Printf("quoted string: ")
	fmt.Printf("%+q", placeOfInterest)
	fmt.Printf("\n")
	fmt.Printf("hex bytes: ")
	for i := 0; i < len(placeOfInterest); i++ {
		fmt.Printf("%x ", placeOfInterest[i])
	}
	fmt.Printf("\n")

	const nihongo = "日本語"
	for index, runeValue := range nihongo {
		fmt.Printf("%#U starts at byte position %d\n", runeValue, index)
	}
	for w, i := 0, 0; i < len(nihongo); i += w {
		runeValue, width := utf8.DecodeRuneInString(nihongo[i:])
		fmt.Printf("%#U starts at byte position %d\n", runeValue, i)
		w = width
	}

	bad := "a\xffb\xe2\x8c"
	for i, r := range bad {
		fmt.Printf("%d: %q %U\n", i, r, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("héllo wörld")
	fmt.Printf("%c %d\n", r, size)

	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Printf("%v %x %d\n", buf, buf, utf8.RuneLen('世'))
	rs := []rune("héllo")
	fmt.Println(len("héllo"), len(rs), string(rs[1]), string(rs[1:3]))
	fmt.Printf("%c %v %q %U\n", 0x2318, '⌘', 'x', '⌘')
	fmt.Printf("%q %x %X % X\n", "Hi\tthere", "hi", []byte("hi"), "hi")
	fmt.Printf("%s|%10s|%-10s|%.2s\n", "go", "go", "go", "gopher")
	fmt.Println(string(rune(65)), string([]byte{0x67, 0x6f}))
}
