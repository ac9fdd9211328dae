package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// An IntHeap is a min-heap of ints.
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

func findKthLargest(nums []int, k int) int {
	h := &IntHeap{}
	for _, n := range nums {
		heap.Push(h, n)
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	return (*h)[0]
}

type wordCount struct {
	word  string
	count int
}

type countHeap []wordCount

func (h countHeap) Len() int { return len(h) }
func (h countHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count > h[j].count
	}
	return h[i].word < h[j].word
}
func (h countHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *countHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *countHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topKFrequent(words []string, k int) []string {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	h := &countHeap{}
	for w, c := range counts {
		*h = append(*h, wordCount{w, c})
	}
	heap.Init(h)
	var res []string
	for i := 0; i < k && h.Len() > 0; i++ {
		wc := heap.Pop(h).(wordCount)
		res = append(res, fmt.Sprintf("%s=%d", wc.word, wc.count))
	}
	return res
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
	fmt.Println(findKthLargest([]int{3, 2, 1, 5, 6, 4}, 2))
	fmt.Println(findKthLargest([]int{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4))
	text := "the day is sunny the the the sunny is is a day"
	fmt.Println(topKFrequent(strings.Fields(text), 4))
}
