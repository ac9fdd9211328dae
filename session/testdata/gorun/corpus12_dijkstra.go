package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Item struct {
	node  string
	dist  int
	index int
}

type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
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
	*pq = old[:n-1]
	return item
}

func (pq *PriorityQueue) update(item *Item, dist int) {
	item.dist = dist
	heap.Fix(pq, item.index)
}

type edge struct {
	to     string
	weight int
}

func dijkstra(graph map[string][]edge, nodes []string, src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	items := map[string]*Item{}
	pq := PriorityQueue{}
	for _, n := range nodes {
		d := math.MaxInt
		if n == src {
			d = 0
		}
		dist[n] = d
		it := &Item{node: n, dist: d}
		items[n] = it
		heap.Push(&pq, it)
	}
	for pq.Len() > 0 {
		u := heap.Pop(&pq).(*Item)
		if u.dist == math.MaxInt {
			break
		}
		for _, e := range graph[u.node] {
			alt := u.dist + e.weight
			if alt < dist[e.to] {
				dist[e.to] = alt
				prev[e.to] = u.node
				pq.update(items[e.to], alt)
			}
		}
	}
	return dist, prev
}

func main() {
	nodes := []string{"A", "B", "C", "D", "E", "F"}
	graph := map[string][]edge{
		"A": {{"B", 7}, {"C", 9}, {"F", 14}},
		"B": {{"C", 10}, {"D", 15}},
		"C": {{"D", 11}, {"F", 2}},
		"D": {{"E", 6}},
		"F": {{"E", 9}},
	}
	dist, prev := dijkstra(graph, nodes, "A")
	for _, n := range nodes {
		var path []string
		for at := n; at != ""; at = prev[at] {
			path = append([]string{at}, path...)
		}
		fmt.Printf("%s: %2d via %s\n", n, dist[n], strings.Join(path, "->"))
	}
	graph["G"] = nil
	d2, _ := dijkstra(graph, append(nodes, "G"), "A")
	fmt.Println("G reachable:", d2["G"] != math.MaxInt)
}
