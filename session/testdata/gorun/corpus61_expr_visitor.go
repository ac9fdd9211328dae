package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Accept(v Visitor) any
}

type Num float64
type Var string
type BinOp struct {
	Op          byte
	Left, Right Expr
}
type Neg struct{ X Expr }

type Visitor interface {
	VisitNum(n Num) any
	VisitVar(v Var) any
	VisitBinOp(b *BinOp) any
	VisitNeg(n Neg) any
}

func (n Num) Accept(v Visitor) any    { return v.VisitNum(n) }
func (x Var) Accept(v Visitor) any    { return v.VisitVar(x) }
func (b *BinOp) Accept(v Visitor) any { return v.VisitBinOp(b) }
func (n Neg) Accept(v Visitor) any    { return v.VisitNeg(n) }

type Evaluator struct{ env map[string]float64 }

func (e Evaluator) VisitNum(n Num) any { return float64(n) }
func (e Evaluator) VisitVar(v Var) any { return e.env[string(v)] }
func (e Evaluator) VisitNeg(n Neg) any { return -n.X.Accept(e).(float64) }
func (e Evaluator) VisitBinOp(b *BinOp) any {
	l, r := b.Left.Accept(e).(float64), b.Right.Accept(e).(float64)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}

type Printer struct{}

func (Printer) VisitNum(n Num) any { return fmt.Sprint(float64(n)) }
func (Printer) VisitVar(v Var) any { return string(v) }
func (p Printer) VisitNeg(n Neg) any {
	return "-" + n.X.Accept(p).(string)
}
func (p Printer) VisitBinOp(b *BinOp) any {
	return "(" + b.Left.Accept(p).(string) + " " + string(b.Op) + " " + b.Right.Accept(p).(string) + ")"
}

type VarCollector struct{ seen []string }

func (c *VarCollector) VisitNum(Num) any { return nil }
func (c *VarCollector) VisitVar(v Var) any {
	c.seen = append(c.seen, string(v))
	return nil
}
func (c *VarCollector) VisitNeg(n Neg) any { return n.X.Accept(c) }
func (c *VarCollector) VisitBinOp(b *BinOp) any {
	b.Left.Accept(c)
	b.Right.Accept(c)
	return nil
}

func main() {
	// (x + 2) * -(y / 4)
	e := &BinOp{'*', &BinOp{'+', Var("x"), Num(2)}, Neg{&BinOp{'/', Var("y"), Num(4)}}}
	fmt.Println(e.Accept(Printer{}))
	for _, env := range []map[string]float64{{"x": 1, "y": 8}, {"x": -2, "y": 3}, {}} {
		fmt.Printf("%v => %g\n", env, e.Accept(Evaluator{env}))
	}
	vc := &VarCollector{}
	e.Accept(vc)
	fmt.Println("vars:", strings.Join(vc.seen, ","))
	fmt.Printf("%T %T %v\n", e.Left, e.Right, e.Right.(Neg).X.(*BinOp).Op)

	defer func() { fmt.Println("recovered:", recover()) }()
	(&BinOp{'%', Num(1), Num(2)}).Accept(Evaluator{})
}
