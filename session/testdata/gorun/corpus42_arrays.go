package main

import "fmt"

func modify(arr [3]int) {
	arr[0] = 100
	fmt.Println("inside modify:", arr)
}

func modifyPtr(arr *[3]int) {
	arr[0] = 100
}

func main() {
	var numbers [3]int
	fmt.Println(numbers, len(numbers))

	coral := [4]string{"blue coral", "staghorn coral", "pillar coral", "elkhorn coral"}
	fmt.Println(coral)
	fmt.Printf("%q\n", coral)
	fmt.Println(coral[1], coral[len(coral)-1])

	// The compiler counts the elements.
	primes := [...]int{2, 3, 5, 7, 11}
	fmt.Println(len(primes), primes)

	// Indexed initializers.
	sparse := [5]string{1: "one", 3: "three"}
	fmt.Printf("%q\n", sparse)

	// Arrays are values: assignment copies.
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println("a:", a, "b:", b)

	modify(a)
	fmt.Println("after modify:", a)
	modifyPtr(&a)
	fmt.Println("after modifyPtr:", a)

	// Arrays are comparable.
	fmt.Println(a == [3]int{100, 2, 3}, a != b)

	// Multidimensional arrays.
	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	// Iterating with range copies the array.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range saw", v)
		}
	}
	fmt.Println(arr)

	// Slicing an array shares storage.
	s := primes[1:4]
	s[0] = 33
	fmt.Println(primes, s, len(s))

	// Arrays as map keys.
	visits := map[[2]int]int{}
	visits[[2]int{0, 0}]++
	visits[[2]int{0, 0}]++
	visits[[2]int{1, 2}]++
	fmt.Println(visits[[2]int{0, 0}], visits[[2]int{1, 2}], len(visits))

	// Array of structs.
	type pt struct{ X, Y int }
	pts := [2]pt{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", pts, pts[1])
}
