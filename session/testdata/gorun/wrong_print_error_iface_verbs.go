package main

import (
	"errors"
	"fmt"
	"os"
)

// pair has two fields: through the error interface %#v and %d printed
// only the last, silently.
type pair struct{ N, M int }

func (p pair) Error() string { return "pair" }

type ptrErr struct{ Msg string }

func (p *ptrErr) Error() string { return p.Msg }

type named struct{ ID int }

func (n named) String() string { return "named" }

func main() {
	var e error = pair{4, 5}
	fmt.Printf("%#v|%T|%+v|%v|%s|%q|%x\n", e, e, e, e, e, e, e)
	fmt.Printf("%d|%5.1f|%t\n", e, e, e)
	var p error = &ptrErr{"boom"}
	fmt.Printf("%d|%#v|%v\n", p, p, p)
	var s fmt.Stringer = named{7}
	fmt.Printf("%d %#v %v\n", s, s, s)
	format := "%v / %#v\n"
	fmt.Printf(format, e, e)
	errs := []error{pair{1, 2}, errors.New("plain")}
	for _, err := range errs {
		fmt.Printf("%#v\n", err)
	}
	_, err := os.Open("/no/such/c50")
	fmt.Printf("%v %T\n", err, err)
	fmt.Println(fmt.Sprintf("%d", e), e)
	wrapped := fmt.Errorf("ctx %#v: %w", e, e)
	fmt.Println(wrapped, errors.Is(wrapped, pair{4, 5}))
	fmt.Printf("%*d|%[1]d\n", 3, e)
}
