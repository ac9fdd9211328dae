package main

import (
	"fmt"
	"os"
	"strings"
)

var htmlEscaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&quot;",
)

func expand(tmpl string, vars map[string]string) string {
	var pairs []string
	for k, v := range vars {
		pairs = append(pairs, "{"+k+"}", v)
	}
	return strings.NewReplacer(pairs...).Replace(tmpl)
}

func main() {
	fmt.Println(htmlEscaper.Replace(`<a href="x">Tom & Jerry</a>`))

	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa"))

	fmt.Println(expand("Hello {name}, you are {age} years old. {unknown}", map[string]string{
		"name": "Gopher",
		"age":  "15",
	}))

	leet := strings.NewReplacer("a", "4", "e", "3", "i", "1", "o", "0", "s", "5")
	for _, w := range []string{"password", "gopher", "leetspeak"} {
		fmt.Printf("%s -> %s\n", w, leet.Replace(w))
	}

	empty := strings.NewReplacer("", "-")
	fmt.Println(empty.Replace("abc"))

	n, err := strings.NewReplacer("\n", "\\n", "\t", "\\t").WriteString(os.Stdout, "line1\n\tline2\n")
	fmt.Println()
	fmt.Println(n, err)
}
