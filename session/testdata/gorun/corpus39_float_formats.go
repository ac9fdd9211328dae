package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e6, 1e21, 1.0e-7, 123456789.0, 0.000123, math.Inf(1)}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%.3f|%G\n", v, v, v, v, v, v)
	}
	fmt.Println()
	fmt.Printf("%x %X\n", 1.0, 3.5)
	fmt.Printf("%x\n", math.Pi)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%8.2f|%-8.2f|%08.2f|%+.2f|% .2f\n", math.Pi, math.Pi, -math.Pi, math.Pi, math.Pi)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%10.3e|%-12g|%.3g|%.10g\n", 123456.789, 0.1, 1234.5678, 1.0/3)
	fmt.Printf("%#g %#.3x\n", 1.0, 1.0)
	fmt.Printf("%6.2f%%\n", 45.678)

	x := 1234.5678
	for _, fm := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x', 'X'} {
		fmt.Printf("%c: %s | %s | %s\n", fm,
			strconv.FormatFloat(x, fm, -1, 64),
			strconv.FormatFloat(x, fm, 2, 64),
			strconv.FormatFloat(x, fm, -1, 32))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(1e20, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(math.NaN(), 'f', 2, 64), strconv.FormatFloat(math.Inf(-1), 'e', 2, 64))
	b := strconv.AppendFloat([]byte("v="), 2.5, 'f', 3, 64)
	fmt.Println(string(b))
	fmt.Println(fmt.Sprint(1e20), fmt.Sprint(1e21), fmt.Sprint(float32(1e21)))
	fmt.Println(100000000.0, 1e-4, 1e-5, 12345678.9)
}
