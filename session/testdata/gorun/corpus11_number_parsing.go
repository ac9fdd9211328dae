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
	fmt.Println(e, errors.Is(e, strconv.ErrRange))
	var ne *strconv.NumError
	if errors.As(e, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	bin, _ := strconv.ParseInt("-101", 2, 64)
	fmt.Println(bin)
	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 16), strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	var n int
	var w string
	c, err := fmt.Sscanf("7 apples", "%d %s", &n, &w)
	fmt.Println(c, err, n, w)
	fmt.Println(strconv.AppendInt([]byte("x="), 12, 10), string(strconv.AppendQuote(nil, "q")))
}
