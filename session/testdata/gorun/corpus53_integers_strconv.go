package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(inputs []string) ([]int, []error) {
	var nums []int
	var errs []error
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		nums = append(nums, n)
	}
	return nums, errs
}

func main() {
	nums, errs := parseAll([]string{"1", "42", "x7", "-3", "99999999999999999999"})
	fmt.Println(nums)
	for _, err := range errs {
		var numErr *strconv.NumError
		if errors.As(err, &numErr) {
			fmt.Printf("func=%s num=%q err=%v range=%v\n", numErr.Func, numErr.Num, numErr.Err, errors.Is(err, strconv.ErrRange))
		}
	}

	fmt.Println(strconv.Itoa(-45), strconv.Quote("hi\n"), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	f, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(f*2, strconv.FormatFloat(f, 'f', 3, 64))
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)

	x := 0b1011
	y := 0o17
	z := 0xff
	big := 1_000_000
	fmt.Println(x, y, z, big, x&y, x|y, x^y, z>>4, 1<<10, x&^y)
	fmt.Printf("%08b %o %x %X %e\n", x, y, z, z, float64(big))
	var u8 uint8 = 250
	u8 += 10
	fmt.Println(u8, -7/2, -7%2, 7/2.0)
}
