package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	// Double every number in a sentence.
	num := regexp.MustCompile(`-?\d+`)
	s := "3 apples, 12 pears and -4 debts"
	fmt.Println(num.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.Atoi(m)
		return strconv.Itoa(n * 2)
	}))

	// snake_case -> camelCase.
	snake := regexp.MustCompile(`_([a-z])`)
	for _, w := range []string{"user_id", "created_at_time", "plain"} {
		fmt.Println(w, "->", snake.ReplaceAllStringFunc(w, func(m string) string {
			return strings.ToUpper(m[1:])
		}))
	}

	// camelCase -> snake_case.
	camel := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	fmt.Println(strings.ToLower(camel.ReplaceAllString("parseHTTPResponseCode2Fast", "${1}_${2}")))

	// Mask emails.
	email := regexp.MustCompile(`([a-zA-Z0-9._%+-]+)@([a-zA-Z0-9.-]+\.[a-z]{2,})`)
	text := "contact: alice@example.com, bob.smith@mail.co.uk; nobody@nowhere"
	fmt.Println(email.ReplaceAllStringFunc(text, func(m string) string {
		parts := email.FindStringSubmatch(m)
		user := parts[1]
		return user[:1] + strings.Repeat("*", len(user)-1) + "@" + parts[2]
	}))
	fmt.Println(email.FindAllString(text, -1))
	fmt.Println(email.FindAllStringIndex(text, -1))

	// Literal replacement and splitting.
	fmt.Println(regexp.MustCompile(`\$\w+`).ReplaceAllLiteralString("cost: $price", "$1"))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))

	ws := regexp.MustCompile(`\s+`)
	fmt.Printf("%q\n", ws.ReplaceAllString("  too    many\t\tspaces \n here ", " "))
	b := regexp.MustCompile(`(?i)go`).ReplaceAllFunc([]byte("Go go GO gopher"), func(m []byte) []byte {
		return []byte("<" + string(m) + ">")
	})
	fmt.Println(string(b))
}
