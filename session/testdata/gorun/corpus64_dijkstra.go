package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	to     int
	weight int
}

type state struct {
	node, dist int
}

type minHeap []state

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].dist == h[j].dist {
		return h[i].node < h[j].node
	}
	return h[i].dist < h[j].dist
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(state)) }
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	v := old[n-1]
	*h = old[:n-1]
	return v
}

func dijkstra(graph [][]Edge, src int) ([]int, []int) {
	dist := make([]int, len(graph))
	prev := make([]int, len(graph))
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	pq := &minHeap{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(state)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range graph[cur.node] {
			if nd := cur.dist + e.weight; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, state{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) string {
	var nodes []string
	for v := to; v != -1; v = prev[v] {
		nodes = append([]string{fmt.Sprint(v)}, nodes...)
	}
	return strings.Join(nodes, "->")
}

func main() {
	n := 6
	graph := make([][]Edge, n)
	add := func(a, b, w int) {
		graph[a] = append(graph[a], Edge{b, w})
		graph[b] = append(graph[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	graph = append(graph, nil) // isolated node 6

	dist, prev := dijkstra(graph, 0)
	for v, d := range dist {
		if d == math.MaxInt {
			fmt.Printf("node %d: unreachable\n", v)
			continue
		}
		fmt.Printf("node %d: dist=%-3d path=%s\n", v, d, path(prev, v))
	}
}
