package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-7", " 5", "5 ", "3.14", "", "0x1F", "99999999999999999999", "+8", "1_000"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Printf("Atoi(%q): %v\n", in, err)
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", in, n)
	}

	_, err := strconv.Atoi("abc")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("Func:", numErr.Func, "Num:", numErr.Num, "Err:", numErr.Err)
		fmt.Println(errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	for _, b := range []string{"true", "T", "1", "yes", "FALSE"} {
		val, err := strconv.ParseBool(b)
		fmt.Println(b, val, err)
	}
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("nan", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1.5e3", 32)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	q, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", q, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
}
