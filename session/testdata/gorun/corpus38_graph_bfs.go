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

func (g *Graph[N]) BFS(start N, visit func(N, int)) {
	dist := map[N]int{start: 0}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		visit(n, dist[n])
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
}

func (g *Graph[N]) Path(from, to N) []N {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	queue := []N{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			path := []N{to}
			for path[len(path)-1] != from {
				path = append(path, prev[path[len(path)-1]])
			}
			slices.Reverse(path)
			return path
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil
}

type Point struct{ X, Y int }

func main() {
	g := NewGraph[string]()
	g.AddEdge("A", "B")
	g.AddEdge("A", "C")
	g.AddEdge("B", "D")
	g.AddEdge("C", "D")
	g.AddEdge("D", "E")
	g.BFS("A", func(n string, d int) { fmt.Printf("%s(%d) ", n, d) })
	fmt.Println()
	fmt.Println("path A->E:", g.Path("A", "E"))
	fmt.Println("path A->Z:", g.Path("A", "Z"), g.Path("A", "Z") == nil)

	grid := NewGraph[Point]()
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x+1 < 3 {
				grid.AddEdge(Point{x, y}, Point{x + 1, y})
			}
			if y+1 < 3 {
				grid.AddEdge(Point{x, y}, Point{x, y + 1})
			}
		}
	}
	p := grid.Path(Point{0, 0}, Point{2, 2})
	fmt.Println(len(p)-1, "steps:", p)
	fmt.Printf("%+v\n", p[1])
}
