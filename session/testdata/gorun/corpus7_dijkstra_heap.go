package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) AddEdge(a, b string, w int) {
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

type item struct {
	node  string
	dist  int
	index int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	return it
}

func (g *Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g.adj {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &PQ{}
	heap.Push(pq, &item{node: src, dist: 0})
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(*item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, &item{node: e.to, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) string {
	var p []string
	for at := to; at != ""; at = prev[at] {
		p = append([]string{at}, p...)
	}
	return strings.Join(p, " -> ")
}

func main() {
	g := NewGraph()
	g.AddEdge("A", "B", 4)
	g.AddEdge("A", "C", 2)
	g.AddEdge("B", "C", 1)
	g.AddEdge("B", "D", 5)
	g.AddEdge("C", "D", 8)
	g.AddEdge("C", "E", 10)
	g.AddEdge("D", "E", 2)
	g.AddEdge("D", "F", 6)
	g.AddEdge("E", "F", 2)
	g.AddEdge("X", "Y", 1)
	dist, prev := g.Shortest("A")
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "X"} {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s unreachable\n", n)
			continue
		}
		fmt.Printf("%s %2d  %s\n", n, dist[n], path(prev, n))
	}

	h := &PQ{}
	heap.Init(h)
	for i, w := range []int{5, 1, 4, 1, 3} {
		heap.Push(h, &item{node: fmt.Sprint("n", i), dist: w})
	}
	(*h)[0].dist = 9
	heap.Fix(h, 0)
	for h.Len() > 0 {
		it := heap.Pop(h).(*item)
		fmt.Print(it.node, ":", it.dist, " ")
	}
	fmt.Println()
}
