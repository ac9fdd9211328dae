package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type item struct {
	node string
	dist int
}

type pq []item

func (p pq) Len() int { return len(p) }
func (p pq) Less(i, j int) bool {
	if p[i].dist == p[j].dist {
		return p[i].node < p[j].node
	}
	return p[i].dist < p[j].dist
}
func (p pq) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *pq) Push(x any)   { *p = append(*p, x.(item)) }
func (p *pq) Pop() any {
	old := *p
	it := old[len(old)-1]
	*p = old[:len(old)-1]
	return it
}

func Dijkstra(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	h := &pq{{src, 0}}
	for h.Len() > 0 {
		cur := heap.Pop(h).(item)
		if d, ok := dist[cur.node]; ok && cur.dist > d {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(h, item{e.To, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for at := dst; ; at = prev[at] {
		p = append([]string{at}, p...)
		if at == src {
			return p
		}
		if _, ok := prev[at]; !ok {
			return nil
		}
	}
}

func main() {
	g := map[string][]Edge{}
	add := func(a, b string, w int) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add("A", "B", 4)
	add("A", "C", 2)
	add("B", "C", 1)
	add("B", "D", 5)
	add("C", "D", 8)
	add("C", "E", 10)
	add("D", "E", 2)
	add("D", "F", 6)
	add("E", "F", 2)
	g["Z"] = nil
	dist, prev := Dijkstra(g, "A")
	for _, n := range strings.Split("ABCDEFZ", "") {
		d, ok := dist[n]
		if !ok {
			fmt.Printf("%s: unreachable (%v)\n", n, math.Inf(1))
			continue
		}
		fmt.Printf("%s: %2d via %s\n", n, d, strings.Join(path(prev, "A", n), "->"))
	}
}
