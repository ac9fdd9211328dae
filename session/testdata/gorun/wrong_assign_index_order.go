package main

import "fmt"

func rhs(v int) int {
	fmt.Println("rhs evaluated", v)
	return v
}

// Go checks an assigned element's index when it assigns: after the
// right-hand side, and after the targets to its left.
func main() {
	a := []int{1, 2}
	func() {
		defer func() { fmt.Println("recovered:", recover(), a) }()
		a[1] = 5 // in range: no panic
		a[5] = rhs(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover(), a) }()
		a[0], a[7] = 10, 20
	}()
	fmt.Println(a)
}
