package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	snake := regexp.MustCompile(`_([a-z])`)
	toCamel := func(s string) string {
		return snake.ReplaceAllStringFunc(s, func(m string) string {
			return strings.ToUpper(m[1:])
		})
	}
	for _, s := range []string{"user_id", "created_at_time", "plain"} {
		fmt.Println(s, "->", toCamel(s))
	}

	camel := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	fmt.Println(strings.ToLower(camel.ReplaceAllString("HTTPServerErrorCount", "${1}_${2}")))
	fmt.Println(strings.ToLower(camel.ReplaceAllString("parseJSONBody2Times", "${1}_${2}")))

	num := regexp.MustCompile(`\d+`)
	doubled := num.ReplaceAllStringFunc("3 apples and 12 pears cost 7 coins", func(s string) string {
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n * 2)
	})
	fmt.Println(doubled)

	swap := regexp.MustCompile(`(\w+)\s(\w+)`)
	fmt.Println(swap.ReplaceAllString("hello world foo bar", "$2 $1"))
	fmt.Println(swap.ReplaceAllLiteralString("hello world", "$2 $1"))

	ws := regexp.MustCompile(`\s+`)
	fmt.Printf("%q\n", ws.ReplaceAllString("  too   many \t spaces\n here ", " "))
	fmt.Printf("%q\n", ws.Split("a  b\tc\nd", -1))

	censor := regexp.MustCompile(`(?i)\b(darn|heck)\b`)
	fmt.Println(censor.ReplaceAllStringFunc("Darn it, what the HECK is heckle?", func(w string) string {
		return strings.Repeat("*", len(w))
	}))

	b := regexp.MustCompile(`o+`).ReplaceAllFunc([]byte("foo boo zoooo"), func(m []byte) []byte {
		return []byte(strconv.Itoa(len(m)))
	})
	fmt.Println(string(b))
	fmt.Println(regexp.QuoteMeta("1.5+2*[x]"))
}
