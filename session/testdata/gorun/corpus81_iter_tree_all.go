package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// A general tree (file system) with depth-first and breadth-first iterators.
type Tree[T any] struct {
	Value    T
	Children []*Tree[T]
}

func (t *Tree[T]) Add(vs ...T) *Tree[T] {
	for _, v := range vs {
		t.Children = append(t.Children, &Tree[T]{Value: v})
	}
	return t
}

func (t *Tree[T]) Child(i int) *Tree[T] { return t.Children[i] }

// All walks depth first, yielding each value with its depth.
func (t *Tree[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		var walk func(n *Tree[T], depth int) bool
		walk = func(n *Tree[T], depth int) bool {
			if !yield(depth, n.Value) {
				return false
			}
			for _, c := range n.Children {
				if !walk(c, depth+1) {
					return false
				}
			}
			return true
		}
		walk(t, 0)
	}
}

func (t *Tree[T]) BreadthFirst() iter.Seq[T] {
	return func(yield func(T) bool) {
		queue := []*Tree[T]{t}
		for len(queue) > 0 {
			n := queue[0]
			queue = queue[1:]
			if !yield(n.Value) {
				return
			}
			queue = append(queue, n.Children...)
		}
	}
}

func Leaves[T any](t *Tree[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		if len(t.Children) == 0 {
			yield(t.Value)
			return
		}
		for _, c := range t.Children {
			for v := range Leaves(c) {
				if !yield(v) {
					return
				}
			}
		}
	}
}

type File struct {
	Name string
	Size int
}

func main() {
	root := &Tree[string]{Value: "/"}
	root.Add("etc", "home", "usr")
	root.Child(0).Add("hosts", "passwd")
	root.Child(1).Add("ann").Child(0).Add(".profile", "notes.txt")
	root.Child(2).Add("bin")
	for depth, name := range root.All() {
		fmt.Println(strings.Repeat("  ", depth) + name)
	}
	fmt.Println(slices.Collect(root.BreadthFirst()))
	fmt.Println(slices.Collect(Leaves(root)))

	for d, name := range root.All() {
		if d == 3 {
			fmt.Println("first at depth 3:", name)
			break
		}
	}
	n := 0
	for v := range root.BreadthFirst() {
		n++
		if v == "ann" {
			break
		}
	}
	fmt.Println("visited before ann:", n)

	disk := &Tree[File]{Value: File{"root", 0}}
	disk.Add(File{"a.txt", 120}, File{"b.bin", 4096})
	disk.Child(1).Add(File{"c.dat", 7})
	total := 0
	for _, f := range disk.All() {
		total += f.Size
	}
	fmt.Println("total size", total)
	for f := range Leaves(disk) {
		fmt.Printf("%+v\n", f)
	}
}
