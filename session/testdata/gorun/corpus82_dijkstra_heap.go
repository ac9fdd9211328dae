package main

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

type item struct {
	node string
	dist int
	idx  int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].dist < q[j].dist }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)        { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any          { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	q := &pq{{node: src}}
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		if cur.dist > dist[cur.node] {
			continue
		}
		for _, e := range g[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				heap.Push(q, &item{node: e.To, dist: nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, to string) []string {
	var p []string
	for n := to; n != ""; n = prev[n] {
		p = append(p, n)
	}
	slices.Reverse(p)
	return p
}

func main() {
	g := Graph{
		"A": {{"B", 4}, {"C", 2}},
		"B": {{"C", 5}, {"D", 10}},
		"C": {{"E", 3}},
		"D": {{"F", 11}},
		"E": {{"D", 4}},
		"F": nil,
		"G": nil,
	}
	dist, prev := g.Shortest("A")
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
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path(prev, n), "->"))
	}
}
