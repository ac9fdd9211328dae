package main

import (
	"fmt"
	"unique"
)

type Addr struct {
	Host string
	Port int
}

func main() {
	a := unique.Make("hello world")
	b := unique.Make("hello " + "world")
	c := unique.Make("other")
	fmt.Println(a == b, a == c)
	fmt.Println(a.Value())

	h1 := unique.Make(Addr{"example.com", 443})
	h2 := unique.Make(Addr{"example.com", 443})
	fmt.Println(h1 == h2, h1.Value().Port)

	seen := map[unique.Handle[string]]int{}
	for _, w := range []string{"go", "is", "go", "fun", "go"} {
		seen[unique.Make(w)]++
	}
	fmt.Println(seen[unique.Make("go")], len(seen))
}
