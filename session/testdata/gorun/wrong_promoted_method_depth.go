package main

import "fmt"

// Go calls the shallowest promoted method: B's M, at depth 1, not C's
// through A at depth 2. yaegi looked methods up depth first, calling C's;
// gogil refuses the type where it is declared.

type C struct{}

func (C) M() string { return "C.M" }

type A struct{ C }

type B struct{}

func (B) M() string { return "B.M" }

type S struct {
	A
	B
}

func main() {
	var s S
	fmt.Println(s.M())
	var i interface{ M() string } = s
	fmt.Println(i.M())
	fmt.Println(s.A.M(), s.B.M())
}
