package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			sb.WriteString(strconv.Itoa(n))
		}
		sb.WriteRune(runes[i])
		i = j
	}
	return sb.String()
}

func Decode(s string) (string, error) {
	var sb strings.Builder
	count := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		if count == 0 {
			count = 1
		}
		sb.WriteString(strings.Repeat(string(r), count))
		count = 0
	}
	if count != 0 {
		return "", fmt.Errorf("dangling count %d", count)
	}
	return sb.String(), nil
}

func main() {
	inputs := []string{
		"", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"  hsqq qww  ", "aabbbcccc", "⏰⏰⏰⚽⚽⭐⭐⭐⭐",
	}
	for _, in := range inputs {
		enc := Encode(in)
		dec, err := Decode(enc)
		fmt.Printf("%q -> %q -> ok=%v err=%v\n", in, enc, dec == in, err)
	}
	_, err := Decode("3a12")
	fmt.Println(err)
	d, _ := Decode("12WB12W3B24WB")
	fmt.Println(len(d), d[:15])
}
