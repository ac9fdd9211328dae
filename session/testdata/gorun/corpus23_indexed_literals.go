package main

import "fmt"

const (
	Enone = iota
	Eio
	Einval
	Enoent
)

var errNames = [...]string{Enone: "no error", Eio: "Eio", Einval: "invalid argument", Enoent: "no such file"}

var sparse = []string{5: "five", 2: "two", "three"}

type Point struct{ X, Y int }

func main() {
	fmt.Println(len(errNames), errNames)
	for i, s := range errNames {
		fmt.Printf("%d=%q\n", i, s)
	}
	fmt.Println(len(sparse), sparse)
	fmt.Printf("%q\n", sparse)

	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(pts)
	pp := []*Point{{1, 1}, {Y: 9}}
	fmt.Println(*pp[0], *pp[1])

	m := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(m[Point{0, 0}], m[Point{1, 0}], len(m))

	grid := [3][3]int{1: {1: 5}, 2: {2, 2, 2}}
	fmt.Println(grid)

	arr := [...]int{9: 1}
	fmt.Println(len(arr), arr)
}
