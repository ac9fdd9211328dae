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
	for _, l := range []string{"Host: example.com", "Accept:text/html", "broken"} {
		k, v, ok := parseHeader(l)
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
	for _, p := range []string{"/api/users", "/static/app.js", "/api"} {
		if rest, ok := strings.CutPrefix(p, "/api/"); ok {
			fmt.Println("api route:", rest)
		} else {
			fmt.Println("other:", p)
		}
	}
	name, found := strings.CutSuffix("report.tar.gz", ".gz")
	fmt.Println(name, found)
	name, found = strings.CutSuffix(name, ".zip")
	fmt.Println(name, found)

	fmt.Println(strings.EqualFold("Go", "GO"), strings.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.Title("x") == "X", strings.Repeat("=", 10))
	before, after, _ := strings.Cut("key=value=more", "=")
	fmt.Println(before, after)
}
