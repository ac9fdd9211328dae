package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-7", "3.14", "abc", "99999999999999999999", ""}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%q: func=%s num=%q err=%v range=%v syntax=%v\n", s, ne.Func, ne.Num, ne.Err,
					errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			}
			fmt.Println("  ", err)
			continue
		}
		fmt.Printf("%q -> %d\n", s, n)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	v, err := strconv.ParseUint("ff", 16, 64)
	fmt.Println(v, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	fmt.Printf("%T\n", err)
	q, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", q, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.Quote("hi\n"), strconv.Itoa(-15), strconv.FormatInt(255, 2))
}
