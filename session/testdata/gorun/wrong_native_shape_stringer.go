// Library values asserted to interface literals of fmt.Stringer's and
// runtime.Error's method sets (comma-ok), beside cell types with and
// without the methods; a recovered runtime panic and a plain one.
package main

import (
	"errors"
	"fmt"
	"net"
	"time"
)

type card struct{ rank int }

func (c card) String() string { return fmt.Sprintf("card %d", c.rank) }

type plain struct{ n int }

type stringer interface{ String() string }

func classify(f func()) (kind string) {
	defer func() {
		r := recover()
		if re, ok := r.(interface {
			Error() string
			RuntimeError()
		}); ok {
			kind = "runtime error: " + re.Error()
			return
		}
		if _, ok := r.(interface{ RuntimeError() }); ok {
			kind = "marker only"
			return
		}
		kind = fmt.Sprint("other: ", r)
	}()
	f()
	return "no panic"
}

func main() {
	for _, v := range []any{time.Second, card{7}, plain{1}, net.IPv4(10, 0, 0, 1), 42, nil, errors.New("e")} {
		s, ok := v.(interface{ String() string })
		if ok {
			fmt.Printf("%T stringer: %s | %v\n", s, s.String(), s)
		} else {
			fmt.Printf("%T not a stringer (%v)\n", v, s == nil)
		}
	}
	var d any = 90 * time.Minute
	n, ok := d.(stringer)
	fmt.Println(ok, n, n.String())
	var xs []int
	var m map[string]int
	fmt.Println(classify(func() { _ = xs[3] }))
	fmt.Println(classify(func() { m["a"]++ }))
	fmt.Println(classify(func() { panic("boom") }))
	fmt.Println(classify(func() { panic(fmt.Errorf("wrapped: %w", errors.ErrUnsupported)) }))
	fmt.Println(classify(func() {}))
}
