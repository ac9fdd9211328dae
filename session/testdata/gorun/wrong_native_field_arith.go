package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

// An arithmetic operation assigned to a field of interface type of a
// native struct ended the function silently in the interpreter.
func main() {
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()

	e := &list.Element{}
	n, f, ok := 7, 1.5, true
	e.Value = -n
	fmt.Println(e.Value)
	e.Value = n << 2
	fmt.Println(e.Value)
	e.Value = f * 2
	fmt.Println(e.Value)
	e.Value = "a" + fmt.Sprint(n)
	fmt.Println(e.Value)
	e.Value = !ok
	fmt.Println(e.Value)
	e.Value = ^n
	fmt.Println(e.Value)

	type holder struct{ list.Element }
	h := holder{}
	h.Value = n % 4
	fmt.Println(h.Value, "end")
}
