package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-42) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)

	fmt.Println(strconv.Quote("Hello, \"world\"\n\t☺"))
	fmt.Println(strconv.QuoteToASCII("café ☺"))
	fmt.Println(strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)

	for _, s := range []string{"true", "1", "F", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}

	f := 3.14159265
	fmt.Println(strconv.FormatFloat(f, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(f, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(f, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32))

	pf, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(pf, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)

	i64, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	bin, _ := strconv.ParseInt("1011", 2, 0)
	fmt.Println(bin)
	auto, _ := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(auto)

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatBool(true), strconv.FormatUint(18446744073709551615, 10))

	buf := []byte("num:")
	buf = strconv.AppendInt(buf, 77, 10)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))

	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println("func:", ne.Func, "num:", ne.Num, "err:", ne.Err)
	}
	_, err = strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(err == nil, err.(*strconv.NumError).Err == strconv.ErrRange)

	total := 0
	for _, s := range []string{"10", "20", "x", "30"} {
		v, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("skipping", s)
			continue
		}
		total += v
	}
	fmt.Println("total", total)
}
