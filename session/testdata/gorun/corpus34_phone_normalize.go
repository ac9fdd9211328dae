package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

var numbers = []string{
	"1234567890",
	"123 456 7891",
	"(123) 456 7892",
	"(123) 456-7893",
	"123-456-7894",
	"123-456-7890",
	"1234567892",
	"(123)456-7892",
	"not a phone",
}

func normalize(phone string) string {
	var b strings.Builder
	for _, ch := range phone {
		if unicode.IsDigit(ch) {
			b.WriteRune(ch)
		}
	}
	return b.String()
}

var nonDigit = regexp.MustCompile(`\D`)

func normalizeRe(phone string) string {
	return nonDigit.ReplaceAllString(phone, "")
}

var format = regexp.MustCompile(`^(\d{3})(\d{3})(\d{4})$`)

func main() {
	seen := map[string]bool{}
	var unique []string
	for _, n := range numbers {
		a, b := normalize(n), normalizeRe(n)
		if a != b {
			fmt.Println("mismatch", a, b)
		}
		if a == "" {
			fmt.Printf("%-16q -> invalid\n", n)
			continue
		}
		dup := seen[a]
		seen[a] = true
		if !dup {
			unique = append(unique, a)
		}
		fmt.Printf("%-16q -> %s dup=%t\n", n, a, dup)
	}
	slices.Sort(unique)
	fmt.Println(len(unique), "unique")
	for _, u := range unique {
		fmt.Println(format.ReplaceAllString(u, "($1) $2-$3"))
	}
	m := format.FindStringSubmatch(unique[0])
	fmt.Printf("%q\n", m)
}
