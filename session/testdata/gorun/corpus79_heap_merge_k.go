package main

import (
	"container/heap"
	"fmt"
)

// cursor points at the next unread element of one sorted list.
type cursor struct {
	list int // which list
	pos  int // position in that list
	val  int
}

type cursorHeap []cursor

func (h cursorHeap) Len() int { return len(h) }
func (h cursorHeap) Less(i, j int) bool {
	if h[i].val != h[j].val {
		return h[i].val < h[j].val
	}
	return h[i].list < h[j].list
}
func (h cursorHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *cursorHeap) Push(x any)   { *h = append(*h, x.(cursor)) }
func (h *cursorHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
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
		c := (*h)[0]
		out = append(out, c.val)
		if c.pos+1 < len(lists[c.list]) {
			(*h)[0] = cursor{c.list, c.pos + 1, lists[c.list][c.pos+1]}
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return out
}

type wordCount struct {
	word  string
	count int
}

type topHeap []wordCount

func (h topHeap) Len() int { return len(h) }
func (h topHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h topHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *topHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *topHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topK(counts map[string]int, k int) []wordCount {
	h := &topHeap{}
	for w, c := range counts {
		heap.Push(h, wordCount{w, c})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	res := make([]wordCount, h.Len())
	for i := len(res) - 1; i >= 0; i-- {
		res[i] = heap.Pop(h).(wordCount)
	}
	return res
}

func main() {
	lists := [][]int{{1, 4, 9}, {2, 2, 10, 11}, {}, {0, 3, 4}}
	fmt.Println(mergeK(lists))

	counts := map[string]int{"go": 5, "rust": 3, "zig": 5, "c": 1, "java": 3, "lua": 2}
	top := topK(counts, 3)
	fmt.Println(top)
	fmt.Printf("%+v\n", top)
	for _, wc := range top {
		fmt.Printf("%-5s %d\n", wc.word, wc.count)
	}
	fmt.Printf("%#v\n", top[0])
}
