package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Black
)

func (c Color) String() string {
	return [...]string{"R", "B"}[c]
}

type RBNode struct {
	Key   int
	Color Color
	Left  *RBNode
	Right *RBNode
}

type Point struct{ X, Y int }

type Polygon struct {
	Name   string
	Points []Point
	Tags   map[string]bool
}

type Stack []int

func (s Stack) String() string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "Stack<" + strings.Join(parts, "|") + ">"
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func printTree(n *RBNode, prefix string, isLeft bool) {
	if n == nil {
		return
	}
	branch := "└── "
	if isLeft {
		branch = "├── "
	}
	fmt.Printf("%s%s%d(%v)\n", prefix, branch, n.Key, n.Color)
	child := prefix + "    "
	if isLeft {
		child = prefix + "│   "
	}
	printTree(n.Left, child, true)
	printTree(n.Right, child, false)
}

func main() {
	root := &RBNode{Key: 10, Color: Black,
		Left:  &RBNode{Key: 5, Color: Red},
		Right: &RBNode{Key: 15, Color: Red, Right: &RBNode{Key: 20, Color: Black}},
	}
	printTree(root, "", false)
	fmt.Printf("%v\n", *root.Left)
	fmt.Printf("%+v\n", *root.Right.Right)

	p := Polygon{Name: "tri", Points: []Point{{0, 0}, {4, 0}, {0, 3}}, Tags: map[string]bool{"closed": true, "convex": true}}
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p.Points[1])
	fmt.Printf("%T %T\n", p, p.Points)

	s := Stack{1, 2, 3}
	fmt.Println(s, []Stack{{4}, {}})
	fmt.Printf("%v %s %d\n", s, s, []int(s))

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(pairs, pairs[0])
	var nilTree *RBNode
	fmt.Println(nilTree == nil, fmt.Sprintf("%v", nilTree))
	fmt.Printf("%v %+v\n", Red, []Color{Black, Red})
}
