package main

import (
	"fmt"
	"strings"
)

func parseHeader(line string) (string, string, bool) {
	k, v, ok := strings.Cut(line, ":")
	if !ok {
		return "", "", false
	}
	return strings.TrimSpace(k), strings.TrimSpace(v), true
}

func main() {
	for _, l := range []string{"Host: example.com", "Content-Type:text/html", "broken"} {
		k, v, ok := parseHeader(l)
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
	urls := []string{"https://go.dev", "http://example.com/x", "ftp://old"}
	for _, u := range urls {
		if rest, ok := strings.CutPrefix(u, "https://"); ok {
			fmt.Println("secure", rest)
		} else if rest, ok := strings.CutPrefix(u, "http://"); ok {
			fmt.Println("plain", rest)
		} else {
			fmt.Println("other", u)
		}
	}
	name, ok := strings.CutSuffix("report.final.pdf", ".pdf")
	fmt.Println(name, ok)
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
	fields := strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(fields, len(fields))
	for part := range strings.SplitSeq("x,y,z", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  lots   of  space ") {
		fmt.Print(f, "|")
	}
	fmt.Println()
}
