package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", "0x1F", "1e3", "abc", "99999999999999999999", ""}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("Atoi(%q): func=%s num=%q err=%v\n", s, ne.Func, ne.Num, ne.Err)
			}
			if errors.Is(err, strconv.ErrRange) {
				fmt.Println("  -> out of range")
			}
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", s, n)
	}

	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, v, err)
	}

	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i8, err)

	for _, s := range []string{"3.14", "1e400", "-0", "NaN", "inf", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}

	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1234.5678, 'e', -1, 64), strconv.FormatFloat(100, 'g', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-0), strconv.AppendInt([]byte("n="), 12, 10))
	fmt.Println(string(strconv.AppendQuote(nil, "x")))
}
