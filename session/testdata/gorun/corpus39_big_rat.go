package main

import (
	"fmt"
	"math/big"
)

func harmonic(n int64) *big.Rat {
	sum := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	return sum
}

func main() {
	a := big.NewRat(1, 3)
	b := big.NewRat(2, 6)
	fmt.Println(a, b, a.Cmp(b) == 0)
	c := new(big.Rat).Add(a, big.NewRat(1, 6))
	fmt.Println("1/3 + 1/6 =", c, c.RatString(), c.FloatString(5))
	d := new(big.Rat).Mul(big.NewRat(-3, 4), big.NewRat(8, 9))
	fmt.Println("-3/4 * 8/9 =", d, d.Num(), d.Denom(), d.Sign())
	q := new(big.Rat).Quo(big.NewRat(5, 7), big.NewRat(10, 21))
	fmt.Println("5/7 / 10/21 =", q, q.IsInt(), q.RatString())
	for _, n := range []int64{1, 2, 5, 10, 20} {
		h := harmonic(n)
		f, exact := h.Float64()
		fmt.Printf("H(%d) = %s ~ %.6f %v\n", n, h.RatString(), f, exact)
	}
	r, ok := new(big.Rat).SetString("3.125")
	fmt.Println(r, ok)
	r2, ok := new(big.Rat).SetString("22/7")
	fmt.Println(r2, ok, r2.FloatString(10))
	_, ok = new(big.Rat).SetString("1/0")
	fmt.Println("1/0 ok:", ok)
	x := new(big.Rat).SetFloat64(0.1)
	fmt.Println("0.1 exactly:", x)
	y := new(big.Rat).SetFrac64(10, 4)
	fmt.Printf("%v %s %T\n", y, y.String(), y)
	z := new(big.Rat).Neg(y)
	fmt.Println(z, new(big.Rat).Abs(z), new(big.Rat).Inv(z))
	sum := new(big.Rat)
	for i := 0; i < 10; i++ {
		sum.Add(sum, big.NewRat(1, 10))
	}
	fmt.Println("ten tenths:", sum, sum.Cmp(big.NewRat(1, 1)) == 0)
	fl := 0.0
	for i := 0; i < 10; i++ {
		fl += 0.1
	}
	fmt.Println("float ten tenths:", fl, fl == 1)
}
