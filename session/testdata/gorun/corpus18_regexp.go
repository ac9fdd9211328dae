package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.(com|org)`)
	text := "contact: alice@example.com, bob@golang.org; bad@nowhere.net"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindStringIndex(text))
	fmt.Println(re.FindStringSubmatch(text))
	fmt.Printf("%q\n", re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], "at", m[2])
	}
	fmt.Println(re.ReplaceAllString(text, "<$1 AT $2>"))
	fmt.Println(re.ReplaceAllStringFunc(text, strings.ToUpper))
	fmt.Println(re.NumSubexp(), re.String())

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-03-15")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(named.ReplaceAllString("2024-03-15 and 1999-12-31", "${day}/${month}/${year}"))
	fmt.Println(named.SubexpIndex("month"))

	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	_, err = regexp.Compile(`x**`)
	fmt.Println(err)

	split := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", split.Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	ok, _ := regexp.MatchString(`^(?i)hello`, "HeLLo world")
	fmt.Println(ok)
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(lazy.FindAllString("<a><b></b></a>", 2))
	fmt.Println(string(re.Expand(nil, []byte("$3:$1"), []byte(text), re.FindSubmatchIndex([]byte(text)))))
	multi := regexp.MustCompile(`(?m)^\s*(\w+):`)
	fmt.Println(multi.FindAllStringSubmatch("a: 1\n  bb: 2\nc 3", -1))
}
