package main

import (
	"fmt"
	"slices"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph {
	return &Graph{adj: map[string][]string{}}
}

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		for _, w := range g.adj[v] {
			if !visited[w] {
				visited[w] = true
				queue = append(queue, w)
			}
		}
	}
	return order
}

func (g *Graph) DFS(start string) []string {
	visited := make(map[string]bool)
	var order []string
	var visit func(string)
	visit = func(v string) {
		visited[v] = true
		order = append(order, v)
		for _, w := range g.adj[v] {
			if !visited[w] {
				visit(w)
			}
		}
	}
	visit(start)
	return order
}

func (g *Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{}
	seen := map[string]bool{from: true}
	q := []string{from}
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		if v == to {
			break
		}
		for _, w := range g.adj[v] {
			if !seen[w] {
				seen[w] = true
				prev[w] = v
				q = append(q, w)
			}
		}
	}
	if !seen[to] {
		return nil
	}
	path := []string{to}
	for at := to; at != from; {
		at = prev[at]
		path = append(path, at)
	}
	slices.Reverse(path)
	return path
}

func main() {
	g := NewGraph()
	edges := [][2]string{{"A", "B"}, {"A", "C"}, {"B", "D"}, {"C", "D"}, {"D", "E"}, {"F", "G"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println("BFS:", g.BFS("A"))
	fmt.Println("DFS:", g.DFS("A"))
	fmt.Println("path A->E:", g.ShortestPath("A", "E"))
	fmt.Println("path A->G:", g.ShortestPath("A", "G"))

	components := 0
	seen := map[string]bool{}
	keys := make([]string, 0, len(g.adj))
	for k := range g.adj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !seen[k] {
			components++
			for _, v := range g.BFS(k) {
				seen[v] = true
			}
		}
	}
	fmt.Println("components:", components)
}
