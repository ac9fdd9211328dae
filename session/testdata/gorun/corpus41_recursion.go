package main

import "fmt"

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

type node struct {
	val         int
	left, right *node
}

func (n *node) insert(v int) *node {
	if n == nil {
		return &node{val: v}
	}
	if v < n.val {
		n.left = n.left.insert(v)
	} else {
		n.right = n.right.insert(v)
	}
	return n
}

func (n *node) walk(visit func(int)) {
	if n == nil {
		return
	}
	n.left.walk(visit)
	visit(n.val)
	n.right.walk(visit)
}

func main() {
	fmt.Println(fact(7))

	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))

	var root *node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.insert(v)
	}
	var out []int
	root.walk(func(v int) { out = append(out, v) })
	fmt.Println(out)

	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		moves := hanoi(n-1, from, via, to)
		moves++
		moves += hanoi(n-1, via, to, from)
		return moves
	}
	fmt.Println("hanoi moves:", hanoi(5, "A", "C", "B"))
}
