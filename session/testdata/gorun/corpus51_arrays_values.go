package main

import "fmt"

func Sum(a *[3]float64) (sum float64) {
	for _, v := range *a {
		sum += v
	}
	return
}

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	array := [...]float64{7.0, 8.5, 9.1}
	fmt.Println(Sum(&array))

	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a == [3]int{1, 2, 3})
	fmt.Println(double(a), a)

	pa := &a
	pa[1] = 20 // auto-deref
	fmt.Println(a, len(pa))
	for i, v := range pa {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	seen := map[[2]int]bool{}
	for _, p := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}

	var grid [3][3]rune
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = 'X'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}

	s := a[:]
	s[2] = 33
	fmt.Println(a, s, len(s), cap(s))

	type rgb [3]uint8
	colors := map[string]rgb{"red": {255, 0, 0}}
	c := colors["red"]
	c[1] = 128
	fmt.Println(colors["red"], c)

	var zero [4]string
	fmt.Printf("%q %d\n", zero, len(zero))

	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr { // range over a copy of the array
		arr[len(arr)-1-i] = v * 10
	}
	fmt.Println(arr)
}
