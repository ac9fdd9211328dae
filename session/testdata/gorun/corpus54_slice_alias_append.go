package main

import "fmt"

func main() {
	// Two slices built by appending to the same base share its spare capacity.
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println("a:", a, "b:", b)
	fmt.Println("a[3] was overwritten:", a[3] == 2)

	// With no spare capacity, append copies and the slices part ways.
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println("c:", c, "d:", d)
	c[0] = 100
	fmt.Println("full after c[0]=100:", full)

	// Writing through one alias is visible through the other.
	s := []string{"x", "y", "z"}
	t := s[:2]
	t[0] = "X"
	fmt.Println(s, t)
	t = append(t, "W")
	fmt.Println("s sees the append:", s)
	fmt.Println(len(t), cap(t))

	// The classic growth quiz.
	var grow []int
	caps := []int{}
	last := -1
	for i := 0; i < 20; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println("len", len(grow), "first caps", caps[:4], grow[:3])
}
