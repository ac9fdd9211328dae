package main

import (
	"fmt"
	"unicode/utf8"
)

func examineRune(r rune) {
	if r == 't' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}
	b := []byte("héllo")
	r := []rune("héllo")
	fmt.Println(len(b), len(r), string(r[1]), string(b[:2]))
	fmt.Printf("%q %q %v\n", r[1], 'x', 'x')
	fmt.Println(utf8.ValidString("a\xffb"), utf8.RuneLen('€'))
	for _, c := range "a\xffb" {
		fmt.Printf("%U ", c)
	}
	fmt.Println()
}
