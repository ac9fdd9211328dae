package main

import (
	"fmt"
	"math"
	"math/big"
)

func main() {
	two := new(big.Float).SetPrec(200).SetInt64(2)
	sqrt2 := new(big.Float).SetPrec(200).Sqrt(two)
	fmt.Println(sqrt2.Text('f', 50))
	fmt.Println(sqrt2.Text('g', 20), sqrt2.Prec())
	f64, acc := sqrt2.Float64()
	fmt.Println(f64, acc, f64 == math.Sqrt2)

	x := big.NewFloat(0.1)
	y := big.NewFloat(0.2)
	z := new(big.Float).Add(x, y)
	fmt.Println(z, z.Text('f', 20))
	fmt.Printf("%.30f\n", z)
	fmt.Printf("%v %g %.5e\n", z, z, z)

	// e by series with high precision
	const prec = 256
	e := new(big.Float).SetPrec(prec).SetInt64(1)
	term := new(big.Float).SetPrec(prec).SetInt64(1)
	for i := 1; i < 60; i++ {
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(int64(i)))
		e.Add(e, term)
	}
	fmt.Println(e.Text('f', 60))
	pf, _ := new(big.Float).SetPrec(100).SetString("3.14159265358979323846264338327950288")
	fmt.Println(pf.Text('g', 30), pf.Sign(), pf.IsInt())
	i, acc := new(big.Float).SetFloat64(1e20).Int(nil)
	fmt.Println(i, acc)
	q := new(big.Float).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(q.String(), q.Text('e', 10), q.Cmp(big.NewFloat(0.3333)))
	inf := new(big.Float).SetInf(true)
	fmt.Println(inf, inf.IsInf())
	m := new(big.Float).Mul(big.NewFloat(1.5), big.NewFloat(-4))
	fmt.Println(m, new(big.Float).Abs(m), new(big.Float).Neg(m))
	r, _ := m.Rat(nil)
	fmt.Println(r)
	fmt.Printf("%T %10.3f|\n", m, m)
}
