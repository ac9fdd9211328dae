package main

import (
	"fmt"
	"unicode/utf8"
)

func printBytes(s string) {
	fmt.Printf("Bytes: ")
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
}

func printChars(s string) {
	fmt.Printf("Characters: ")
	runes := []rune(s)
	for i := 0; i < len(runes); i++ {
		fmt.Printf("%c ", runes[i])
	}
	fmt.Println()
}

func charsAndBytePosition(s string) {
	for index, r := range s {
		fmt.Printf("%c starts at byte %d\n", r, index)
	}
}

func mutate(s []rune) string {
	s[0] = 'a'
	return string(s)
}

func main() {
	name := "Hello World"
	fmt.Printf("String: %s\n", name)
	printChars(name)
	printBytes(name)
	fmt.Println()
	name = "Señor"
	fmt.Printf("String: %s\n", name)
	printChars(name)
	printBytes(name)
	charsAndBytePosition(name)

	byteSlice := []byte{0x43, 0x61, 0x66, 0xC3, 0xA9}
	str := string(byteSlice)
	fmt.Println(str)
	runeSlice := []rune{0x0053, 0x0065, 0x00f1, 0x006f, 0x0072}
	fmt.Println(string(runeSlice))

	word1 := "Señor"
	fmt.Printf("String: %s Length: %d Bytes: %d\n", word1, utf8.RuneCountInString(word1), len(word1))

	h := "hello"
	fmt.Println(mutate([]rune(h)))
	fmt.Println(h == "hello", "Go" < "Gopher")

	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Printf("%c %d %U\n", r, size, r)
	fmt.Println(utf8.ValidString("ok"), utf8.RuneLen('世'))
	fmt.Printf("%q %+q\n", "日本", "日本")
}
