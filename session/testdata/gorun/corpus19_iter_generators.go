package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Primes(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		sieve := make([]bool, limit+1)
		for i := 2; i <= limit; i++ {
			if sieve[i] {
				continue
			}
			if !yield(i) {
				return
			}
			for j := i * i; j <= limit; j += i {
				sieve[j] = true
			}
		}
	}
}

type Node struct {
	Val      string
	Children []*Node
}

func (n *Node) Walk() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		var rec func(*Node, int) bool
		rec = func(n *Node, depth int) bool {
			if !yield(depth, n.Val) {
				return false
			}
			for _, c := range n.Children {
				if !rec(c, depth+1) {
					return false
				}
			}
			return true
		}
		rec(n, 0)
	}
}

func main() {
	for f := range Fib() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Primes(50)))

	tree := &Node{"root", []*Node{
		{"a", []*Node{{"a1", nil}, {"a2", nil}}},
		{"b", []*Node{{"b1", nil}}},
	}}
	for depth, v := range tree.Walk() {
		fmt.Printf("%*s%s\n", depth*2, "", v)
	}

	byLen := maps.Collect(func(yield func(string, int) bool) {
		for _, v := range tree.Walk() {
			if !yield(v, len(v)) {
				return
			}
		}
	})
	for _, k := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Print(k, ":", byLen[k], " ")
	}
	fmt.Println()

	count := 0
	for range Primes(1000) {
		count++
	}
	fmt.Println("primes below 1000:", count)
}
