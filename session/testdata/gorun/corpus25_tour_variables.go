package main

import "fmt"

var c, python, java bool

var i, j int = 1, 2

var (
	name    = "gopher"
	age     = 13
	isAdult = false
)

func main() {
	var k int
	fmt.Println(k, c, python, java)
	var x, y, z = true, false, "no!"
	fmt.Println(i, j, x, y, z)
	// Short variable declarations only work inside functions.
	m := 3
	ok, s, f := true, "yes", 2.5
	fmt.Println(m, ok, s, f)
	fmt.Println(name, age, isAdult)

	// Zero values.
	var zi int
	var zf float64
	var zb bool
	var zs string
	var zp *int
	var zsl []int
	var zm map[string]int
	fmt.Printf("%v %v %v %q\n", zi, zf, zb, zs)
	fmt.Println(zp == nil, zsl == nil, zm == nil, len(zsl), len(zm))
	fmt.Printf("%v %v %v\n", zp, zsl, zm)

	// Redeclaration with := when at least one new variable appears.
	a, b := 1, 2
	a, d := 3, 4
	fmt.Println(a, b, d)
	i, j = j, i
	fmt.Println(i, j)
}
