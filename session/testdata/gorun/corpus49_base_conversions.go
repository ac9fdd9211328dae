package main

import (
	"fmt"
	"strconv"
)

func main() {
	nums := []int64{0, 7, 10, 255, 1024, -42}
	fmt.Printf("%6s %12s %6s %6s %12s\n", "dec", "bin", "oct", "hex", "base36")
	for _, n := range nums {
		fmt.Printf("%6d %12s %6s %6s %12s\n", n,
			strconv.FormatInt(n, 2), strconv.FormatInt(n, 8),
			strconv.FormatInt(n, 16), strconv.FormatInt(n, 36))
	}
	x := 3054
	fmt.Printf("%b %o %O %x %X %#x %#o %08b\n", x, x, x, x, x, x, x, 5)
	for _, s := range []string{"1011", "ff", "0x1F", "777", "zz", "12a"} {
		for _, base := range []int{2, 8, 16, 0} {
			v, err := strconv.ParseInt(s, base, 64)
			if err != nil {
				fmt.Printf("%q base %2d: %v\n", s, base, err)
				continue
			}
			fmt.Printf("%q base %2d: %d\n", s, base, v)
		}
	}
	u, err := strconv.ParseUint("11111111", 2, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("111111111", 2, 8)
	fmt.Println(err)
}
