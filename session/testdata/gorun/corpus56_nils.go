package main

import "fmt"

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Config struct {
	Name    string
	Opts    map[string]string
	Items   []int
	Parent  *Config
	Handler func()
	Ch      chan int
	Extra   any
	Err     error
}

type Shape interface{ Area() float64 }

type Box struct {
	S Shape
}

func main() {
	var c Config
	fmt.Println(c)
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", c)
	fmt.Println(c.Opts == nil, c.Items == nil, c.Parent == nil, c.Handler == nil, c.Extra == nil, c.Err == nil)
	fmt.Println(len(c.Opts), c.Opts["x"])
	var b Box
	fmt.Printf("%v %+v\n", b, b)
	fmt.Printf("%#v\n", b)
	fmt.Println(b.S == nil)

	n := &Node{Val: 1, Left: &Node{Val: 2}}
	fmt.Println(n.Val, n.Left.Val, n.Right)
	fmt.Printf("%v\n", *n.Left)
	fmt.Printf("%+v\n", *n.Left)
	var np *Node
	fmt.Println(np)
	fmt.Printf("%v %+v %T\n", np, np, np)
	var pp **Node = &np
	fmt.Println(*pp == nil)
	x := 5
	px := &x
	ppx := &px
	**ppx = 7
	fmt.Println(x, *px == 7, **ppx)
	var m map[string][]Node
	fmt.Println(m, len(m["a"]))
	fmt.Printf("%#v\n", m)
	var sl []*Node
	fmt.Printf("%v %#v\n", sl, sl)
	var i any
	fmt.Printf("%v %T %#v\n", i, i, i)
	i = np
	fmt.Println(i == nil, i)
	fmt.Printf("%T\n", i)
}
