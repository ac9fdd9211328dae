package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e, errors.Is(e, strconv.ErrRange))
	n8, e := strconv.ParseInt("-128", 10, 8)
	fmt.Println(n8, e, int8(n8))
	b, e := strconv.ParseBool("T")
	fmt.Println(b, e)
	f32, _ := strconv.ParseFloat("3.4028235e38", 32)
	fmt.Println(f32, float32(f32))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.Itoa(42)+"!", strconv.Quote("tab\there"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 64))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	bs := strconv.AppendInt([]byte("n="), -7, 10)
	fmt.Println(string(bs))
	var x int8 = 127
	x++
	var y uint8 = 0
	y--
	fmt.Println(x, y, math.MaxInt64, uint32(math.MaxUint32), -7/2, -7%2, 7>>1, -7>>1)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.Sqrt(2), math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2), 1e100, 1e-7, 100000000.0, 123456789.0, float32(16777217))
	var c complex128 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), fmt.Sprintf("%.1f", c))
	fmt.Printf("%v %.3g %g %G %08b %x\n", 2.0/3, 2.0/3, 1e6, 1e-9, 5, 3.5)
	var total uint16
	for _, s := range []string{"100", "200", "65000", "x"} {
		v, err := strconv.ParseUint(s, 10, 16)
		if err != nil {
			fmt.Println("skip", s, err.(*strconv.NumError).Err)
			continue
		}
		total += uint16(v)
	}
	fmt.Println(total)
}
