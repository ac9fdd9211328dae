package main

import "fmt"

type pair struct{ a, b int }

type node struct {
	val         int
	left, right *node
}

func id(x int) int { return x }

func flip(p pair) pair { return pair{p.b, p.a} }

func mirror(n *node) *node {
	if n != nil {
		n.left, n.right = mirror(n.right), mirror(n.left)
	}
	return n
}

func walk(n *node, out []int) []int {
	if n == nil {
		return out
	}
	return walk(n.right, append(walk(n.left, out), n.val))
}

var first, second = id(1), pair{2, 3}

func main() {
	fmt.Println(first, second)
	x, y := 1, 2
	x, y = id(y), id(x)
	fmt.Println("calls swap:", x, y)
	x, y = y, id(x)
	fmt.Println("value and call:", x, y)
	var f float64
	f, x = 1.5, id(7)
	fmt.Println("constant and call:", f, x)
	p, q := pair{1, 2}, pair{3, 4}
	p, q = pair{q.a, p.a}, pair{p.a, q.a}
	fmt.Println("literals:", p, q)
	u, v := x, pair{x, 1}
	fmt.Println("define:", u, v)
	var k, t = 9, pair{1, 1}
	fmt.Println("var:", k, t)
	s := []pair{{1, 2}, {3, 4}}
	s[0], s[1] = flip(s[1]), flip(s[0])
	fmt.Println("elements:", s)
	var err error
	x, err = 3, fmt.Errorf("e%d", x)
	fmt.Println("interface:", x, err)
	root := &node{2, &node{1, nil, nil}, &node{3, nil, nil}}
	fmt.Println(walk(mirror(root), nil))
	for i, j := 0, id(5); i < j; i, j = id(i+1), id(j-1) {
		fmt.Print(i, j, " ")
	}
	fmt.Println()
}
