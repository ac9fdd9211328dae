package main

import (
	"fmt"
	"sort"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph { return &Graph{adj: make(map[string][]string)} }

func (g *Graph) AddEdge(a, b string) {
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) neighbors(v string) []string {
	ns := append([]string(nil), g.adj[v]...)
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		order = append(order, v)
		for _, n := range g.neighbors(v) {
			if !visited[n] {
				visited[n] = true
				queue = append(queue, n)
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
		for _, n := range g.neighbors(v) {
			if !visited[n] {
				visit(n)
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
		for _, n := range g.neighbors(v) {
			if !seen[n] {
				seen[n] = true
				prev[n] = v
				q = append(q, n)
			}
		}
	}
	if !seen[to] {
		return nil
	}
	path := []string{to}
	for at := to; at != from; {
		at = prev[at]
		path = append([]string{at}, path...)
	}
	return path
}

func main() {
	g := NewGraph()
	edges := [][2]string{{"A", "B"}, {"A", "C"}, {"B", "D"}, {"C", "D"}, {"D", "E"}, {"E", "F"}, {"C", "G"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println("BFS:", g.BFS("A"))
	fmt.Println("DFS:", g.DFS("A"))
	fmt.Println("path A->F:", g.ShortestPath("A", "F"))
	g.adj["Z"] = nil
	fmt.Println("path A->Z:", g.ShortestPath("A", "Z"), g.ShortestPath("A", "Z") == nil)
}
