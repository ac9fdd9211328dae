package main

import (
	"errors"
	"fmt"
)

type Expr interface{ Eval() any }

type Neg struct{ X Expr }
type Lit float64
type Not struct{ X Expr }

func (l Lit) Eval() any { return float64(l) }
func (n Neg) Eval() any { return -n.X.Eval().(float64) }
func (n Not) Eval() any { return !n.X.Eval().(bool) }

type Bool bool

func (b Bool) Eval() any { return bool(b) }

func negate(x int) (any, error) {
	if x == 0 {
		return nil, errors.New("zero")
	}
	return -x, nil
}

func complement(x uint8) (r any) {
	r = ^x
	return
}

func main() {
	fmt.Println(Neg{Lit(2.5)}.Eval(), Neg{Neg{Lit(1)}}.Eval())
	fmt.Println(Not{Bool(true)}.Eval(), Not{Not{Bool(true)}}.Eval())
	fmt.Println(negate(4))
	fmt.Println(negate(0))
	fmt.Println(complement(1))

	x := 7
	m := map[string]any{}
	m["neg"] = -x
	m["not"] = !(x > 3)
	fmt.Println(m["neg"], m["not"])

	var i any
	i = ^x
	fmt.Println("after assignment:", i)
	vals := []any{0, 0}
	vals[0], vals[1] = -x, -float64(x)/2
	fmt.Println(vals)
	var s struct{ V any }
	s.V = -x
	fmt.Println(s)
}
