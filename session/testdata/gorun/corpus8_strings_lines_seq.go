package main

import (
	"fmt"
	"strings"
)

const report = `alpha 10
beta 20

gamma 30
`

func main() {
	for line := range strings.Lines(report) {
		fmt.Printf("%q\n", line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	for part := range strings.SplitAfterSeq("x-y-z", "-") {
		fmt.Printf("<%s>", part)
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsSeq("  the quick\tbrown   fox \n") {
		n++
		fmt.Print(f, "|")
	}
	fmt.Println(n)
	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f, " ")
	}
	fmt.Println()

	total := 0
	for line := range strings.Lines(report) {
		fields := strings.Fields(line)
		if len(fields) != 2 {
			continue
		}
		var v int
		fmt.Sscan(fields[1], &v)
		total += v
	}
	fmt.Println("total", total)
}
