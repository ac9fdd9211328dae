package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "first line\nsecond line\n\nlast without newline"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of\tspace  here ") {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()
	n := 0
	for w := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		n++
		fmt.Print(w)
	}
	fmt.Println(" pieces:", n)
	for p := range strings.SplitAfterSeq("x;y;z", ";") {
		fmt.Print(p, " ")
	}
	fmt.Println()
}
