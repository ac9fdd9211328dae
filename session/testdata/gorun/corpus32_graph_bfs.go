package main

import (
	"fmt"
	"slices"
)

type Graph[N comparable] struct {
	adj map[N][]N
}

func NewGraph[N comparable]() *Graph[N] {
	return &Graph[N]{adj: make(map[N][]N)}
}

func (g *Graph[N]) AddEdge(a, b N) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph[N]) ShortestPath(from, to N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	queue := []N{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			path := []N{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path, true
		}
		for _, nb := range g.adj[cur] {
			if !seen[nb] {
				seen[nb] = true
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil, false
}

type Coord struct{ X, Y int }

func main() {
	g := NewGraph[string]()
	g.AddEdge("home", "park")
	g.AddEdge("park", "shop")
	g.AddEdge("home", "school")
	g.AddEdge("school", "library")
	g.AddEdge("library", "shop")
	g.AddEdge("island", "boat")
	p, ok := g.ShortestPath("home", "shop")
	fmt.Println(p, ok)
	p, ok = g.ShortestPath("home", "island")
	fmt.Println(p, ok, p == nil)

	grid := NewGraph[Coord]()
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x+1 < 3 {
				grid.AddEdge(Coord{x, y}, Coord{x + 1, y})
			}
			if y+1 < 3 {
				grid.AddEdge(Coord{x, y}, Coord{x, y + 1})
			}
		}
	}
	cp, _ := grid.ShortestPath(Coord{0, 0}, Coord{2, 2})
	fmt.Println(len(cp)-1, cp[0], cp[len(cp)-1])
}
