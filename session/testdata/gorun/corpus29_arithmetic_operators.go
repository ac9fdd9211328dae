package main

import (
	"fmt"
	"math"
)

func main() {
	x, y := 10, 3
	fmt.Println(x+y, x-y, x*y, x/y, x%y)
	fmt.Println(-x, +y)
	fmt.Println(-7/2, -7%2, 7%-2)

	a, b := 10.0, 3.0
	fmt.Println(a / b)
	fmt.Printf("%.3f\n", math.Mod(a, b))
	fmt.Println(math.Pow(2, 10), math.Sqrt(144), math.Abs(-3.2))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.MaxInt32, math.MinInt64)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN())

	w := 5
	w += 2
	fmt.Println(w)
	w -= 1
	w *= 3
	w /= 2
	w %= 5
	fmt.Println(w)
	w++
	w--
	fmt.Println(w)

	// operator precedence
	fmt.Println(10 + 10*5)
	fmt.Println((10 + 10) * 5)

	// bitwise
	fmt.Println(6&3, 6|3, 6^3, 6&^3, 1<<4, 256>>2)
	fmt.Println(^0)

	var i8 int8 = 127
	i8++
	fmt.Println(i8)

	total := 0
	for i := 1; i <= 100; i++ {
		total += i
	}
	fmt.Println("sum:", total)
	fmt.Println(7.0/2, 7/2.0, float64(7)/2)
	const c = 7 / 2
	fmt.Println(c, 7.0/2.0)
}
