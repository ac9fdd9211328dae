package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// An Item is something we manage in a priority queue.
type Item struct {
	value    string
	priority int
	index    int // maintained by the heap.Interface methods
}

// A PriorityQueue implements heap.Interface and holds Items.
type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	// We want Pop to give us the highest, not lowest, priority.
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
	old[n-1] = nil  // don't stop the GC from reclaiming the item eventually
	item.index = -1 // for safety
	*pq = old[0 : n-1]
	return item
}

// update modifies the priority and value of an Item in the queue.
func (pq *PriorityQueue) update(item *Item, value string, priority int) {
	item.value = value
	item.priority = priority
	heap.Fix(pq, item.index)
}

func (pq PriorityQueue) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i, it := range pq {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s:%d@%d", it.value, it.priority, it.index)
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	items := map[string]int{
		"banana": 3, "apple": 2, "pear": 4,
	}
	names := []string{"banana", "apple", "pear"}

	pq := make(PriorityQueue, len(items))
	for i, name := range names {
		pq[i] = &Item{value: name, priority: items[name], index: i}
	}
	heap.Init(&pq)
	fmt.Println("after init:", pq)

	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	fmt.Printf("pushed orange at index %d, len %d\n", item.index, pq.Len())
	pq.update(item, item.value, 5)
	fmt.Printf("orange now at index %d: %+v\n", item.index, *item)
	fmt.Printf("top: %v\n", pq[0].value)

	removed := heap.Remove(&pq, 2).(*Item)
	fmt.Printf("removed %q (index now %d)\n", removed.value, removed.index)
	heap.Push(&pq, removed)

	for pq.Len() > 0 {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s index=%d\n", item.priority, item.value, item.index)
	}
	fmt.Printf("empty queue: %v %d %T\n", pq, len(pq), pq)
}
