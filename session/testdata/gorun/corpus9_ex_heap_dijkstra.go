package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Task struct {
	name     string
	priority int
	index    int
}

type PQ []*Task

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].priority != pq[j].priority {
		return pq[i].priority > pq[j].priority
	}
	return pq[i].name < pq[j].name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PQ) update(t *Task, priority int) {
	t.priority = priority
	heap.Fix(pq, t.index)
}

type MinInt []int

func (h MinInt) Len() int           { return len(h) }
func (h MinInt) Less(i, j int) bool { return h[i] < h[j] }
func (h MinInt) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinInt) Push(x any)        { *h = append(*h, x.(int)) }
func (h *MinInt) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Edge struct {
	to     string
	weight int
}

type item struct {
	node string
	dist int
}

type distHeap []item

func (h distHeap) Len() int { return len(h) }
func (h distHeap) Less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}
func (h distHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *distHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *distHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &distHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.weight
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(h, item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	h := &MinInt{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Print("min: ", (*h)[0], " popped:")
	for h.Len() > 0 {
		fmt.Print(" ", heap.Pop(h))
	}
	fmt.Println()

	pq := PQ{}
	tasks := map[string]*Task{}
	for i, n := range []string{"write", "test", "deploy", "review"} {
		t := &Task{name: n, priority: i % 3}
		tasks[n] = t
		heap.Push(&pq, t)
	}
	pq.update(tasks["write"], 5)
	heap.Remove(&pq, tasks["test"].index)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%s(%d) ", t.name, t.priority)
	}
	fmt.Println()

	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"E": {{"D", 4}},
		"D": {{"F", 11}},
	}
	dist, prev := dijkstra(g, "A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "G"} {
		d, ok := dist[n]
		if !ok {
			d = math.MaxInt
		}
		fmt.Printf("%s %d %s\n", n, d, path(prev, n))
	}
}
