package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	html := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))

	leet := strings.NewReplacer("a", "4", "e", "3", "l", "1", "o", "0", "t", "7")
	fmt.Println(leet.Replace("hello world, elite gamer"))

	// Earlier pairs win when several match at the same position.
	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"))
	r2 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r2.Replace("aaaa"))

	tmpl := strings.NewReplacer("{name}", "Gopher", "{lang}", "Go", "{n}", "3")
	fmt.Println(tmpl.Replace("Hi {name}, welcome to {lang} lesson {n}. Bye {name}!"))

	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))

	n, err := html.WriteString(os.Stdout, "1 < 2 && 3 > 2\n")
	fmt.Println(n, err)

	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))

	esc := strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`)
	fmt.Printf("%q\n", esc.Replace(`line1\nline2\tTabbed \\ done`))
}
