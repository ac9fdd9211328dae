package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0", "3.14", "", "abc", "99999999999999999999", " 5", "+8"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("Atoi error:", err)
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", s, n)
	}
	type pc struct {
		s    string
		base int
		bits int
	}
	cases := []pc{
		{"ff", 16, 64}, {"FF", 16, 8}, {"-80", 16, 8}, {"777", 8, 16},
		{"1010", 2, 8}, {"z", 36, 64}, {"0x1f", 0, 64}, {"0b101", 0, 64},
		{"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64},
		{"12", 2, 64}, {"10", 1, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)

	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	fmt.Printf("%v | %T\n", err, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatUint(255, 16))
	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteRune('☺'))
}
