package main

import (
	"container/heap"
	"container/list"
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Node struct{ n int }

func (p *Node) String() string { return fmt.Sprintf("node%d", p.n) }

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("B%d", b.ID) }

type Holder struct {
	N    *Node
	Any  any
	Err  error
	F    func(int) int
	Ch   chan int
	Cols map[Color][]Color
}

type Derived struct {
	Base
	Name string
}

type entry struct {
	k string
	v int
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Grid [2][3]Color

func main() {
	m := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(m)
	fmt.Printf("%v %#v\n", m, m)
	ms := map[Color]string{Blue: "b", Green: "g"}
	fmt.Println(ms)
	h := Holder{N: &Node{2}, Any: Blue, Err: errors.New("x"), Cols: map[Color][]Color{Green: {Red, Blue}}}
	fmt.Printf("%v\n%+v\n", h, h)
	var h0 Holder
	fmt.Printf("%v\n%+v\n", h0, h0)
	fmt.Printf("%T %T\n", h0.F, h0.Cols)
	fmt.Printf("%.1v|%6v|%-6s|%q|%x\n", Green, Blue, Red, Green, Base{1})
	fmt.Printf("%q %v\n", Base{7}, []*Base{nil, {2}})
	fmt.Printf("%#v\n", Derived{Base{3}, "x"})
	fmt.Printf("%#v\n", map[Color]string{Red: "r"})
	fmt.Printf("%v %+v %s\n", [][]*Node{{{1}, nil}}, []any{Green, &Node{4}}, []error{nil})

	l := list.New()
	l.PushBack(&entry{"a", 1})
	l.PushBack(entry{"b", 2})
	l.PushBack(Base{5})
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Printf("%v %+v %T\n", e.Value, e.Value, e.Value)
	}
	fmt.Println(l.Front().Value, l.Back().Value)

	ih := &IntHeap{3, 1, 2}
	heap.Init(ih)
	fmt.Println(heap.Pop(ih).(int), *ih, ih)
	fmt.Printf("%v %d\n", ih, ih)

	var g Grid
	g[1][2] = Blue
	fmt.Println(g)
	fmt.Printf("%v %d %#v\n", g, g, g[1])
	ps := []Color{Blue, Green}
	pp := &ps
	fmt.Println(pp, &g, &m)
	type pair struct {
		a, b Color
	}
	fmt.Println(pair{Green, Blue}, []pair{{Blue, Red}})
	type Pub struct{ A, B Color }
	fmt.Println(Pub{Green, Blue}, map[string]Pub{"k": {Red, Red}})
	var s fmt.Stringer = Green
	fmt.Println(s, []fmt.Stringer{Blue, &Node{9}, Base{1}})
	fmt.Printf("%d %v\n", s, s)
}
