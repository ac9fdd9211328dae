package main

import "fmt"

const total = 10
const parts = 4

type Celsius float64

func average(sum float64, n int) float64 { return sum / float64(n) }

func main() {
	// Untyped integer constants divide as integers, then convert.
	var share float64 = total / parts
	fmt.Println(share)
	var third float64
	third = total / 3
	fmt.Println(third)
	var rem float32 = total % 3
	fmt.Println(rem)
	var temp Celsius = 9 / 2
	fmt.Println(temp)

	// A float operand makes the division a float one.
	var exact float64 = total / 4.0
	fmt.Println(exact, float64(total)/parts)
	const ratio = 1.0 * total / parts
	fmt.Println(ratio)
	fmt.Println(average(total, parts), total/parts)
}
