package main

import "fmt"

func main() {
	var a [2]string
	a[0] = "Hello"
	a[1] = "World"
	fmt.Println(a[0], a[1])
	fmt.Println(a)

	primes := [6]int{2, 3, 5, 7, 11, 13}
	fmt.Println(primes)
	var s []int = primes[1:4]
	fmt.Println(s)

	// Slices are like references to arrays.
	names := [4]string{"John", "Paul", "George", "Ringo"}
	fmt.Println(names)
	x := names[0:2]
	y := names[1:3]
	fmt.Println(x, y)
	y[0] = "XXX"
	fmt.Println(x, y)
	fmt.Println(names)

	// Slice literals.
	q := []int{2, 3, 5, 7, 11, 13}
	fmt.Println(q)
	r := []bool{true, false, true, true, false, true}
	fmt.Println(r)
	st := []struct {
		i int
		b bool
	}{
		{2, true},
		{3, false},
		{5, true},
	}
	fmt.Println(st)
	fmt.Printf("%+v\n", st[1])

	// Arrays are values.
	b := primes
	b[0] = 100
	fmt.Println(primes[0], b[0], len(b))
	arr := [...]string{"a", "b", "c"}
	fmt.Printf("%T %v\n", arr, arr)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(grid, grid[1][2])
	fmt.Println(primes == [6]int{2, 3, 5, 7, 11, 13})
}
