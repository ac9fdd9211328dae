package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), float32(f64))
	fmt.Println(f32*3, f64*3)
	fmt.Println(0.1+0.2, f64+0.2, float32(0.1)+float32(0.2))
	x := 1.0 / 3
	y := float32(1.0) / 3
	fmt.Println(x, y)
	fmt.Printf("%v %v\n", x, y)
	fmt.Printf("%.10f %.10f\n", x, y)
	fmt.Printf("%g %g\n", float32(16777217), float64(16777217))
	fmt.Println(float32(16777216)+1 == float32(16777216))
	var acc32 float32
	var acc64 float64
	for i := 0; i < 1000; i++ {
		acc32 += 0.01
		acc64 += 0.01
	}
	fmt.Println(acc32, acc64)
	fmt.Println(math.MaxFloat32, float32(math.MaxFloat32))
	fmt.Println(math.Sqrt(2), float32(math.Sqrt(2)))
	fmt.Println([]float32{1.1, 2.2, 3.3}, []float64{1.1, 2.2, 3.3})
	type pt struct {
		X float32
		Y float64
	}
	fmt.Printf("%v %+v\n", pt{0.7, 0.7}, pt{1e-8, 1e21})
	fmt.Println(float32(1e10), float64(1e10), float32(123456789))
	fmt.Printf("%T %T %T\n", f32*2, 2.5, float32(1)+2)
	var h float32 = 0.5
	fmt.Println(h, h+h, -h, h/0)
	z := float32(0)
	fmt.Println(z/z, math.IsNaN(float64(z/z)))
}
