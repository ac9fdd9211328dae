package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-17", " 5", "3.14", "", "99999999999999999999", "0x1F"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("Atoi(%q): %v\n", s, err)
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", s, n)
	}

	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1F", 0, 64}, {"777", 8, 64}, {"1010", 2, 8}, {"300", 10, 8}, {"-129", 10, 8}, {"1_000", 0, 32}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	for _, s := range []string{"1e3", "1.5e400", "-0", "NaN", "inf", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	_, err = strconv.ParseFloat("1e39", 32)
	fmt.Println(err)

	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("Func=%s Num=%q Err=%v syntax=%v\n", ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange))

	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}

	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234567.0, 'e', 3, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.Quote("tab\there \"quoted\" é"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 42, 10)
	buf = strconv.AppendQuote(append(buf, ' '), "x")
	buf = strconv.AppendBool(append(buf, ' '), false)
	fmt.Println(string(buf))
}
