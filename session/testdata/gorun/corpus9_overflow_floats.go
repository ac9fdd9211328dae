package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8, -i8)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint, u)
	var i64 int64 = math.MinInt64
	fmt.Println(i64, -i64, i64/-1)
	x := 1 << 62
	x += x
	fmt.Println(x)
	var u16 uint16 = 60000
	fmt.Println(u16*2, int16(u16), uint8(u16), int(u16)*2)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint32(1<<32-1))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3, 7>>1, -7>>1)
	fmt.Println(^0, ^uint8(0), 6&^3, 6|3, 6^3)

	vals := []float64{0, 1, 100000, 1234567, 1e21, 0.000012345, 3.14159265358979, -2.5, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%8.3f|%.2e|%G\n", v, v, v, v, v, v)
	}
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+.1f][% .2f]\n", math.Pi, math.Pi, math.Pi, math.Pi, math.Pi)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%5.1f%% %x %X %o %b %#x %#o\n", 99.5, 255, 255, 8, 5, 255, 8)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1), 1e100, 1e-7, 123456789.0)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(-1), math.IsNaN(math.NaN()), math.Inf(-1), 1/math.Inf(1))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(1e6, 'e', 3, 64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), fmt.Sprintf("%.1f", c))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
}
