package main

import "fmt"

// append(a, x) to an empty slice, its result kept in main: Go's compiler
// gives the append a 32-byte stack buffer (cap 4 for int), once per run
// of main, where the heap gives cap 1.
func main() {
	a := []int{}
	b := append(a, 1)
	fmt.Println(len(a), len(b), cap(b))

	x := append([]int(nil), 7)
	y := append([]int{}, 1, 2, 3)
	z := append([]string{}, "a", "b", "c")
	fmt.Println(cap(x), cap(y), cap(z), x[0], y[2], z[1])

	for i := 0; i < 3; i++ {
		w := append([]int(nil), i)
		fmt.Print(cap(w), " ")
	}
	fmt.Println()

	full := make([]int, 0, 8)
	more := append(full, 1)
	fmt.Println(cap(more))
}
