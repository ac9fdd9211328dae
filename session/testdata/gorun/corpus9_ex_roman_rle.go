package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

var numerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n > 3999 {
		return "", errors.New("out of range")
	}
	var sb strings.Builder
	for _, num := range numerals {
		for n >= num.value {
			sb.WriteString(num.symbol)
			n -= num.value
		}
	}
	return sb.String(), nil
}

func FromRoman(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && v < vals[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func RunLengthEncode(s string) string {
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

func RunLengthDecode(s string) string {
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
	return sb.String()
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		fmt.Printf("%4d %-12s %d\n", n, r, FromRoman(r))
	}
	for _, s := range []string{"", "XYZ", "AABCCCDEEEE", "  hsqq qww  ", "aabbbcccc", "⏰⏰⚽⚽⚽"} {
		enc := RunLengthEncode(s)
		fmt.Printf("%q -> %q -> %q\n", s, enc, RunLengthDecode(enc))
	}
	fmt.Println(RunLengthDecode("12WB12W3B24WB"))
}
