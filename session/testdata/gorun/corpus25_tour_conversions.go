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
	fl := float64(i)
	u := uint(fl)
	fmt.Printf("%T %T %T\n", i, fl, u)

	// Type inference from the right-hand side.
	v := 42
	g := 3.142
	h := 0.867 + 0.5i
	fmt.Printf("v is of type %T\n", v)
	fmt.Printf("g is of type %T\n", g)
	fmt.Printf("h is of type %T\n", h)
	var w = v
	fmt.Printf("w is of type %T\n", w)

	pos, negf := 3.99, -3.99
	fmt.Println(int(pos), int(negf), int64(math.Round(2.5)))
	fmt.Println(string(rune(65)), []byte("Go"), []rune("héllo"))
	fmt.Println(strconv.Itoa(99)+"!", strconv.Quote("tab\t"))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(float32(1)/3, float64(1)/3)
	var big int64 = 1 << 40
	wide := 70000
	fmt.Println(int32(big), uint16(wide))
}
