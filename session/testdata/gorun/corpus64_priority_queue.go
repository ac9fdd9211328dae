package main

import (
	"container/heap"
	"fmt"
)

// An Item is something we manage in a priority queue.
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
	item := x.(*Item)
	item.index = len(*pq)
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

func main() {
	tasks := map[string]int{
		"write docs": 2, "fix bug": 5, "review PR": 3, "lunch": 1,
	}
	names := []string{"write docs", "fix bug", "review PR", "lunch"}
	pq := make(PriorityQueue, len(tasks))
	for i, name := range names {
		pq[i] = &Item{value: name, priority: tasks[name], index: i}
	}
	heap.Init(&pq)

	item := &Item{value: "deploy", priority: 4}
	heap.Push(&pq, item)
	pq.update(item, "deploy v2", 6)

	fmt.Println("queue length:", pq.Len())
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s (index now %d)\n", it.priority, it.value, it.index)
	}
}
