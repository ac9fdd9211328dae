package main

import (
	"container/heap"
	"fmt"
)

// IntHeap is a min-heap of ints.
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
	*h = old[0 : n-1]
	return x
}

// kthLargest keeps a heap of size k.
func kthLargest(nums []int, k int) int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	return (*h)[0]
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Printf("minimum: %d\n", (*h)[0])
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	nums := []int{3, 2, 1, 5, 6, 4}
	for k := range 3 {
		fmt.Printf("%d-th largest: %d\n", k+1, kthLargest(nums, k+1))
	}

	h2 := &IntHeap{9, 4, 7, 1}
	heap.Init(h2)
	(*h2)[2] = 0
	heap.Fix(h2, 2)
	fmt.Println("after fix, min =", (*h2)[0])
	removed := heap.Remove(h2, 1)
	fmt.Println("removed", removed, "len", h2.Len())
}
