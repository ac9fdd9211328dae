package main

import (
	"fmt"
	"strconv"
	"strings"
)

const config = `# app settings
name = gogil
workers = 4

timeout = 30
debug = true
`

type Setting struct {
	Key, Value string
}

func parse(text string) []Setting {
	var out []Setting
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		out = append(out, Setting{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return out
}

func main() {
	for _, s := range parse(config) {
		fmt.Printf("%-8s -> %q\n", s.Key, s.Value)
	}

	n := 0
	for l := range strings.Lines("a\nb\nc") {
		n++
		fmt.Printf("%q ", l)
	}
	fmt.Println(n)

	sum := 0
	for part := range strings.SplitSeq("3,1,4,1,5", ",") {
		v, err := strconv.Atoi(part)
		if err != nil {
			panic(err)
		}
		sum += v
	}
	fmt.Println("sum", sum)

	for f := range strings.FieldsSeq("  alpha\tbeta   gamma\n") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()

	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("x.y.z", ".") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
}
