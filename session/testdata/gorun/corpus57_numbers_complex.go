package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"
	"strconv"
)

type Celsius float64

const Boiling Celsius = 100

func main() {
	fmt.Println(Boiling/3, Boiling*9/5+32, 7/2.0, 7/2, float64(7)/2)
	x := 3.99
	fmt.Println(int(x), int(-x), int64(math.Round(x)), uint8(int(300)%256))
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), int16(big), uint32(big))
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt64, math.Pi)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.Reverse8(1), 0b1010&^0b0110, 0o17, 0x_FF)
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c), c*c, cmplx.Sqrt(-1))
	fmt.Printf("%.2f %v %T\n", c, 2i*2i, c)
	for _, s := range []string{"42", "-7", "0x1f", "1e3", "3.14", "abc", "9223372036854775808"} {
		i, err1 := strconv.ParseInt(s, 0, 64)
		f, err2 := strconv.ParseFloat(s, 64)
		fmt.Printf("%-22s int=%d (%v) float=%g (%v)\n", strconv.Quote(s), i, err1 == nil, f, err2 == nil)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.Itoa(1e6), strconv.QuoteRune('☺'))
	fmt.Println(math.Sqrt(-1), math.Inf(-1), 0.1+0.2, float32(0.1)+float32(0.2), 1e21, 1e20, 123456789.0)
	fmt.Printf("%5.1f|%-8.3e|%g|%G|%x|%o|%b|%08b|%+d|%U\n", math.E, 123456.789, 1e-7, 1e100, 255, 8, 5, 5, 5, 0x2318)
	var u uint = 3
	fmt.Println(u-4 > 0, -5%3, 5%-3, -5/3, 1<<u, ^0, ^uint8(1))
	h := 0
	for _, r := range "hash me" {
		h = 31*h + int(r)
	}
	fmt.Println(h, h%1000, math.Float64bits(1.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(2.1))
}
