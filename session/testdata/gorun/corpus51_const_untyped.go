package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 99

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0

type Celsius float64
type Miles int

const Boiling Celsius = 100
const Marathon Miles = 26

func needFloat(x float64) float64 { return x * 0.1 }
func needInt(x int) int           { return x*10 + 1 }

func main() {
	fmt.Println(Small, needInt(Small), needFloat(Small))
	fmt.Println(needFloat(Big))
	fmt.Println(Big / (1 << 98))
	fmt.Println(IntDiv, FloatDiv, Third)
	fmt.Printf("%.20f\n", Pi)
	fmt.Printf("%T %T %T %T\n", IntDiv, FloatDiv, 'x', 2i)

	var f32 float32 = Pi
	var f64 float64 = Pi
	fmt.Println(f32, f64, float64(f32) == f64)

	fmt.Println(Boiling*2, Boiling/3)
	fmt.Printf("%T %v\n", Boiling+1, Boiling+1)
	fmt.Println(Marathon*4, Marathon/4, Marathon%4)

	const huge = math.MaxUint64
	var u uint64 = huge
	fmt.Println(u, uint32(huge>>32), math.MaxInt8, math.MinInt64)
	fmt.Println(math.MaxFloat32 > 1e38, math.SmallestNonzeroFloat64 > 0)

	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %v\n", r, r)

	const c = 1 + 2i
	fmt.Println(c*c, real(c), imag(c*c))
	var z complex64 = c
	fmt.Printf("%v %T\n", z, z)

	const shifted = 1.0 << 3 // untyped float constant that is an integer
	var n int = shifted
	fmt.Println(n, shifted)

	fmt.Println(len("héllo"), len([3]int{}), cap([5]string{}))
	const strLen = len("constant")
	var arr [strLen]byte
	fmt.Println(len(arr))
}
