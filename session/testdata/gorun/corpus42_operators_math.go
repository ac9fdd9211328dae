package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 17, 5
	fmt.Println("a + b =", a+b)
	fmt.Println("a - b =", a-b)
	fmt.Println("a * b =", a*b)
	fmt.Println("a / b =", a/b)
	fmt.Println("a % b =", a%b)
	fmt.Println("-a / b =", -a/b, "-a % b =", -a%b)

	x, y := 17.0, 5.0
	fmt.Println("x / y =", x/y)
	fmt.Println("math.Mod:", math.Mod(x, y))

	// Unary operators.
	pos := +a
	neg := -a
	fmt.Println(pos, neg)

	// Bitwise operators.
	p, q := 0b1100, 0b1010
	fmt.Printf("%04b & %04b = %04b\n", p, q, p&q)
	fmt.Printf("%04b | %04b = %04b\n", p, q, p|q)
	fmt.Printf("%04b ^ %04b = %04b\n", p, q, p^q)
	fmt.Printf("%04b &^ %04b = %04b\n", p, q, p&^q)
	fmt.Println(1<<10, 1024>>3, ^0)
	var u8 uint8 = 0b00001111
	fmt.Println(^u8, u8<<4, u8<<5)

	// Comparison and logical operators.
	fmt.Println(a > b, a == 17, a != b, a <= 16)
	fmt.Println(true && false, true || false, !true)
	fmt.Println("apple" < "banana", "Zebra" < "apple")

	// Operator precedence.
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 2*3%4)
	fmt.Println(1<<2+1, 5&3|8)

	// Increment and decrement are statements.
	i := 0
	i++
	i++
	i--
	fmt.Println("i:", i)

	// The math package.
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Abs(-3.5))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7))
	fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/2), math.Log(math.E))
	fmt.Printf("%.3f\n", math.Hypot(3, 4))
	fmt.Println(math.MaxInt32, math.MinInt32)
	fmt.Println(math.IsNaN(math.Sqrt(-1)), math.IsInf(1/math.Inf(-1), 0))

	// Integer overflow in intermediate results.
	var m int32 = math.MaxInt32
	fmt.Println(m+1 < m)

	// Averages.
	scores := []float64{88.5, 92, 79.25, 95}
	total := 0.0
	for _, s := range scores {
		total += s
	}
	fmt.Printf("average: %.2f\n", total/float64(len(scores)))
}
