package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)

	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)

	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)

	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)

	k, _ := strconv.Atoi("135")
	fmt.Println(k)

	_, e := strconv.Atoi("wat")
	fmt.Println(e)

	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e)
	var numErr *strconv.NumError
	if errors.As(e, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err == strconv.ErrRange)
	}

	b, _ := strconv.ParseBool("true")
	fmt.Println(b)

	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)

	bin, _ := strconv.ParseInt("-101", 2, 64)
	fmt.Println(bin)

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 99, 10)
	fmt.Println(string(buf))

	var x int
	n, err := fmt.Sscanf("width 42", "width %d", &x)
	fmt.Println(n, err, x)
}
