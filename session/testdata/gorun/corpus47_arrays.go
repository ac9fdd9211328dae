package main

import "fmt"

func main() {
	var a [2]string
	a[0] = "Hello"
	a[1] = "World"
	fmt.Println(a[0], a[1])
	fmt.Println(a)

	primes := [6]int{2, 3, 5, 7, 11, 13}
	fmt.Println(primes, len(primes))

	var s []int = primes[1:4]
	fmt.Println(s)

	names := [4]string{"John", "Paul", "George", "Ringo"}
	x := names[0:2]
	y := names[1:3]
	y[0] = "XXX"
	fmt.Println(x, y)
	fmt.Println(names)

	b := [...]int{1, 2, 3}
	c := b
	c[0] = 99
	fmt.Println(b, c, b == [3]int{1, 2, 3})
	fmt.Printf("%T\n", b)
	var grid [2][3]int
	grid[1][2] = 7
	fmt.Println(grid)
}
