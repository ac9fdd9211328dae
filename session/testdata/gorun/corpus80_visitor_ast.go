package main

import (
	"fmt"
	"strings"
)

// A tiny expression tree with a visitor, as in a compilers tutorial.
type Node interface {
	Accept(v Visitor) any
}

type Visitor interface {
	VisitNum(n *Num) any
	VisitBin(b *Bin) any
	VisitNeg(n *Neg) any
}

type Num struct{ V float64 }
type Bin struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }

func (n *Num) Accept(v Visitor) any { return v.VisitNum(n) }
func (b *Bin) Accept(v Visitor) any { return v.VisitBin(b) }
func (n *Neg) Accept(v Visitor) any { return v.VisitNeg(n) }

type evaluator struct{ steps int }

func (e *evaluator) VisitNum(n *Num) any { e.steps++; return n.V }
func (e *evaluator) VisitNeg(n *Neg) any { e.steps++; return -n.X.Accept(e).(float64) }
func (e *evaluator) VisitBin(b *Bin) any {
	e.steps++
	l := b.L.Accept(e).(float64)
	r := b.R.Accept(e).(float64)
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
	panic(fmt.Sprintf("unknown op %q", b.Op))
}

type printer struct{}

func (printer) VisitNum(n *Num) any { return fmt.Sprint(n.V) }
func (p printer) VisitNeg(n *Neg) any {
	return "-" + n.X.Accept(p).(string)
}
func (p printer) VisitBin(b *Bin) any {
	return "(" + b.L.Accept(p).(string) + " " + string(b.Op) + " " + b.R.Accept(p).(string) + ")"
}

// counter embeds a base visitor and overrides one method: the embedded
// methods recurse through the base, not back into counter.
type baseWalker struct{ depth int }

func (w *baseWalker) VisitNum(n *Num) any { return 1 }
func (w *baseWalker) VisitNeg(n *Neg) any { return n.X.Accept(w).(int) + 1 }
func (w *baseWalker) VisitBin(b *Bin) any {
	return b.L.Accept(w).(int) + b.R.Accept(w).(int) + 1
}

type numCounter struct {
	baseWalker
	nums []float64
}

func (c *numCounter) VisitNum(n *Num) any {
	c.nums = append(c.nums, n.V)
	return 1
}

// Type-switch based walk, the other way to do it.
func depth(n Node) int {
	switch n := n.(type) {
	case *Num:
		return 1
	case *Neg:
		return 1 + depth(n.X)
	case *Bin:
		return 1 + max(depth(n.L), depth(n.R))
	case nil:
		return 0
	default:
		panic(fmt.Sprintf("unexpected %T", n))
	}
}

func main() {
	tree := &Bin{'+', &Num{2}, &Bin{'*', &Neg{&Num{3}}, &Bin{'/', &Num{9}, &Num{4}}}}
	ev := &evaluator{}
	fmt.Println(tree.Accept(printer{}), "=", tree.Accept(ev), "in", ev.steps, "steps")

	nc := &numCounter{}
	fmt.Println("nodes via base:", tree.Accept(nc), "nums seen directly:", nc.nums)
	fmt.Println("nodes via counter on a leaf:", nc.VisitNum(&Num{7}), nc.nums)
	fmt.Println("depth:", depth(tree), depth(nil), depth(&Num{1}))

	exprs := []Node{&Num{1}, &Neg{&Neg{&Num{5}}}, &Bin{'-', &Num{1}, &Num{0.5}}}
	var sb strings.Builder
	for _, e := range exprs {
		fmt.Fprintf(&sb, "%s=%v; ", e.Accept(printer{}), e.Accept(&evaluator{}))
	}
	fmt.Println(sb.String())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		(&Bin{'%', &Num{1}, &Num{2}}).Accept(&evaluator{})
	}()
}
