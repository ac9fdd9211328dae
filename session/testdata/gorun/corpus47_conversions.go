package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var x, y int = 3, 4
	var f float64 = math.Sqrt(float64(x*x + y*y))
	var z uint = uint(f)
	fmt.Println(x, y, z)

	i := 42
	ff := float64(i)
	u := uint(ff)
	fmt.Printf("%T %v, %T %v, %T %v\n", i, i, ff, ff, u, u)

	v := 42
	fmt.Printf("v is of type %T\n", v)
	w := 3.142
	fmt.Printf("w is of type %T\n", w)
	c := 0.867 + 0.5i
	fmt.Printf("c is of type %T\n", c)

	big, neg := 3.99, -3.99
	fmt.Println(int(big), int(neg), int64(math.Round(2.5)))
	fmt.Println(string(rune(65)), strconv.Itoa(65))
	n, err := strconv.Atoi("123x")
	fmt.Println(n, err)
	b := []byte("héllo")
	fmt.Println(len(b), len([]rune("héllo")))
}
