package main

import (
	"fmt"
	"strconv"
	"strings"
)

var romans = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var b strings.Builder
	for _, r := range romans {
		for n >= r.v {
			b.WriteString(r.s)
			n -= r.v
		}
	}
	return b.String()
}

func toBase(n uint64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	var out []byte
	for n > 0 {
		out = append([]byte{digits[n%uint64(base)]}, out...)
		n /= uint64(base)
	}
	return string(out)
}

func main() {
	n := int64(2024)
	for _, base := range []int{2, 3, 8, 10, 12, 16, 36} {
		fmt.Printf("base %2d: %s (%s)\n", base, strconv.FormatInt(n, base), toBase(uint64(n), base))
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(-5, 2))
	for _, y := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		fmt.Printf("%4d = %s\n", y, toRoman(y))
	}
	s := fmt.Sprintf("%b", 37)
	v, _ := strconv.ParseInt(s, 2, 64)
	fmt.Println(s, v)
	fmt.Printf("%d %x %o %b %c %U\n", 0x2A, 42, 42, 42, 42, 42)
	fmt.Printf("%#b %#o %#x %#X\n", 42, 42, 42, 42)
	fmt.Println(0b1010, 0o17, 017, 0x1F, 1_000_000, 0x_FF)
	hex := "deadbeef"
	u, err := strconv.ParseUint(hex, 16, 32)
	fmt.Println(u, err, uint32(u))
	for i := 0; i < 16; i++ {
		fmt.Printf("%x", i)
	}
	fmt.Println()
	fmt.Println(strings.ToUpper(strconv.FormatUint(^uint64(0), 16)))
}
