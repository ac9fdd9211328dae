package main

import (
	"bytes"
	"fmt"
	"strings"
)

const config = `# settings
name = gogil
  level=3
mode = fast

debug=false`

func main() {
	for line := range strings.Lines(config) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		fmt.Printf("%q=%q %v\n", strings.TrimSpace(key), strings.TrimSpace(val), ok)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsSeq("  the quick\tbrown   fox ") {
		n++
		fmt.Print(f, "|")
	}
	fmt.Println(n)
	for f := range strings.FieldsFuncSeq("a1b22c", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f)
	}
	fmt.Println()

	if rest, ok := strings.CutPrefix("v1.26.0", "v"); ok {
		fmt.Println("version", rest)
	}
	name, found := strings.CutSuffix("report.tar.gz", ".gz")
	fmt.Println(name, found)
	_, found = strings.CutSuffix("report", ".gz")
	fmt.Println(found)
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("Go", "Goo"))

	data := []byte("one\ntwo\r\nthree")
	for l := range bytes.Lines(data) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for w := range bytes.SplitSeq([]byte("x-y-z"), []byte("-")) {
		fmt.Print(string(w))
	}
	fmt.Println()
}
