package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

func main() {
	data := []byte("alpha beta\ngamma delta\n")
	for f := range bytes.FieldsSeq(data) {
		fmt.Printf("%s|", f)
	}
	fmt.Println()

	var buf bytes.Buffer
	for line := range bytes.Lines(data) {
		buf.Write(bytes.ToUpper(line))
	}
	fmt.Print(buf.String())

	parts := slices.Collect(strings.SplitSeq("2024-06-30", "-"))
	fmt.Println(parts, len(parts))

	fmt.Println(strings.CutPrefix("v1.23.0", "v"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)

	trimmed, ok := bytes.CutSuffix([]byte("file.go"), []byte(".go"))
	fmt.Println(string(trimmed), ok)

	fmt.Println(strings.EqualFold("Go", "GO"), bytes.ContainsFunc([]byte("abc1"), func(r rune) bool { return r == '1' }))
}
