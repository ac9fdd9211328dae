package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) any
}

type Num struct{ Value float64 }
type Var struct{ Name string }
type BinOp struct {
	Op          byte
	Left, Right Node
}

type Visitor interface {
	VisitNum(n *Num) any
	VisitVar(n *Var) any
	VisitBinOp(n *BinOp) any
}

func (n *Num) Accept(v Visitor) any   { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) any   { return v.VisitVar(n) }
func (n *BinOp) Accept(v Visitor) any { return v.VisitBinOp(n) }

type Printer struct{}

func (Printer) VisitNum(n *Num) any { return fmt.Sprint(n.Value) }
func (Printer) VisitVar(n *Var) any { return n.Name }
func (p Printer) VisitBinOp(n *BinOp) any {
	return "(" + n.Left.Accept(p).(string) + " " + string(n.Op) + " " + n.Right.Accept(p).(string) + ")"
}

type Evaluator struct{ Env map[string]float64 }

func (e Evaluator) VisitNum(n *Num) any { return n.Value }
func (e Evaluator) VisitVar(n *Var) any { return e.Env[n.Name] }
func (e Evaluator) VisitBinOp(n *BinOp) any {
	l := n.Left.Accept(e).(float64)
	r := n.Right.Accept(e).(float64)
	switch n.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(n.Op))
}

type VarCollector struct{ seen []string }

func (c *VarCollector) VisitNum(n *Num) any { return nil }
func (c *VarCollector) VisitVar(n *Var) any {
	c.seen = append(c.seen, n.Name)
	return nil
}
func (c *VarCollector) VisitBinOp(n *BinOp) any {
	n.Left.Accept(c)
	n.Right.Accept(c)
	return nil
}

func main() {
	expr := &BinOp{'+',
		&BinOp{'*', &Num{2}, &Var{"x"}},
		&BinOp{'/', &Var{"y"}, &Num{4}},
	}
	fmt.Println(expr.Accept(Printer{}))
	ev := Evaluator{Env: map[string]float64{"x": 3, "y": 10}}
	fmt.Println(expr.Accept(ev))
	vc := &VarCollector{}
	expr.Accept(vc)
	fmt.Println(strings.Join(vc.seen, ","))

	// type-switch "visitor" as an alternative
	var depth func(n Node) int
	depth = func(n Node) int {
		switch n := n.(type) {
		case *BinOp:
			return 1 + max(depth(n.Left), depth(n.Right))
		default:
			return 1
		}
	}
	fmt.Println("depth:", depth(expr))
}
