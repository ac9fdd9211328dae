package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "abc", "99999999999999999999", ""} {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("error:", err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("  func=%s num=%q err=%v range=%t\n", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
			}
			continue
		}
		fmt.Println("ok:", n)
	}
	f, err := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("777", 8, 32)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.Quote("hello\n\"world\"\t☺"), strconv.QuoteToASCII("☺ x"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Printf("base %2d: %s %s\n", base, strconv.FormatInt(255, base), strconv.FormatInt(-1000, base))
	}
	fmt.Println(strconv.Itoa(123)+"!", strconv.FormatFloat(1.5, 'f', 3, 64), strconv.FormatFloat(123456789, 'e', 2, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 12, 10)), strconv.FormatBool(false))
}
