package main

import (
	"errors"
	"fmt"
	"strings"
)

type Roman int

var numerals = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func (r Roman) String() string {
	if r <= 0 || r >= 4000 {
		return fmt.Sprintf("Roman(%d)", int(r))
	}
	n := int(r)
	var b strings.Builder
	for _, nm := range numerals {
		for n >= nm.val {
			b.WriteString(nm.sym)
			n -= nm.val
		}
	}
	return b.String()
}

var ErrInvalid = errors.New("invalid numeral")

func Parse(s string) (Roman, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("%q at %d: %w", s[i], i, ErrInvalid)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	r := Roman(total)
	if r.String() != s {
		return r, fmt.Errorf("%s is not canonical (%v): %w", s, r, ErrInvalid)
	}
	return r, nil
}

func main() {
	for _, n := range []Roman{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		fmt.Printf("%d=%v ", int(n), n)
	}
	fmt.Println()
	for _, s := range []string{"MCMXCIV", "XLII", "IIII", "ABC", "MMXXIV"} {
		r, err := Parse(s)
		fmt.Printf("%s %d %v %v\n", s, r, err, errors.Is(err, ErrInvalid))
	}
	years := []Roman{1066, 1492, 1776}
	fmt.Println(years, fmt.Sprint(years[0]), fmt.Sprintf("%s|%v|%d", years[1], years[2], years[2]))
	m := map[Roman]string{5: "five", 10: "ten"}
	fmt.Println(m)
	total := Roman(0)
	for _, y := range years {
		total += y
	}
	fmt.Println(total, total.String())
}
