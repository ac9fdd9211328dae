package main

import (
	"errors"
	"fmt"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{42}
	}
	return p
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func deferOrder() {
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	x := 10
	defer fmt.Println("deferred x =", x)
	x = 20
	fmt.Println("x now", x)
}

func parseAll(in []string) (sum int, errs []error) {
	for _, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sum += n
	}
	return
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(-7/2, -7%2, 7%-2, -7>>1)
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	err = mayFail(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code)
	fmt.Println(counter())
	deferOrder()
	fmt.Println()
	sum, errs := parseAll([]string{"1", "x", "30", "4.5"})
	fmt.Println(sum, len(errs), errs)
	var ne *strconv.NumError
	fmt.Println(errors.As(errs[1], &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	v, err := strconv.ParseUint("-1", 10, 8)
	fmt.Println(v, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é"), strconv.Itoa(-0))
	u, _ := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q\n", u)
}
