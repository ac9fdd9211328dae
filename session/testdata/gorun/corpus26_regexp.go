package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)

	r, _ := regexp.Compile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex(
		"peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))

	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))

	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := re.FindStringSubmatch("date: 2024-03-16")
	for i, name := range re.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s\n", name, m[i])
		}
	}
	fmt.Println(re.ReplaceAllString("2024-03-16", "${day}/${month}/${year}"))
	fmt.Println(re.NumSubexp(), re.SubexpIndex("month"))
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompile(`(?i)go`).FindAllStringIndex("Go go GO", -1))
	words := regexp.MustCompile(`\w+`).FindAllString("hello, big world", -1)
	fmt.Println(strings.Join(words, "|"), len(words))
	fmt.Println(regexp.MustCompile(`a+`).ReplaceAllLiteralString("baaad", "$1"))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
}
