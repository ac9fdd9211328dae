package main

import (
	"fmt"
	"strings"
)

type Node interface {
	Accept(v Visitor) any
}

type Num struct{ Val float64 }
type Var struct{ Name string }
type BinOp struct {
	Op          byte
	Left, Right Node
}
type Neg struct{ X Node }

type Visitor interface {
	VisitNum(*Num) any
	VisitVar(*Var) any
	VisitBinOp(*BinOp) any
	VisitNeg(*Neg) any
}

func (n *Num) Accept(v Visitor) any   { return v.VisitNum(n) }
func (n *Var) Accept(v Visitor) any   { return v.VisitVar(n) }
func (n *BinOp) Accept(v Visitor) any { return v.VisitBinOp(n) }
func (n *Neg) Accept(v Visitor) any   { return v.VisitNeg(n) }

type Printer struct{}

func (Printer) VisitNum(n *Num) any { return fmt.Sprint(n.Val) }
func (Printer) VisitVar(n *Var) any { return n.Name }
func (p Printer) VisitBinOp(n *BinOp) any {
	return fmt.Sprintf("(%s %c %s)", n.Left.Accept(p), n.Op, n.Right.Accept(p))
}
func (p Printer) VisitNeg(n *Neg) any { return "-" + n.X.Accept(p).(string) }

type Evaluator struct{ Env map[string]float64 }

func (e Evaluator) VisitNum(n *Num) any { return n.Val }
func (e Evaluator) VisitVar(n *Var) any {
	v, ok := e.Env[n.Name]
	if !ok {
		panic(fmt.Sprintf("undefined variable %s", n.Name))
	}
	return v
}
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
func (e Evaluator) VisitNeg(n *Neg) any { return -n.X.Accept(e).(float64) }

type VarCollector struct{ seen []string }

func (c *VarCollector) VisitNum(*Num) any { return nil }
func (c *VarCollector) VisitVar(n *Var) any {
	c.seen = append(c.seen, n.Name)
	return nil
}
func (c *VarCollector) VisitBinOp(n *BinOp) any {
	n.Left.Accept(c)
	n.Right.Accept(c)
	return nil
}
func (c *VarCollector) VisitNeg(n *Neg) any { return n.X.Accept(c) }

func main() {
	// (x + 2) * -(y / 4)
	tree := &BinOp{'*', &BinOp{'+', &Var{"x"}, &Num{2}}, &Neg{&BinOp{'/', &Var{"y"}, &Num{4}}}}
	fmt.Println(tree.Accept(Printer{}))
	fmt.Println(tree.Accept(Evaluator{map[string]float64{"x": 3, "y": 10}}))

	vc := &VarCollector{}
	tree.Accept(vc)
	fmt.Println("vars:", strings.Join(vc.seen, ","))

	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("error:", r)
			}
		}()
		tree.Accept(Evaluator{map[string]float64{"x": 1}})
	}()

	var nodes []Node = []Node{&Num{1}, &Var{"z"}, tree.Left}
	for _, n := range nodes {
		switch t := n.(type) {
		case *Num:
			fmt.Println("num", t.Val)
		case *Var:
			fmt.Println("var", t.Name)
		default:
			fmt.Printf("other %T\n", t)
		}
	}
}
