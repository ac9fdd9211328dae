package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: alice@example.com, bob@test.com; nobody@nowhere.org"
	fmt.Println(re.MatchString(text))
	fmt.Println(re.FindString(text))
	fmt.Println(re.FindAllString(text, -1))
	fmt.Printf("%q\n", re.FindStringSubmatch(text))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println("user:", m[1], "domain:", m[2])
	}
	fmt.Println(re.FindAllStringSubmatchIndex(text, -1))
	fmt.Println(re.ReplaceAllString(text, "$2:$1"))

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := named.FindStringSubmatch("due 2024-07-15 ok")
	for i, name := range named.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println(named.SubexpIndex("month"))
	fmt.Println(named.ReplaceAllString("2024-07-15", "${day}/${month}/${year}"))

	words := regexp.MustCompile(`\b[a-z]`)
	fmt.Println(words.ReplaceAllStringFunc("hello big world", strings.ToUpper))
	nums := regexp.MustCompile(`\d+`)
	fmt.Println(nums.ReplaceAllStringFunc("a1 b22 c333", func(s string) string {
		return fmt.Sprintf("<%d>", len(s))
	}))
	fmt.Println(nums.Split("a1b22c333d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).FindAllString("baaab", -1))

	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	ok, err := regexp.MatchString(`^[A-Z][a-z]+$`, "Gopher")
	fmt.Println(ok, err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), re.NumSubexp(), re.String())
	ci := regexp.MustCompile(`(?i)go`)
	fmt.Println(ci.FindAllStringIndex("Go go GO gO", -1))
	fmt.Println(string(nums.ReplaceAll([]byte("x9y"), []byte("#"))), nums.ReplaceAllLiteralString("n5", "$1"))
}
