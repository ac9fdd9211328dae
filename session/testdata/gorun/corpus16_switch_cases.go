package main

import (
	"fmt"
	"strings"
	"unicode"
)

func classify(r rune) string {
	switch {
	case r == 'a', r == 'e', r == 'i', r == 'o', r == 'u':
		return "vowel"
	case unicode.IsDigit(r), r == '_':
		return "digit-ish"
	case unicode.IsSpace(r), unicode.IsPunct(r):
		return "separator"
	}
	return "consonant"
}

func grade(score int) string {
	lo := 60
	switch score / 10 {
	case 10, 9:
		return "A"
	case lo/10 + 2, lo/10 + 1:
		return "B/C"
	case lo / 10:
		return "D"
	}
	return "F"
}

func main() {
	counts := map[string]int{}
	for _, r := range strings.ToLower("Hello, World_42 go!") {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	for _, s := range []int{100, 93, 85, 71, 64, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	day := 6
	switch {
	case day == 0, day == 6:
		fmt.Println("weekend")
	default:
		fmt.Println("weekday")
	}
}
