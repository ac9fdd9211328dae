package main

import (
	"errors"
	"fmt"
	"strings"
)

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("%d out of range 1..3999", n)
	}
	var b strings.Builder
	for _, nv := range numerals {
		for n >= nv.val {
			b.WriteString(nv.sym)
			n -= nv.val
		}
	}
	return b.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

var ErrInvalid = errors.New("invalid roman numeral")

func FromRoman(s string) (int, error) {
	s = strings.ToUpper(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("%w: bad char %q", ErrInvalid, s[i])
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, err := ToRoman(total); err != nil || back != s {
		return 0, fmt.Errorf("%w: %s is not canonical", ErrInvalid, s)
	}
	return total, nil
}

type Roman int

func (r Roman) String() string {
	s, err := ToRoman(int(r))
	if err != nil {
		return fmt.Sprintf("Roman(%d)", int(r))
	}
	return s
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		s, err := ToRoman(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		back, _ := FromRoman(s)
		fmt.Printf("%4d = %-12s -> %d\n", n, s, back)
	}
	for _, s := range []string{"mcmxcix", "IIII", "ABC", "XLII", "IC"} {
		n, err := FromRoman(s)
		fmt.Println(s, n, err)
	}
	years := []Roman{1066, 1492, 1776, 0}
	fmt.Println(years)
	fmt.Printf("%v %d %s\n", years[0], years[0], Roman(8))
}
