package main

import (
	"errors"
	"fmt"
	"strings"
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
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range (1..3999)", n)
	}
	var sb strings.Builder
	for _, nm := range numerals {
		for n >= nm.value {
			sb.WriteString(nm.symbol)
			n -= nm.value
		}
	}
	return sb.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

var ErrInvalid = errors.New("invalid roman numeral")

func FromRoman(s string) (int, error) {
	s = strings.ToUpper(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("%w: bad character %q", ErrInvalid, s[i])
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// Reject non-canonical forms like IIII or IC by round-tripping.
	if back, err := ToRoman(total); err != nil || back != s {
		return 0, fmt.Errorf("%w: %s (did you mean %s?)", ErrInvalid, s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%4d = %s\n", n, r)
	}
	for _, s := range []string{"XLII", "mcmlxxxiv", "IIII", "IC", "ABC", "MMXXIV"} {
		n, err := FromRoman(s)
		if errors.Is(err, ErrInvalid) {
			fmt.Println("invalid:", err)
			continue
		}
		fmt.Printf("%s = %d\n", s, n)
	}
	sum := 0
	for i := 1; i <= 3999; i++ {
		r, _ := ToRoman(i)
		n, err := FromRoman(r)
		if err != nil || n != i {
			fmt.Println("round trip failed at", i)
		}
		sum += len(r)
	}
	fmt.Println("total symbols 1..3999:", sum)
}
