package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

const tau = 2 * math.Pi

const half float32 = 0.5

const rotation = complex(0, math.Pi/2)

func main() {
	z := complex(0, math.Pi)
	fmt.Println(z, cmplx.Abs(cmplx.Exp(z)+1) < 1e-15)
	fmt.Println(complex(math.E, 0), complex(-math.Pi, 1e300), rotation)
	fmt.Printf("%T %v\n", complex(half, 2), complex(half, math.Pi))
	var c64 complex64 = complex(math.Pi, math.Sqrt2)
	fmt.Println(c64, complex(tau, -tau))
	r := 2.0
	fmt.Println(complex(r, math.Pi), complex(math.Ln2, r))
	var f float32 = 3
	fmt.Printf("%v %T\n", complex(f, math.Pi), complex(f, math.Pi))
}
