package main

import "fmt"

type point struct{ X, Y int }

// Go's compiler starts a slice that never leaves main in a 32-byte stack
// buffer at its first append: cap 4 for int, 32 for byte, 2 for a
// 16-byte struct, once per run of main. The slices are declared with :=
// so that the notebook form (main's body as the cell) has them main's too.
func main() {
	s := []int{}
	for i := 0; i < 6; i++ {
		s = append(s, i)
		fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
	}

	b := make([]byte, 0)
	b = append(b, 'g', 'o')
	fmt.Println("bytes", len(b), cap(b))

	pts := []point{}
	pts = append(pts, point{1, 2})
	for _, p := range pts {
		fmt.Println("points", p, cap(pts))
	}

	for round := 0; round < 3; round++ {
		v := []int{}
		v = append(v, round)
		fmt.Println("round", round, cap(v))
	}

	st := []string{}
	for i := 0; i < 5; i++ {
		st = append(st, fmt.Sprint(i))
		if i%2 == 1 {
			st = st[:len(st)-1]
		}
		fmt.Print(len(st), "/", cap(st), " ")
	}
	fmt.Println()

	r := []int{}
	r = append(r, 1)
	r = nil
	r = append(r, 2)
	fmt.Println("reset", cap(r))

	many := []int{}
	many = append(many, 1, 2, 3, 4, 5)
	fmt.Println("five at once", cap(many))

	flags := []bool{}
	flags = append(flags, true)
	fmt.Println("bools", cap(flags), flags[0])

	big := []struct{ a, b, c, d, e int64 }{}
	big = append(big, struct{ a, b, c, d, e int64 }{})
	fmt.Println("40-byte elements", cap(big))

	// Given to fmt, the slice leaves main: the heap's growth, as before.
	h := []int{}
	for i := 0; i < 3; i++ {
		h = append(h, i)
		fmt.Println("printed", h, cap(h))
	}
}
