package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type pqItem struct {
	node string
	dist int
}

type minPQ []pqItem

func (p minPQ) Len() int { return len(p) }
func (p minPQ) Less(i, j int) bool {
	if p[i].dist != p[j].dist {
		return p[i].dist < p[j].dist
	}
	return p[i].node < p[j].node
}
func (p minPQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *minPQ) Push(x any)   { *p = append(*p, x.(pqItem)) }
func (p *minPQ) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	pq := &minPQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(pqItem)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.weight
			if nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = cur.node
				heap.Push(pq, pqItem{e.to, nd})
			}
		}
	}
	return dist, prev
}

func main() {
	g := map[string][]Edge{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}},
		"F": {},
		"X": {},
	}
	dist, prev := dijkstra(g, "A")
	nodes := make([]string, 0, len(dist))
	for n := range dist {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		path := []string{n}
		for p, ok := prev[n]; ok; p, ok = prev[p] {
			path = append(path, p)
		}
		slices.Reverse(path)
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path, "->"))
	}
}
