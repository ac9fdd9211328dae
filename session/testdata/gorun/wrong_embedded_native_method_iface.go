package main

import (
	"fmt"
	"time"
)

// A struct value whose String is promoted from an embedded library type,
// put in an interface: the interpreter does not find the method there.
type Timeout struct {
	time.Duration
	Label string
}

func describe(s fmt.Stringer) string { return "<" + s.String() + ">" }

func main() {
	t := Timeout{3 * time.Second, "x"}
	fmt.Println(t, t.Seconds())
	fmt.Println(describe(&t))
	fmt.Println(describe(t))
	var s fmt.Stringer = t
	fmt.Println(s)
}
