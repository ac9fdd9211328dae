package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(p any) {
		fmt.Print(p.(int), " ")
	})
	fmt.Println()

	r = r.Move(2)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()

	sum := 0
	r.Do(func(p any) { sum += p.(int) })
	fmt.Println("sum:", sum)

	removed := r.Unlink(2)
	fmt.Print("unlinked: ")
	removed.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println("| left:", r.Len())

	s := ring.New(2)
	s.Value = "a"
	s.Next().Value = "b"
	r.Link(s)
	r.Do(func(p any) { fmt.Printf("%v ", p) })
	fmt.Println()

	// Josephus problem with a ring: every 3rd person leaves.
	people := ring.New(7)
	for i := 1; i <= 7; i++ {
		people.Value = i
		people = people.Next()
	}
	people = people.Prev()
	var order []int
	for people.Len() > 1 {
		people = people.Move(2)
		out := people.Unlink(1)
		order = append(order, out.Value.(int))
	}
	fmt.Println("elimination order:", order, "survivor:", people.Value)
}
