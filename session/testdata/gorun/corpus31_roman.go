// Convert integers to Roman numerals and back
package main

import (
	"errors"
	"fmt"
	"strings"
)

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func ToRoman(num int) (string, error) {
	if num <= 0 || num > 3999 {
		return "", fmt.Errorf("%d is out of range (1-3999)", num)
	}
	var sb strings.Builder
	for i, v := range values {
		for num >= v {
			sb.WriteString(symbols[i])
			num -= v
		}
	}
	return sb.String(), nil
}

var romanMap = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func FromRoman(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty numeral")
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := romanMap[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid character %q in %q", s[i], s)
		}
		if i+1 < len(s) && v < romanMap[s[i+1]] {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println("Error:", err)
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%4d => %-12s => %d\n", n, r, back)
	}
	for _, s := range []string{"MCMXCIV", "XLII", "ABC", ""} {
		n, err := FromRoman(s)
		fmt.Printf("%q: %d, %v\n", s, n, err)
	}
}
