package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Item struct {
	value    string
	priority int
	index    int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	n := len(*pq)
	item := x.(*Item)
	item.index = n
	*pq = append(*pq, item)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}
func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

type vowelCounter struct{ n int }

func (v *vowelCounter) isVowel(r rune) bool {
	if strings.ContainsRune("aeiou", r) {
		v.n++
		return true
	}
	return false
}

func main() {
	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PriorityQueue, len(items))
	i := 0
	for _, name := range []string{"banana", "apple", "pear"} {
		pq[i] = &Item{value: name, priority: items[name], index: i}
		i++
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	pq.update(item, item.value, 5)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()
	vc := &vowelCounter{}
	parts := strings.FieldsFunc("education", vc.isVowel)
	fmt.Println(parts, vc.n)
	fmt.Println(strings.IndexFunc("xyzab", vc.isVowel), strings.Map(func(r rune) rune {
		if vc.isVowel(r) {
			return -1
		}
		return r
	}, "gopher"), vc.n)
}
