package main

import (
	"fmt"
	"strings"
	"unicode"
)

func Bob(remark string) string {
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

func Raindrops(n int) string {
	var sb strings.Builder
	for _, f := range []struct {
		d int
		s string
	}{{3, "Pling"}, {5, "Plang"}, {7, "Plong"}} {
		if n%f.d == 0 {
			sb.WriteString(f.s)
		}
	}
	if sb.Len() == 0 {
		return fmt.Sprint(n)
	}
	return sb.String()
}

func Acronym(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	})
	out := make([]rune, 0, len(words))
	for _, w := range words {
		out = append(out, unicode.ToUpper([]rune(w)[0]))
	}
	return string(out)
}

func IsIsogram(s string) bool {
	seen := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		if seen[r] {
			return false
		}
		seen[r] = true
	}
	return true
}

func IsPangram(s string) bool {
	var mask uint32
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			mask |= 1 << (r - 'a')
		}
	}
	return mask == 1<<26-1
}

func main() {
	for _, r := range []string{"Tom-ay-to, tom-aaaah-to.", "WATCH OUT!", "Does this work?", "WHAT?", "   ", "1, 2, 3", "4?", "ÜMLAUTS!"} {
		fmt.Printf("%-26q %s\n", r, Bob(r))
	}
	for _, n := range []int{1, 3, 5, 7, 15, 21, 35, 105, 52} {
		fmt.Print(Raindrops(n), " ")
	}
	fmt.Println()
	for _, s := range []string{"Portable Network Graphics", "Complementary metal-oxide semiconductor", "The Road _Not_ Taken", "ruby on rails"} {
		fmt.Printf("%s => %s\n", s, Acronym(s))
	}
	for _, s := range []string{"lumberjacks", "isograms", "six-year-old", "Alphabet", ""} {
		fmt.Printf("isogram(%q)=%t ", s, IsIsogram(s))
	}
	fmt.Println()
	fmt.Println(IsPangram("The quick brown fox jumps over the lazy dog"), IsPangram("a quick movement of the enemy"))
}
