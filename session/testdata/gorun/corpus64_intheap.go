package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) {
	*h = append(*h, x.(int))
}

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// kLargest keeps a min-heap of size k.
func kLargest(nums []int, k int) []int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	res := append([]int(nil), (*h)...)
	sort.Sort(sort.Reverse(sort.IntSlice(res)))
	return res
}

// mergeK merges sorted slices using a heap of cursors.
type cursor struct{ list, pos, val int }
type cursorHeap []cursor

func (c cursorHeap) Len() int            { return len(c) }
func (c cursorHeap) Less(i, j int) bool  { return c[i].val < c[j].val }
func (c cursorHeap) Swap(i, j int)       { c[i], c[j] = c[j], c[i] }
func (c *cursorHeap) Push(x interface{}) { *c = append(*c, x.(cursor)) }
func (c *cursorHeap) Pop() interface{} {
	old := *c
	x := old[len(old)-1]
	*c = old[:len(old)-1]
	return x
}

func mergeK(lists [][]int) []int {
	h := &cursorHeap{}
	for i, l := range lists {
		if len(l) > 0 {
			*h = append(*h, cursor{i, 0, l[0]})
		}
	}
	heap.Init(h)
	var out []int
	for h.Len() > 0 {
		c := heap.Pop(h).(cursor)
		out = append(out, c.val)
		if c.pos+1 < len(lists[c.list]) {
			heap.Push(h, cursor{c.list, c.pos + 1, lists[c.list][c.pos+1]})
		}
	}
	return out
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	fmt.Println("3 largest:", kLargest([]int{9, 1, 7, 3, 12, 5, 8}, 3))
	fmt.Println("merged:", mergeK([][]int{{1, 4, 9}, {2, 3, 10}, {}, {0, 11}}))
}
