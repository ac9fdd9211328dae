package main

import (
	"errors"
	"fmt"
	"strings"
)

var romans = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func ToRoman(n int) (string, error) {
	if n <= 0 || n > 3999 {
		return "", fmt.Errorf("%d out of range", n)
	}
	var sb strings.Builder
	for _, r := range romans {
		for n >= r.v {
			sb.WriteString(r.s)
			n -= r.v
		}
	}
	return sb.String(), nil
}

var small = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
var tens = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")

func Say(n int64) (string, error) {
	if n < 0 || n > 999_999_999_999 {
		return "", errors.New("out of range")
	}
	if n < 20 {
		return small[n], nil
	}
	if n < 100 {
		s := tens[n/10]
		if n%10 != 0 {
			s += "-" + small[n%10]
		}
		return s, nil
	}
	if n < 1000 {
		s := small[n/100] + " hundred"
		if n%100 != 0 {
			rest, _ := Say(n % 100)
			s += " " + rest
		}
		return s, nil
	}
	scales := []struct {
		size int64
		name string
	}{{1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}
	var parts []string
	for _, sc := range scales {
		if n >= sc.size {
			head, _ := Say(n / sc.size)
			parts = append(parts, head+" "+sc.name)
			n %= sc.size
		}
	}
	if n > 0 {
		tail, _ := Say(n)
		parts = append(parts, tail)
	}
	return strings.Join(parts, " "), nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1024, 1990, 2024, 3999, 0, 4000} {
		r, err := ToRoman(n)
		fmt.Printf("%4d => %-12s %v\n", n, r, err)
	}
	for _, n := range []int64{0, 14, 20, 22, 100, 123, 1000, 1234, 1_000_000, 1_002_345, 987_654_321_123, -1} {
		s, err := Say(n)
		if err != nil {
			fmt.Println(n, "error:", err)
			continue
		}
		fmt.Printf("%d: %s\n", n, s)
	}
	fmt.Printf("%[2]d %[1]d %[2]d|%*d|%-*d|\n", 1, 2, 5, 42, 4, 7)
}
