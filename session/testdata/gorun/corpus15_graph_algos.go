package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Graph struct {
	adj map[string]map[string]int
}

func (g *Graph) AddEdge(a, b string, w int) {
	if g.adj == nil {
		g.adj = map[string]map[string]int{}
	}
	for _, n := range []string{a, b} {
		if g.adj[n] == nil {
			g.adj[n] = map[string]int{}
		}
	}
	g.adj[a][b] = w
}

func (g *Graph) Nodes() []string {
	ns := make([]string, 0, len(g.adj))
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.Nodes() {
		for m := range g.adj[n] {
			indeg[m]++
		}
	}
	var queue, order []string
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		next := []string{}
		for m := range g.adj[n] {
			indeg[m]--
			if indeg[m] == 0 {
				next = append(next, m)
			}
		}
		slices.Sort(next)
		queue = append(queue, next...)
	}
	if len(order) != len(g.adj) {
		return order, fmt.Errorf("cycle: sorted %d of %d", len(order), len(g.adj))
	}
	return order, nil
}

type item struct {
	node string
	dist int
}
type minHeap []item

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}
func (h minHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)   { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() any {
	o := *h
	x := o[len(o)-1]
	*h = o[:len(o)-1]
	return x
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.Nodes() {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for nb, w := range g.adj[cur.node] {
			if nd := cur.dist + w; nd < dist[nb] {
				dist[nb] = nd
				prev[nb] = cur.node
				heap.Push(h, item{nb, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	p := []string{to}
	for {
		f, ok := prev[p[0]]
		if !ok {
			return p
		}
		p = append([]string{f}, p...)
	}
}

func main() {
	var deps Graph
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"socks", "shoes"}, {"shirt", "belt"}} {
		deps.AddEdge(e[0], e[1], 1)
	}
	order, err := deps.TopoSort()
	fmt.Println(order, err)
	deps.AddEdge("jacket", "shirt", 1)
	order, err = deps.TopoSort()
	fmt.Println(order, err)

	var roads Graph
	roads.AddEdge("A", "B", 4)
	roads.AddEdge("A", "C", 2)
	roads.AddEdge("C", "B", 1)
	roads.AddEdge("B", "D", 5)
	roads.AddEdge("C", "D", 8)
	roads.AddEdge("D", "E", 3)
	roads.AddEdge("F", "A", 1)
	dist, prev := roads.Dijkstra("A")
	for _, n := range roads.Nodes() {
		d := dist[n]
		if d == math.MaxInt {
			fmt.Println(n, "unreachable")
			continue
		}
		fmt.Println(n, d, path(prev, n))
	}
}
