package main

import (
	"container/ring"
	"fmt"
)

type Person struct{ Name string }

func (p Person) String() string { return "person " + p.Name }

// A var declaration among main's statements whose value asserts a
// variable made before it to an interface: at a cell's top level the
// assertion is lowered into a function literal reading that variable.
func main() {
	r := ring.New(2)
	r.Value = Person{"Ann"}
	var s fmt.Stringer = r.Value.(fmt.Stringer)
	fmt.Println(s)

	v := any(Person{"Bo"})
	var t = v.(fmt.Stringer)
	var e, ok = v.(error)
	fmt.Println(t, e, ok)

	n := any(42)
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad = n.(fmt.Stringer)
	fmt.Println("not reached", bad)
}
