package main

import (
	"fmt"
	"math"
)

func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d   floorMod=%d\n", a, b, a/b, a, b, a%b, floorMod(a, b))
	}

	fmt.Println("7/2 const:", 7/2, "7.0/2:", 7.0/2, "float64(7)/2:", float64(7)/2)
	var i int = 7
	fmt.Println("i/2*2:", i/2*2, "i*2/4:", i*2/4)

	fmt.Println(math.Mod(-7, 2), math.Mod(7, -2), math.Remainder(7, 2))
	fmt.Println(-7>>1, -7/2)

	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println("MinInt8 / -1 =", i8/m1, "MinInt8 % -1 =", i8%m1)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	zero := 0
	fmt.Println("float division by zero:", 1.0/float64(zero), -1/float64(zero))
	fmt.Println(10 / zero)
}
