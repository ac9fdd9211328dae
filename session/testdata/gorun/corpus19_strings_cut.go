package main

import (
	"fmt"
	"strings"
)

func parseHeader(line string) (key, value string, ok bool) {
	key, value, ok = strings.Cut(line, ":")
	return strings.TrimSpace(key), strings.TrimSpace(value), ok
}

func main() {
	for _, l := range []string{"Content-Type: text/html", "Host:example.com", "malformed"} {
		k, v, ok := parseHeader(l)
		fmt.Printf("%q %q %v\n", k, v, ok)
	}

	urls := []string{"https://go.dev/blog", "http://example.com", "ftp://old.site"}
	for _, u := range urls {
		if rest, ok := strings.CutPrefix(u, "https://"); ok {
			fmt.Println("secure:", rest)
		} else if rest, ok := strings.CutPrefix(u, "http://"); ok {
			fmt.Println("plain:", rest)
		} else {
			fmt.Println("unknown:", u)
		}
	}

	for _, f := range []string{"report.pdf", "photo.jpeg", "README"} {
		base, found := strings.CutSuffix(f, ".pdf")
		fmt.Println(base, found)
	}

	kv := "a=1;b=2;c;d=4"
	for pair := range strings.SplitSeq(kv, ";") {
		k, v, _ := strings.Cut(pair, "=")
		fmt.Printf("%s->%q ", k, v)
	}
	fmt.Println()

	before, after, found := strings.Cut("no-separator-here", "|")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
}
