package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "3.14", "abc", "99999999999999999999", "0x1F", " 7", ""}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				kind := "syntax"
				if errors.Is(ne.Err, strconv.ErrRange) {
					kind = "range"
				}
				fmt.Printf("%-24q -> %s error (func %s): %v\n", in, kind, ne.Func, err)
			}
			continue
		}
		fmt.Printf("%-24q -> %d\n", in, n)
	}

	for _, in := range []string{"0x1F", "0b101", "0o17", "017", "1_000"} {
		v, err := strconv.ParseInt(in, 0, 64)
		fmt.Println(in, v, err)
	}
	v8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(v8, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	h, _ := strconv.ParseInt("ff", 16, 64)
	fmt.Println(h)

	for _, in := range []string{"1.5", "1e3", "inf", "NaN", "1.2.3", "-0"} {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Println(in, f, err)
	}
	for _, in := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(in)
		fmt.Println(in, b, err)
	}

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.Itoa(1<<20))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234567.0, 'e', 3, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	buf := strconv.AppendInt([]byte("n="), 42, 10)
	buf = strconv.AppendQuote(append(buf, ' '), "x")
	fmt.Println(string(buf))
}
