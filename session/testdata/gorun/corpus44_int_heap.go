package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) { *h = append(*h, x.(int)) }

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// kSmallest returns the k smallest numbers in ascending order.
func kSmallest(nums []int, k int) []int {
	h := &IntHeap{}
	heap.Init(h)
	for _, n := range nums {
		heap.Push(h, n)
	}
	out := make([]int, 0, k)
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(int))
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

	data := []int{42, 7, 19, 3, 88, 1, 56, 23}
	fmt.Println("3 smallest:", kSmallest(data, 3))

	// A running median with two heaps would be next; here just remove by index.
	h2 := &IntHeap{9, 4, 7, 1}
	heap.Init(h2)
	removed := heap.Remove(h2, 2)
	fmt.Println("removed:", removed, "left:", h2.Len())
}
