package main

import (
	"fmt"
	"strings"
	"unicode"
)

func Hey(remark string) string {
	r := strings.TrimSpace(remark)
	question := strings.HasSuffix(r, "?")
	hasLetter := strings.IndexFunc(r, unicode.IsLetter) >= 0
	yell := hasLetter && strings.ToUpper(r) == r
	switch {
	case r == "":
		return "Fine. Be that way!"
	case yell && question:
		return "Calm down, I know what I'm doing!"
	case yell:
		return "Whoa, chill out!"
	case question:
		return "Sure."
	}
	return "Whatever."
}

func IsIsogram(word string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(word) {
		if r == '-' || r == ' ' {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func Abbreviate(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	})
	var b strings.Builder
	for _, w := range words {
		b.WriteRune(unicode.ToUpper([]rune(w)[0]))
	}
	return b.String()
}

func main() {
	for _, s := range []string{
		"Tom-ay-to, tom-aaaah-to.",
		"WATCH OUT!",
		"Does this cryogenic chamber make me look fat?",
		"WHAT'S GOING ON?",
		"   ",
		"1, 2, 3",
		"4?",
		"ZOMBIES ARE COMING!!11!!1!",
	} {
		fmt.Printf("%-48q %s\n", s, Hey(s))
	}
	for _, w := range []string{"lumberjacks", "isograms", "six-year-old", "Alphabet", ""} {
		fmt.Println(w, IsIsogram(w))
	}
	fmt.Println(Abbreviate("Portable Network Graphics"), Abbreviate("Complementary metal-oxide semiconductor"), Abbreviate("The Road _Not_ Taken"))
}
