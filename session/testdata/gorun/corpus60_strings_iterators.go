package main

import (
	"bytes"
	"fmt"
	"strings"
)

const text = `first line
second line
third line
`

func main() {
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}

	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()

	words := 0
	for w := range strings.FieldsSeq("  the quick  brown fox ") {
		words++
		fmt.Println(words, w)
	}

	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f, ";")
	}
	fmt.Println()

	for tok := range bytes.SplitSeq([]byte("x|y|z"), []byte("|")) {
		fmt.Print(string(tok), " ")
	}
	fmt.Println()

	n := 0
	for l := range bytes.Lines([]byte("one\ntwo\nthree")) {
		n++
		fmt.Printf("%d %q\n", n, l)
	}
	for s := range strings.SplitAfterSeq("k=v;k2=v2", ";") {
		fmt.Println(s)
	}
}
