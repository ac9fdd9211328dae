package main

import (
	"cmp"
	"fmt"
	"strings"
)

func Min[T cmp.Ordered](x, y T) T {
	if x < y {
		return x
	}
	return y
}

type Tree[T any] struct {
	cmp  func(T, T) int
	root *node[T]
}

type node[T any] struct {
	left, right *node[T]
	val         T
}

func (bt *Tree[T]) find(val T) **node[T] {
	pl := &bt.root
	for *pl != nil {
		switch c := bt.cmp(val, (*pl).val); {
		case c < 0:
			pl = &(*pl).left
		case c > 0:
			pl = &(*pl).right
		default:
			return pl
		}
	}
	return pl
}

func (bt *Tree[T]) Insert(val T) bool {
	pl := bt.find(val)
	if *pl != nil {
		return false
	}
	*pl = &node[T]{val: val}
	return true
}

func (bt *Tree[T]) Walk(f func(T)) {
	var walk func(*node[T])
	walk = func(n *node[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.val)
		walk(n.right)
	}
	walk(bt.root)
}

func main() {
	fmt.Println(Min(3, 7), Min("b", "a"), Min[float64](2.5, 1))
	var x int = Min(10, -2)
	fmt.Println(x)

	t := &Tree[int]{cmp: cmp.Compare[int]}
	for _, v := range []int{5, 3, 8, 1, 3, 9} {
		if !t.Insert(v) {
			fmt.Println("dup", v)
		}
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()

	st := &Tree[string]{cmp: strings.Compare}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		st.Insert(w)
	}
	var words []string
	st.Walk(func(s string) { words = append(words, s) })
	fmt.Println(strings.Join(words, ","))
}
