package main

import "fmt"

// A declaration of constants computed by operations, one of which the
// cell layer cannot write as a literal (a complex number, a float that
// float64 does not hold exactly), beside comparisons.
const (
	Debug   = 2 > 1
	Greater = "foo" > "bar"
	Σ       = 1 - 0.707i
	Third   = 1.0 / 3
	Mask    = 1<<4 - 1
	Same    = "ab" == "a"+"b"
)

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	Ratio = 2.0 / 3
)

const z, on = -1.5 - 2i, 2 > 1

const (
	Φ             = iota*1i - 1/1i
	c64 complex64 = 3 - 0.5i
	Ψ
)

func main() {
	fmt.Println(z, on, Φ, c64, Ψ, real(z), imag(Φ))
	fmt.Printf("%T %T %T\n", z, c64, Ψ)
	fmt.Println(Debug, Greater, Σ, Third, Mask, Same)
	fmt.Println(KB, MB, Ratio)
	if Debug && Greater && Same {
		fmt.Println("all true")
	}
}
