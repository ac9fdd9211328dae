// Types tour: named types, conversions, constants, untyped arithmetic, overflow.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type Miles float64
type Kilometers float64

func (m Miles) ToKm() Kilometers    { return Kilometers(m * 1.609344) }
func (k Kilometers) String() string { return fmt.Sprintf("%.3f km", float64(k)) }

type ID string

const (
	Pi2          = math.Pi * 2
	Big          = 1 << 100
	Small        = Big >> 99
	typedInt int = 7
)

type Point struct{ X, Y int }

func main() {
	var m Miles = 26.2
	fmt.Println(m, m.ToKm())
	fmt.Printf("%T %T\n", m, m.ToKm())
	var id ID = "user-42"
	fmt.Println(id, len(id), string(id)+"!")

	fmt.Println(Pi2, Small, typedInt)
	fmt.Println(Big / (1 << 98))

	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint = 3
	fmt.Println(u<<62, -7/2, -7%2, 7>>1)

	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	fmt.Println(0.1+0.2, float32(0.1), 1e21, 1e-7)
	f := 3.99
	fmt.Println(int(f), int(-f), math.Round(f), math.Trunc(-f))

	fmt.Println(unsafe.Sizeof(int32(0)), unsafe.Sizeof(Point{}))

	var x interface{} = 42
	fmt.Printf("%T %v\n", x, x)
	x = Point{1, 2}
	fmt.Printf("%T %v %+v %#v\n", x, x, x, x)
	x = &Point{3, 4}
	fmt.Printf("%T %v %+v\n", x, x, x)
	x = []Point{{5, 6}}
	fmt.Printf("%T %v\n", x, x)
	x = map[ID]Miles{"a": 1}
	fmt.Printf("%T %v\n", x, x)

	c := complex(1, 2)
	fmt.Println(c, real(c), imag(c), c*c)
	r := 'A' + 2
	fmt.Println(r, string(rune(r)))
	b := byte('z')
	fmt.Printf("%c %d %T\n", b, b, b)

	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr)
	fmt.Printf("%q\n", arr)
}
