package main

import (
	"fmt"
	"math"
)

const (
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
	Big   = 1e300 * 1e300 / 1e300
)

func main() {
	fmt.Println(Pi)
	var f32 float32 = Pi
	fmt.Println(f32)
	fmt.Printf("%.20f\n", Third)
	fmt.Println(Third*3 == 1)
	third := 1.0 / 3
	fmt.Println(third*3 == 1, third+third+third)
	fmt.Println(Big)
	fmt.Println(0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	const e = 1e-2
	fmt.Println(int(100*e), 100*e)
	var i = 5
	fmt.Println(float64(i)*Pi > 15, i*2.0)
	fmt.Println(math.Floor(-2.5), math.Round(-2.5), math.Trunc(2.7), math.Ceil(2.1))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%e %E %g %.3g %8.3f|\n", 123456.789, 0.000123, 1e21, math.Pi, math.E)
	fmt.Printf("%v %v %v\n", float32(0.1), float64(float32(0.1)), 1e6)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	const huge = 1 << 100
	fmt.Println(huge / 1e29)
	var c complex128 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
	fmt.Printf("%.2f\n", c)
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Pow(2, 10), math.Mod(7, 3))
	fmt.Println(uint8(254)+1 == 255)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8, ^uint32(0), -1<<3)
}
