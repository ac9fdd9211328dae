// Untyped nil assigned in parallel to a field and to elements, nil pairs
// in a loop's post statement, and a var group with a spec without values
// after statements whose variables it points at.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

func reverse(head *node) *node {
	var prev *node
	for head != nil {
		next := head.next
		head.next, prev, head = prev, head, next
	}
	return prev
}

func main() {
	list := &node{1, &node{2, &node{3, nil}}}
	list = reverse(list)
	for n := list; n != nil; n = n.next {
		fmt.Print(n.v, " ")
	}
	fmt.Println()

	n := &node{v: 1, next: &node{v: 2}}
	prev := n
	n.next, prev = nil, nil
	fmt.Println(n.next == nil, prev == nil)

	errs := []error{fmt.Errorf("a"), fmt.Errorf("b")}
	m := map[string][]int{"k": {1}}
	errs[0], m["k"], errs[1] = nil, nil, nil
	fmt.Println(errs[0] == nil, errs[1] == nil, m["k"] == nil, len(m))

	var a, b *node
	steps := 0
	for a, b = n, n; steps < 2; a, b = nil, nil {
		fmt.Println("step", steps, a == nil, b == nil)
		steps++
	}
	var f func() int
	var s []string
	for i := 0; i < 2; f, s = nil, nil {
		fmt.Println("loop", i, f == nil, s == nil)
		f, s = func() int { return i }, []string{"x"}
		i++
	}

	x := 3
	var (
		z int
		p = &x
	)
	*p = 4
	fmt.Println(z, x)
}
