package main

import (
	"fmt"
	"math"
	"strings"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 {
	return math.Sqrt(v.X*v.X + v.Y*v.Y)
}

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface {
	Abs() float64
}

type IPAddr [4]byte

func (ip IPAddr) String() string {
	parts := make([]string, len(ip))
	for i, b := range ip {
		parts[i] = fmt.Sprint(b)
	}
	return strings.Join(parts, ".")
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for range 10 {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs())
	p := &Vertex{4, 3}
	p.Scale(3)
	fmt.Println(v, *p, p.Abs())

	var a Abser
	f := MyFloat(-math.Sqrt2)
	a = f
	fmt.Println(a.Abs())
	a = &v
	fmt.Println(a.Abs())
	fmt.Printf("(%v, %T)\n", a, a)

	hosts := map[string]IPAddr{
		"loopback":  {127, 0, 0, 1},
		"googleDNS": {8, 8, 8, 8},
	}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}

	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	if _, err := Sqrt(-9); err != nil {
		fmt.Println("error:", err)
	}

	var i interface{} = "hello"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(float64)
	fmt.Println(n, ok)
}
