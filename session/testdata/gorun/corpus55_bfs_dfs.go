package main

import (
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]string{}} }

func (g *Graph) AddEdge(u, v string) {
	g.adj[u] = append(g.adj[u], v)
	g.adj[v] = append(g.adj[v], u)
}

func (g *Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		node := queue[0]
		queue = queue[1:]
		order = append(order, node)
		nbrs := slices.Clone(g.adj[node])
		slices.Sort(nbrs)
		for _, n := range nbrs {
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
	visit = func(n string) {
		if visited[n] {
			return
		}
		visited[n] = true
		order = append(order, n)
		nbrs := slices.Sorted(slices.Values(g.adj[n]))
		for _, m := range nbrs {
			visit(m)
		}
	}
	visit(start)
	return order
}

func shortestPathLen(grid []string, sr, sc, tr, tc int) int {
	rows, cols := len(grid), len(grid[0])
	dist := make([][]int, rows)
	for i := range rows {
		dist[i] = make([]int, cols)
		for j := range cols {
			dist[i][j] = -1
		}
	}
	type pt struct{ r, c int }
	dist[sr][sc] = 0
	q := []pt{{sr, sc}}
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p.r == tr && p.c == tc {
			return dist[p.r][p.c]
		}
		for _, d := range dirs {
			nr, nc := p.r+d[0], p.c+d[1]
			if nr < 0 || nc < 0 || nr >= rows || nc >= cols || grid[nr][nc] == '#' || dist[nr][nc] >= 0 {
				continue
			}
			dist[nr][nc] = dist[p.r][p.c] + 1
			q = append(q, pt{nr, nc})
		}
	}
	return -1
}

func main() {
	g := NewGraph()
	for _, e := range [][2]string{{"A", "B"}, {"A", "C"}, {"B", "D"}, {"C", "D"}, {"D", "E"}, {"F", "G"}} {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println("BFS:", strings.Join(g.BFS("A"), " -> "))
	fmt.Println("DFS:", strings.Join(g.DFS("A"), " -> "))
	fmt.Println("BFS from F:", g.BFS("F"))

	grid := []string{
		"..#....",
		".##.##.",
		"....#..",
		"#.#...#",
		"...#...",
	}
	fmt.Println("maze shortest path:", shortestPathLen(grid, 0, 0, 4, 6))
	fmt.Println("unreachable:", shortestPathLen([]string{".#.", "##.", "..."}, 0, 0, 2, 2))
}
