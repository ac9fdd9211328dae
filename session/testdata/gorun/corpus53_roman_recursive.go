package main

import (
	"errors"
	"fmt"
)

var symbols = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

var ErrBadNumeral = errors.New("bad roman numeral")

type numeralError struct {
	input string
	pos   int
}

func (e numeralError) Error() string {
	return fmt.Sprintf("invalid character %q at %d in %q", e.input[e.pos], e.pos, e.input)
}

func (e numeralError) Is(target error) bool { return target == ErrBadNumeral }

func ToArabic(roman string) (int, error) {
	total := 0
	for i := 0; i < len(roman); i++ {
		v, ok := symbols[roman[i]]
		if !ok {
			return 0, numeralError{roman, i}
		}
		if i+1 < len(roman) && symbols[roman[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func ToRoman(n int) string {
	if n <= 0 {
		return ""
	}
	steps := []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
		{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}
	for _, st := range steps {
		if n >= st.v {
			return st.s + ToRoman(n-st.v)
		}
	}
	panic("unreachable")
}

func main() {
	for _, r := range []string{"MMXXIV", "XLII", "CDXLIV", "IIII", "MXQ"} {
		n, err := ToArabic(r)
		if err != nil {
			fmt.Printf("%-8s error: %v (bad numeral: %t)\n", r, err, errors.Is(err, ErrBadNumeral))
			continue
		}
		fmt.Printf("%-8s = %d -> %s\n", r, n, ToRoman(n))
	}
	years := []int{1066, 1492, 1776, 1945, 2000}
	for i, y := range years {
		sep := ", "
		if i == len(years)-1 {
			sep = "\n"
		}
		fmt.Print(ToRoman(y), sep)
	}
}
