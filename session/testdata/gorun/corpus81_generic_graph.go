package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Graph[K cmp.Ordered] struct {
	adj map[K][]K
}

func NewGraph[K cmp.Ordered]() *Graph[K] { return &Graph[K]{adj: map[K][]K{}} }

func (g *Graph[K]) AddEdge(a, b K) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[K]) Neighbors(k K) []K {
	ns := slices.Clone(g.adj[k])
	slices.Sort(ns)
	return ns
}

// BFS returns the visit order and each node's distance from start.
func (g *Graph[K]) BFS(start K) ([]K, map[K]int) {
	dist := map[K]int{start: 0}
	order := []K{start}
	queue := []K{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, n := range g.Neighbors(cur) {
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				order = append(order, n)
				queue = append(queue, n)
			}
		}
	}
	return order, dist
}

func (g *Graph[K]) Path(from, to K) []K {
	prev := map[K]K{}
	seen := map[K]bool{from: true}
	queue := []K{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			path := []K{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path
		}
		for _, n := range g.Neighbors(cur) {
			if !seen[n] {
				seen[n] = true
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil
}

type Station string

func main() {
	g := NewGraph[string]()
	for _, e := range strings.Fields("A-B A-C B-D C-D D-E F-G") {
		a, b, _ := strings.Cut(e, "-")
		g.AddEdge(a, b)
	}
	order, dist := g.BFS("A")
	fmt.Println(order)
	fmt.Println(dist)
	fmt.Println(g.Path("A", "E"), g.Path("A", "G") == nil, g.Path("E", "E"))

	nums := NewGraph[int]()
	for i := 1; i < 10; i++ {
		nums.AddEdge(i, (i*3)%10)
	}
	o, d := nums.BFS(1)
	fmt.Println(o, d[7])
	fmt.Println(nums.Path(1, 9))

	metro := NewGraph[Station]()
	metro.AddEdge("Central", "Harbor")
	metro.AddEdge("Harbor", "Airport")
	metro.AddEdge("Central", "Park")
	route := metro.Path("Park", "Airport")
	fmt.Println(route, len(route))
	fmt.Printf("%T %q\n", route, route)
}
