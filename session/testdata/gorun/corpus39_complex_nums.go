package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	a := complex(3, 4)
	b := 1 - 2i
	fmt.Println(a, b)
	fmt.Println("a+b =", a+b, "a*b =", a*b, "a/b =", a/b)
	fmt.Println("real/imag:", real(a), imag(a))
	fmt.Println("abs:", cmplx.Abs(a), "phase:", cmplx.Phase(a))
	fmt.Println("conj:", cmplx.Conj(a))
	fmt.Println("sqrt(-1):", cmplx.Sqrt(-1))
	fmt.Printf("%v %.2f %g %e\n", a, a, a, b)
	fmt.Printf("%T %T\n", a, complex64(a))
	var c64 complex64 = 1.5 + 0.25i
	fmt.Println(c64, real(c64))
	fmt.Printf("%T\n", real(c64))
	r, theta := cmplx.Polar(1i)
	fmt.Printf("polar: %.3f %.3f\n", r, theta)
	fmt.Printf("rect: %.3f\n", cmplx.Rect(2, math.Pi/2))
	e := cmplx.Exp(complex(0, math.Pi)) + 1
	fmt.Printf("e^(i*pi)+1 = %.3f (%v)\n", e, cmplx.Abs(e) < 1e-12)

	// roots of ax^2 + bx + c with complex results
	solve := func(a, b, c float64) (complex128, complex128) {
		d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
		return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
	}
	x1, x2 := solve(1, 2, 5)
	fmt.Println("roots:", x1, x2)
	x1, x2 = solve(1, -3, 2)
	fmt.Println("roots:", x1, x2)
	fmt.Println(cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()), cmplx.Pow(2i, 2))
	for k := 0; k < 4; k++ {
		w := cmplx.Rect(1, 2*math.Pi*float64(k)/4)
		fmt.Printf("%d: %+.2f\n", k, w)
	}
	z := 0i
	fmt.Println(z, z == 0, a == complex(3, 4))
}
