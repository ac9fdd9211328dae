package main

import (
	"container/ring"
	"fmt"
)

func printRing(label string, r *ring.Ring) {
	fmt.Print(label, ":")
	r.Do(func(v any) {
		fmt.Print(" ", v)
	})
	fmt.Println()
}

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i * i
		r = r.Next()
	}
	printRing("squares", r)
	printRing("moved 2", r.Move(2))
	printRing("moved -1", r.Move(-1))
	fmt.Println("prev:", r.Prev().Value, "next:", r.Next().Value)

	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum:", sum)

	removed := r.Unlink(2)
	printRing("after unlink", r)
	printRing("removed", removed)

	s := ring.New(3)
	for i := range 3 {
		s.Value = fmt.Sprintf("s%d", i)
		s = s.Next()
	}
	r.Link(s)
	printRing("linked", r)
	fmt.Println("len:", r.Len())

	var empty *ring.Ring
	fmt.Println("nil len:", empty.Len())
	one := ring.New(1)
	one.Value = "solo"
	fmt.Println(one.Next() == one, one.Move(10).Value)
}
