package main

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b float64
	c string
}

type Inner struct{ N int }
type Outer struct {
	Inner
	Tags  []string
	Attrs map[string]int
	Ptr   *Inner
	Any   any
}

type Color int

func main() {
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%T\n", t)
	fmt.Printf("%v %+v\n", *t, *t)

	o := Outer{Inner{1}, []string{"x", "y"}, map[string]int{"b": 2, "a": 1}, nil, 3.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)

	timeZone := map[string]int{"UTC": 0, "EST": -5 * 3600, "CST": -6 * 3600, "PST": -8 * 3600}
	fmt.Printf("%v\n", timeZone)
	fmt.Printf("%#v\n", timeZone)

	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	fmt.Println(fmt.Sprint("Hello ", 23), fmt.Sprintln("a", 1, "b"))
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")

	fmt.Printf("%v %#v %T\n", Color(2), Color(2), Color(2))
	fmt.Printf("%v %#v %T\n", []any{1, "a", nil}, []any{1, "a", nil}, []any{})
	fmt.Printf("%v %#v\n", [2]bool{true}, [2]bool{true})
	var np *T
	var ns []int
	var nm map[string]bool
	fmt.Printf("%v %+v %#v %#v %#v\n", np, np, np, ns, nm)
	fmt.Printf("%T %T %T %T %T\n", nil, 'x', 1.5, 2i, struct{ A int }{})
	fmt.Printf("%#v %#v %#v\n", struct{ A int }{1}, "q\"s", 'x')
	fmt.Printf("%t %v %08.3f %-6d| %6.2f| %+d %e\n", true, false, 3.14159, 42, 2.5, 5, 123456.789)
	fmt.Printf("%5s|%-5s|%.2s|%c|%U\n", "ab", "cd", "efgh", 'G', 'G')
	fmt.Printf("%d %d\n", []int{1, 2}, map[string]int{"z": 26})
	fmt.Printf("%!verb %d\n", 1)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d %v\n", 10, 20, 30)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
}
