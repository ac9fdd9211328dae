package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type minHeap[T cmp.Ordered] []T

func (h minHeap[T]) Len() int           { return len(h) }
func (h minHeap[T]) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap[T]) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap[T]) Push(x any)        { *h = append(*h, x.(T)) }
func (h *minHeap[T]) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

// TopK keeps the k largest values seen so far.
type TopK[T cmp.Ordered] struct {
	k int
	h minHeap[T]
}

func (t *TopK[T]) Add(v T) {
	if t.h.Len() < t.k {
		heap.Push(&t.h, v)
		return
	}
	if v > t.h[0] {
		t.h[0] = v
		heap.Fix(&t.h, 0)
	}
}

func (t *TopK[T]) Kth() T { return t.h[0] }

func (t *TopK[T]) Sorted() []T {
	cp := append(minHeap[T](nil), t.h...)
	out := make([]T, len(cp))
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(&cp).(T)
	}
	return out
}

func MergeSorted[T cmp.Ordered](lists ...[]T) []T {
	h := &minHeap[T]{}
	for _, l := range lists {
		for _, v := range l {
			heap.Push(h, v)
		}
	}
	var out []T
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(T))
	}
	return out
}

func main() {
	t := &TopK[int]{k: 3}
	for _, v := range []int{5, 1, 9, 3, 7, 9, 2, 8} {
		t.Add(v)
	}
	fmt.Println("3rd largest:", t.Kth(), "top:", t.Sorted())

	ts := &TopK[string]{k: 2}
	for _, w := range []string{"kiwi", "apple", "zucchini", "mango"} {
		ts.Add(w)
	}
	fmt.Println(ts.Sorted(), len(ts.h))

	fmt.Println(MergeSorted([]int{1, 4, 9}, []int{2, 3}, []int{0, 10}))
	fmt.Println(MergeSorted([]float64{2.5}, nil, []float64{-1}))
}
