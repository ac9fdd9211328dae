package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Slices appended to from empty and then handed to library functions
// (sort.Ints, strings.Join, slices.Contains), copied, or converted:
// Go keeps most on the stack (cap 4 for one int); gogil cannot follow
// escape analysis there and refuses the cap rather than print the
// heap's.
func main() {
	var a []int
	a = append(a, 3)
	sort.Ints(a)
	var b []string
	b = append(b, "x")
	_ = strings.Join(b, ",")
	var c []int
	c = append(c, 1)
	_ = slices.Contains(c, 1)
	var d []int
	d = append(d, 1)
	fmt.Println(d)
	var e []int
	e = append(e, 1)
	f := e
	_ = f
	var g []byte
	g = append(g, 'a')
	_ = string(g)
	fmt.Println(cap(a), cap(b), cap(c), cap(d), cap(e), cap(g))
}
