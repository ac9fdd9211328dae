package main

import (
	"fmt"
	"math"
	"time"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
)

type Celsius float64
type Weekday int

func needFloat(x float64) float64 { return x * 0.1 }

func main() {
	fmt.Println(Small, needFloat(Big))
	fmt.Println(Big/(1<<98), Pi*2)
	fmt.Println(Third+Third+Third == 1)
	third := 1.0 / 3
	fmt.Println(third+third+third == 1.0)

	var c Celsius = 100
	f := c*9/5 + 32
	fmt.Printf("%v %T\n", f, f)

	var d Weekday = 3
	fmt.Println(d+1, d*2)

	const n = 5
	var i8 int8 = n
	var fl float32 = n
	var cx complex128 = n
	fmt.Println(i8, fl, cx)

	timeout := 2 * time.Second
	fmt.Println(timeout, time.Duration(1500)*time.Millisecond)
	k := 3
	fmt.Println(time.Duration(k) * time.Second)

	fmt.Println(5/2, 5.0/2, 5/2.0, 5/2*2.0)
	const h = 'a' + 1
	fmt.Printf("%v %T %c\n", h, h, h)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', 1i)
	var r = 1 << 3.0
	fmt.Println(r)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64)/2)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	x := 10
	fmt.Println(x/3*3, float64(x)/3*3)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	var b byte = 'A' + 2
	fmt.Println(b, string(b))
	fmt.Println(7.0 == 7, 1e3 == 1000)
}
