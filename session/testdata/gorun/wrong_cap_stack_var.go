package main

import "fmt"

func double(x int) int { return 2 * x }

// The Go tour's var s []int, first among main's statements, appended to
// and measured: Go's compiler gives its first append a stack buffer (cap
// 4). As a cell the var is a top-level declaration, main's or the
// package's; the kernel's program of the cell keeps it main's.
func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, double(i))
		fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
	}
	var names []string
	names = append(names, "ada")
	fmt.Println(len(names), cap(names))
}
