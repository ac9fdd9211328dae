package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func quadratic(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
}

func main() {
	var c1 complex128 = complex(3, 4)
	c2 := 1 + 2i
	fmt.Println(c1, c2)
	fmt.Println("sum:", c1+c2)
	fmt.Println("diff:", c1-c2)
	fmt.Println("product:", c1*c2)
	fmt.Println("quotient:", c1/c2)
	fmt.Println("real:", real(c1), "imag:", imag(c1))
	fmt.Println("abs:", cmplx.Abs(c1))
	fmt.Println("conj:", cmplx.Conj(c1))
	fmt.Printf("phase: %.4f\n", cmplx.Phase(c2))
	r, theta := cmplx.Polar(c1)
	fmt.Printf("polar: %.3f %.3f\n", r, theta)
	fmt.Printf("rect: %.3f\n", cmplx.Rect(2, math.Pi/2))
	fmt.Println(cmplx.Sqrt(-1))
	fmt.Printf("%.3f\n", cmplx.Exp(complex(0, math.Pi)))
	fmt.Printf("%v %.2f %+.1f %T\n", c2, c2, c2, c2)

	var c64 complex64 = 1.5 + 2.5i
	fmt.Printf("%v %T %T\n", c64, c64, real(c64))
	fmt.Println(c1 == complex(3, 4), c1 != c2)

	x1, x2 := quadratic(1, 2, 5)
	fmt.Println("roots:", x1, x2)
	x1, x2 = quadratic(1, -3, 2)
	fmt.Println("roots:", x1, x2)

	z := 0i
	for i := 0; i < 4; i++ {
		z = z*z + complex(0.25, 0.25)
	}
	fmt.Printf("%.5f\n", z)
	fmt.Println(cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()))
	pow := cmplx.Pow(1i, 2)
	fmt.Printf("%.1f\n", pow)
	roots := make([]complex128, 4)
	for k := range roots {
		roots[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/4)
		fmt.Printf("%.2f ", roots[k])
	}
	fmt.Println()
	zc := complex(0, 0)
	fmt.Println(complex(1, 0)/zc, 1i*1i)
}
