package main

import (
	"container/ring"
	"fmt"
)

type Reading struct {
	Sensor string
	Temp   float64
}

func (r Reading) String() string { return fmt.Sprintf("%s=%.1f", r.Sensor, r.Temp) }

func main() {
	// A ring of the last 4 readings.
	r := ring.New(4)
	readings := []Reading{
		{"a", 20.5}, {"b", 21}, {"c", 19.75}, {"d", 22.25}, {"e", 23}, {"f", 18.5},
	}
	for _, rd := range readings {
		r.Value = rd
		r = r.Next()
	}
	fmt.Println("len:", r.Len())
	sum := 0.0
	r.Do(func(v any) {
		rd := v.(Reading)
		fmt.Print(rd, " ")
		sum += rd.Temp
	})
	fmt.Printf("\navg: %.3f\n", sum/float64(r.Len()))

	// A ring of ints, moved and unlinked.
	n := ring.New(6)
	for i := 1; i <= n.Len(); i++ {
		n.Value = i * 10
		n = n.Next()
	}
	print := func(label string, x *ring.Ring) {
		fmt.Print(label, ":")
		x.Do(func(v any) { fmt.Print(" ", v) })
		fmt.Println()
	}
	print("start", n)
	print("move 2", n.Move(2))
	print("move -1", n.Move(-1))
	removed := n.Unlink(2)
	print("removed", removed)
	print("left", n)

	// Link two rings together.
	m := ring.New(2)
	m.Value = "x"
	m.Next().Value = "y"
	n.Link(m)
	print("linked", n)
	fmt.Println(n.Len(), n.Prev().Value, n.Next().Value)

	// Josephus: every 3rd of 7 leaves.
	j := ring.New(7)
	for i := 1; i <= 7; i++ {
		j.Value = i
		j = j.Next()
	}
	j = j.Prev()
	var order []int
	for j.Len() > 1 {
		j = j.Move(2)
		gone := j.Unlink(1)
		order = append(order, gone.Value.(int))
	}
	fmt.Println("out order:", order, "survivor:", j.Value)
}
