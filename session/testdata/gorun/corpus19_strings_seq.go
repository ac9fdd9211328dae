package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	csv := "red,green,,blue"
	for part := range strings.SplitSeq(csv, ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()

	for f := range strings.FieldsSeq("  lots   of\tspace \n here ") {
		fmt.Printf("<%s>", f)
	}
	fmt.Println()

	text := "line one\nline two\n\nlast line without newline"
	n := 0
	for line := range strings.Lines(text) {
		n++
		fmt.Printf("%d %q\n", n, line)
	}

	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f, " ")
	}
	fmt.Println()

	for part := range strings.SplitAfterSeq("a.b.c", ".") {
		fmt.Print(part, "|")
	}
	fmt.Println()

	for l := range bytes.Lines([]byte("x\ny\n")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for w := range bytes.FieldsSeq([]byte(" hello  bytes ")) {
		fmt.Println(string(w))
	}
}
