package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
)

type Edge struct {
	to, weight int
}

type state struct {
	node, dist int
}

type minHeap []state

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i].dist < h[j].dist }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(state)) }
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func dijkstra(graph [][]Edge, src int) ([]int, []int) {
	dist := make([]int, len(graph))
	prev := make([]int, len(graph))
	for i := range dist {
		dist[i] = math.MaxInt
		prev[i] = -1
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(state)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range graph[cur.node] {
			nd := cur.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(h, state{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []int {
	var p []int
	for at := to; at != -1; at = prev[at] {
		p = append(p, at)
	}
	slices.Reverse(p)
	return p
}

func main() {
	n := 6
	graph := make([][]Edge, n)
	add := func(u, v, w int) {
		graph[u] = append(graph[u], Edge{v, w})
		graph[v] = append(graph[v], Edge{u, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)

	dist, prev := dijkstra(graph, 0)
	for v := range n {
		if dist[v] == math.MaxInt {
			fmt.Printf("node %d: unreachable\n", v)
			continue
		}
		fmt.Printf("node %d: dist=%-3d path=%v\n", v, dist[v], path(prev, v))
	}
	fmt.Println("farthest:", slices.Max(dist))
}
