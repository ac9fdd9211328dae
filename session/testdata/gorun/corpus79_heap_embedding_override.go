package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// MaxHeap reuses IntHeap but reverses the order.
type MaxHeap struct{ IntHeap }

func (h MaxHeap) Less(i, j int) bool { return h.IntHeap[i] > h.IntHeap[j] }

type PtrMax struct{ *IntHeap }

func (h PtrMax) Less(i, j int) bool { return (*h.IntHeap)[i] > (*h.IntHeap)[j] }

type Person struct {
	Name string
	Age  int
}

func (p Person) Compare(o Person) int {
	return cmp.Or(cmp.Compare(p.Age, o.Age), strings.Compare(p.Name, o.Name))
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type ByNameDesc struct{ ByAge }

func (b ByNameDesc) Less(i, j int) bool { return b.ByAge[i].Name > b.ByAge[j].Name }

// Sorter with pointer-receiver Less overriding.
type Counter struct {
	keys []string
	n    map[string]int
}

func (c *Counter) Len() int           { return len(c.keys) }
func (c *Counter) Less(i, j int) bool { return c.n[c.keys[i]] > c.n[c.keys[j]] }
func (c *Counter) Swap(i, j int)      { c.keys[i], c.keys[j] = c.keys[j], c.keys[i] }

type alpha struct{ *Counter }

func (a alpha) Less(i, j int) bool { return a.keys[i] < a.keys[j] }

func main() {
	h := &MaxHeap{IntHeap{3, 9, 1, 7}}
	heap.Init(h)
	heap.Push(h, 5)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println("max heap:", out)

	ih := IntHeap{4, 8, 2}
	p := PtrMax{&ih}
	heap.Init(p)
	heap.Push(p, 6)
	out = out[:0]
	for p.Len() > 0 {
		out = append(out, heap.Pop(p).(int))
	}
	fmt.Println("ptr max:", out, ih)

	people := []Person{{"Bo", 30}, {"Al", 25}, {"Cy", 30}, {"Di", 20}}
	sort.Slice(people, ByAge(people).Less)
	fmt.Println(people)
	sort.Sort(ByNameDesc{people})
	fmt.Println(people)
	slices.SortFunc(people, Person.Compare)
	fmt.Println(people)
	less := ByAge(people).Less
	fmt.Println(less(0, 1), less(3, 0))
	cmpFn := Person.Compare
	fmt.Println(cmpFn(people[0], people[1]), people[1].Compare(people[2]))

	c := &Counter{keys: []string{"x", "y", "z", "w"}, n: map[string]int{"x": 1, "y": 5, "z": 3, "w": 5}}
	sort.Stable(c)
	fmt.Println(c.keys)
	sort.Sort(alpha{c})
	fmt.Println(c.keys)
	sort.Stable(sort.Reverse(alpha{c}))
	fmt.Println(c.keys)
	var si sort.Interface = alpha{c}
	fmt.Println(si.Less(0, 1), sort.IsSorted(si), sort.IsSorted(c))
	names := []string{"b", "c", "a"}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	fmt.Println(names)
}
