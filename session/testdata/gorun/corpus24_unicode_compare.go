package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	composed := "caf\u00e9"
	decomposed := "cafe\u0301"
	fmt.Println(composed, decomposed)
	fmt.Println(composed == decomposed, len(composed), len(decomposed))
	fmt.Println(utf8.RuneCountInString(composed), utf8.RuneCountInString(decomposed))
	fmt.Printf("% x\n% x\n", composed, decomposed)

	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İ"), len(strings.ToLower("İ")))
	fmt.Println(strings.EqualFold("σ", "ς"), strings.EqualFold("Σ", "ς"))

	// Byte-wise comparison: uppercase sorts before lowercase, accents after z.
	words := []string{"zebra", "Apple", "éclair", "apple", "Zoo", "eclair"}
	sort.Strings(words)
	fmt.Println(words)
	fmt.Println("a" < "b", "Z" < "a", "é" > "z", strings.Compare("abc", "abd"))

	fmt.Println(bytes.Equal([]byte(composed), []byte(decomposed)))
	fmt.Println(strings.Contains(decomposed, "é"), strings.Contains(decomposed, "e"))

	for _, r := range "aÄ1 ß!" {
		fmt.Printf("%q letter=%v upper=%v digit=%v space=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToTitle('ǆ')), unicode.Is(unicode.Han, '世'))

	count := 0
	for _, r := range decomposed {
		if unicode.Is(unicode.Mn, r) {
			count++
		}
	}
	fmt.Println("combining marks:", count)
	emoji := "👍🏽"
	fmt.Println(len(emoji), utf8.RuneCountInString(emoji), []rune(emoji))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("hello"))
}
