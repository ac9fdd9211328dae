package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// Effective Go's idiom: a struct embedding a library interface gets its
// methods, and overrides some.

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen struct {
	sort.StringSlice
	calls int
}

func (b *byLen) Less(i, j int) bool {
	b.calls++
	return len(b.StringSlice[i]) < len(b.StringSlice[j])
}

type intHeap struct{ sort.IntSlice }

func (h *intHeap) Push(x any) { h.IntSlice = append(h.IntSlice, x.(int)) }

func (h *intHeap) Pop() any {
	old := h.IntSlice
	n := len(old)
	x := old[n-1]
	h.IntSlice = old[:n-1]
	return x
}

func main() {
	s := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(reverse{sort.IntSlice(s)})
	fmt.Println(s)
	r := reverse{Interface: sort.StringSlice{"b", "c", "a"}}
	sort.Sort(r)
	fmt.Println(r.Interface, r.Len())
	fmt.Printf("%v %+v\n", r, r)
	words := &byLen{StringSlice: []string{"ccc", "a", "bb"}}
	sort.Sort(words)
	fmt.Println(words.StringSlice, words.calls > 0)
	h := &intHeap{}
	for _, v := range []int{5, 2, 8, 1} {
		heap.Push(h, v)
	}
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	fmt.Println(sort.IsSorted(reverse{sort.IntSlice{3, 2, 1}}))
}
