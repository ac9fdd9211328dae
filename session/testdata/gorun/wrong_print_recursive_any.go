package main

import "fmt"

// A value of a recursive cell type held in an any names its type as Go
// does, not as the interpreter's reflect type of it.
type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func main() {
	var np *Node
	var i any = np
	fmt.Printf("%T %v\n", i, i)
	i = &Node{Val: 1}
	fmt.Printf("%T\n", i)
	i = Node{Val: 2}
	fmt.Printf("%T %v %+v %#v\n", i, i, i, i)
	xs := []any{Node{Val: 3}, []*Node{}, map[string]Node{"a": {Val: 4}}}
	for _, x := range xs {
		fmt.Printf("%T %v\n", x, x)
	}
	var a any = List{Len: 0}
	fmt.Printf("%T %+v %#v\n", a, a, a)
	m := map[string]any{"n": Node{Val: 6}, "l": &List{}}
	fmt.Println(m["n"])
	fmt.Printf("%T %T\n", m["n"], m["l"])
}
