package main

import (
	"fmt"
	"unique"
)

type addr struct {
	host string
	port int
}

func main() {
	a := unique.Make("hello")
	b := unique.Make("hel" + "lo")
	c := unique.Make("world")
	fmt.Println(a == b, a == c)
	fmt.Println(a.Value(), c.Value())

	h1 := unique.Make(addr{"localhost", 80})
	h2 := unique.Make(addr{"localhost", 80})
	fmt.Println(h1 == h2, h1.Value().port)

	seen := map[unique.Handle[string]]int{}
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		seen[unique.Make(w)]++
	}
	fmt.Println(seen[unique.Make("a")], seen[unique.Make("b")], len(seen))
}
