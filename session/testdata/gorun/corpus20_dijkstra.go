package main

import (
	"container/heap"
	"fmt"
	"math"
)

type Item struct {
	node, dist int
	index      int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist != pq[j].dist {
		return pq[i].dist < pq[j].dist
	}
	return pq[i].node < pq[j].node
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*pq = old[:n-1]
	return it
}

type Graph map[int][]struct{ to, w int }

func dijkstra(g Graph, n, src int) ([]int, []int) {
	dist := make([]int, n)
	prev := make([]int, n)
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	pq := &PQ{}
	heap.Push(pq, &Item{node: src})
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(*Item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			if nd := cur.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, &Item{node: e.to, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for ; to != -1; to = prev[to] {
		p = append([]int{to}, p...)
	}
	return p
}

func main() {
	g := Graph{}
	add := func(u, v, w int) {
		g[u] = append(g[u], struct{ to, w int }{v, w})
		g[v] = append(g[v], struct{ to, w int }{u, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(g, 7, 0)
	for i, d := range dist {
		if d == math.MaxInt {
			fmt.Printf("%d: unreachable\n", i)
			continue
		}
		fmt.Printf("%d: %2d via %v\n", i, d, path(prev, i))
	}

	h := &PQ{}
	heap.Init(h)
	for i, d := range []int{5, 1, 4, 1, 3} {
		heap.Push(h, &Item{node: i, dist: d})
	}
	(*h)[0].dist = 10
	heap.Fix(h, 0)
	for h.Len() > 0 {
		it := heap.Pop(h).(*Item)
		fmt.Print(it.node, ":", it.dist, " ")
	}
	fmt.Println()
}
