package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// An IntHeap is a min-heap of ints.
type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func (h *IntHeap) Push(x any) {
	// Push and Pop use pointer receivers because they modify the slice's length.
	*h = append(*h, x.(int))
}

func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// kSmallest returns the k smallest values in ascending order.
func kSmallest(nums []int, k int) []int {
	h := &IntHeap{}
	*h = append(*h, nums...)
	heap.Init(h)
	out := make([]int, 0, k)
	for i := 0; i < k && h.Len() > 0; i++ {
		out = append(out, heap.Pop(h).(int))
	}
	return out
}

// runningMedian uses two heaps: a max-heap (negated) for the low half
// and a min-heap for the high half.
func runningMedian(stream []int) []float64 {
	low, high := &IntHeap{}, &IntHeap{}
	var meds []float64
	for _, x := range stream {
		if low.Len() == 0 || x <= -(*low)[0] {
			heap.Push(low, -x)
		} else {
			heap.Push(high, x)
		}
		if low.Len() > high.Len()+1 {
			heap.Push(high, -heap.Pop(low).(int))
		} else if high.Len() > low.Len() {
			heap.Push(low, -heap.Pop(high).(int))
		}
		if low.Len() > high.Len() {
			meds = append(meds, float64(-(*low)[0]))
		} else {
			meds = append(meds, float64(-(*low)[0]+(*high)[0])/2)
		}
	}
	return meds
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Printf("minimum: %d\n", (*h)[0])
	fmt.Println("heap:", *h, "len", h.Len())
	fmt.Printf("%v %T\n", h, h)
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()

	data := []int{42, 7, 19, 3, 88, 7, 61, 0, -4}
	fmt.Println("3 smallest:", kSmallest(data, 3))
	fmt.Println("data untouched:", data)

	h2 := IntHeap{9, 4, 7, 1}
	heap.Init(&h2)
	heap.Remove(&h2, 1)
	h2[0] = 100
	heap.Fix(&h2, 0)
	rest := append([]int(nil), h2...)
	sort.Ints(rest)
	fmt.Println("after remove/fix:", rest, sort.IsSorted(h2))

	fmt.Println("medians:", runningMedian([]int{5, 15, 1, 3, 8, 7, 9, 10}))
}
