package main

import "fmt"

var c, python, java bool
var i, j int = 1, 2

func main() {
	var k int
	fmt.Println(k, c, python, java)
	var cc, py, jv = true, false, "no!"
	fmt.Println(i, j, cc, py, jv)
	short := 3
	a, b, s := true, false, "yes"
	fmt.Println(short, a, b, s)
	var (
		name  = "gopher"
		age   = 13
		ratio float64
	)
	fmt.Println(name, age, ratio)
	i, j = j, i
	fmt.Println(i, j)
}
