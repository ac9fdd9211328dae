package main

import (
	"encoding/json"
	"fmt"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m["x"] = 1
	}()

	var s []int
	fmt.Println(len(s), cap(s), s == nil, s)
	s = append(s, 1)
	fmt.Println(s)
	for range []int(nil) {
		fmt.Println("never")
	}

	var p *int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(*p)
	}()

	var f func()
	fmt.Println(f == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}()

	t := &Tree{Val: 1, Left: &Tree{Val: 2}, Right: &Tree{Val: 3, Left: &Tree{Val: 4}}}
	fmt.Println(t.Sum())
	var nt *Tree
	fmt.Println(nt.Sum())

	var empty []string
	nonNil := []string{}
	j1, _ := json.Marshal(empty)
	j2, _ := json.Marshal(nonNil)
	var em map[string]int
	j3, _ := json.Marshal(em)
	fmt.Println(string(j1), string(j2), string(j3))
	fmt.Printf("%v %v %d %v\n", empty, nonNil, len(empty), empty == nil)
	fmt.Printf("%#v %#v\n", empty, nonNil)

	var e error
	fmt.Println(e == nil, e)
	fmt.Printf("%v %+v %T\n", p, nt, nt)

	var ch chan int
	var iface interface{} = ch
	fmt.Println(iface == nil, iface.(chan int) == nil)
}
