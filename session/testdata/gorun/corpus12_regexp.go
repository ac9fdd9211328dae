package main

import (
	"fmt"
	"regexp"
	"strings"
)

var emailRE = regexp.MustCompile(`(?i)^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)

var logRE = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$`)

func main() {
	for _, e := range []string{"gopher@golang.org", "bad@", "A.B@example.CO"} {
		fmt.Printf("%-18s %v\n", e, emailRE.MatchString(e))
	}
	re := regexp.MustCompile(`\d+`)
	s := "order 12 shipped 3 boxes, 250 items"
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindAllString(s, 2))
	fmt.Println(re.FindStringIndex(s))
	fmt.Println(re.ReplaceAllString(s, "#"))
	fmt.Println(re.ReplaceAllStringFunc(s, func(m string) string {
		return "[" + m + "]"
	}))

	line := "2024-03-01 ERROR disk full on /dev/sda1"
	m := logRE.FindStringSubmatch(line)
	for i, name := range logRE.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%q\n", name, m[i])
		}
	}
	fmt.Println(logRE.SubexpIndex("level"), logRE.NumSubexp())

	kv := regexp.MustCompile(`(\w+)=(\w+)`)
	for _, sm := range kv.FindAllStringSubmatch("a=1 b=two c=3", -1) {
		fmt.Println(sm[1], "->", sm[2])
	}
	fmt.Println(kv.ReplaceAllString("x=1 y=2", "$2=$1"))
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c\nd", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2?"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println("error:", err)
	words := regexp.MustCompile(`[A-Z][a-z]+`).FindAllString("HelloGopherWorld", -1)
	fmt.Println(strings.Join(words, " "))
	fmt.Println(re.String(), re.MatchString("abc"))
}
