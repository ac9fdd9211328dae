package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type wordCount struct {
	word  string
	count int
}

type wcHeap []wordCount

func (h wcHeap) Len() int { return len(h) }
func (h wcHeap) Less(i, j int) bool {
	// min-heap on count; on ties the larger word is "smaller" so it leaves first
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].word > h[j].word
}
func (h wcHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *wcHeap) Push(x any)   { *h = append(*h, x.(wordCount)) }
func (h *wcHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func topKHeap(counts map[string]int, k int) []wordCount {
	h := &wcHeap{}
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		heap.Push(h, wordCount{w, counts[w]})
		if h.Len() > k {
			heap.Pop(h)
		}
	}
	out := make([]wordCount, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = heap.Pop(h).(wordCount)
	}
	return out
}

func topKSort(counts map[string]int, k int) []string {
	words := slices.Collect(maps.Keys(counts))
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(-cmp.Compare(counts[a], counts[b]), cmp.Compare(a, b))
	})
	return words[:min(k, len(words))]
}

func main() {
	text := `the cat and the hat sat on the mat and the cat ran
	a cat is not a hat but a hat can sit on a cat`
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++
	}
	fmt.Println("distinct:", len(counts))
	for _, wc := range topKHeap(counts, 4) {
		fmt.Printf("%-4s %d\n", wc.word, wc.count)
	}
	fmt.Println(topKSort(counts, 4))
	fmt.Println(topKSort(counts, 100)[10:])

	nums := []int{1, 1, 1, 2, 2, 3, 4, 4, 4, 4}
	freq := map[int]int{}
	for _, n := range nums {
		freq[n]++
	}
	buckets := make([][]int, len(nums)+1)
	for _, n := range slices.Sorted(maps.Keys(freq)) {
		buckets[freq[n]] = append(buckets[freq[n]], n)
	}
	var top []int
	for i := len(buckets) - 1; i >= 0 && len(top) < 2; i-- {
		top = append(top, buckets[i]...)
	}
	fmt.Println("top 2 numbers:", top)
}
