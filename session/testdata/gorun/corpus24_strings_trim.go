package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "xxhello worldxx"
	fmt.Printf("%q\n", strings.TrimLeft(s, "x"))
	fmt.Printf("%q\n", strings.TrimPrefix(s, "x"))

	// TrimLeft treats its argument as a set of characters.
	name := "abbacadabra"
	fmt.Printf("%q %q\n", strings.TrimLeft(name, "ab"), strings.TrimPrefix(name, "ab"))
	file := "report.txt.txt"
	fmt.Printf("%q %q\n", strings.TrimRight(file, ".txt"), strings.TrimSuffix(file, ".txt"))
	fmt.Printf("%q\n", strings.Trim("--==title==--", "-="))
	fmt.Printf("%q\n", strings.TrimSpace("\t  padded \n\r "))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))

	url := "https://example.com/path"
	rest, found := strings.CutPrefix(url, "https://")
	fmt.Println(rest, found)
	_, found = strings.CutPrefix(url, "ftp://")
	fmt.Println(found)
	before, after, ok := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, ok)
	base, ok2 := strings.CutSuffix("archive.tar.gz", ".gz")
	fmt.Println(base, ok2)

	fmt.Printf("%q\n", strings.TrimLeft("", "abc"))
	fmt.Printf("%q\n", strings.TrimPrefix("abc", ""))
	fmt.Printf("%q\n", strings.Trim("aaaa", "a"))
	fmt.Printf("%q\n", strings.TrimRight("héé", "é"))
	fmt.Printf("%q\n", strings.TrimLeftFunc("  ¡hola!", func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	}))

	lines := []string{"# comment", "  code();", "#!shebang", "plain"}
	for _, l := range lines {
		fmt.Printf("[%s] ", strings.TrimSpace(strings.TrimPrefix(l, "#")))
	}
	fmt.Println()
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
}
