package main

import (
	"fmt"
	"strings"
)

// Untyped rune constants: one computed by an operation defaulted to int
// (%T printed int), one written as a literal refused to mix with a byte.
const (
	first = 'a' + 1
	sep   = ','
	lower = 'a' + iota
	next
)

func shift(s string) string {
	const off = 'a' - 'A'
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i] - off)
	}
	return b.String()
}

func main() {
	fmt.Printf("%T %v %c\n", first, first, first)
	x := first
	fmt.Printf("%T\n", x)
	var by byte = sep
	fmt.Println(by, sep+0.5, string(sep), strings.Split("a,b", string(sep)))
	fmt.Printf("%T %T %c\n", lower, next, next)
	const local = 'x' - 'a'
	fmt.Printf("%T %v\n", local, local)
	fmt.Println(shift("hello"))
	rs := []rune{first, sep}
	fmt.Println(len(rs), string(rs))
}
