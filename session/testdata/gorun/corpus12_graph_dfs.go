package main

import (
	"fmt"
	"slices"
)

func canFinish(numCourses int, prerequisites [][]int) (bool, []int) {
	graph := make([][]int, numCourses)
	indeg := make([]int, numCourses)
	for _, p := range prerequisites {
		graph[p[1]] = append(graph[p[1]], p[0])
		indeg[p[0]]++
	}
	var queue, order []int
	for i, d := range indeg {
		if d == 0 {
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range graph[n] {
			indeg[m]--
			if indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	return len(order) == numCourses, order
}

type Graph struct {
	adj map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	if g.adj == nil {
		g.adj = map[string][]string{}
	}
	g.adj[a] = append(g.adj[a], b)
	g.adj[b] = append(g.adj[b], a)
}

func (g *Graph) DFS(start string, visit func(string)) {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		visit(n)
		nbrs := slices.Clone(g.adj[n])
		slices.Sort(nbrs)
		for _, m := range nbrs {
			walk(m)
		}
	}
	walk(start)
}

func allPaths(graph [][]int) [][]int {
	var res [][]int
	var path []int
	var dfs func(int)
	dfs = func(node int) {
		path = append(path, node)
		defer func() { path = path[:len(path)-1] }()
		if node == len(graph)-1 {
			res = append(res, slices.Clone(path))
			return
		}
		for _, next := range graph[node] {
			dfs(next)
		}
	}
	dfs(0)
	return res
}

func permutations(nums []int) [][]int {
	var res [][]int
	used := make([]bool, len(nums))
	cur := []int{}
	var bt func()
	bt = func() {
		if len(cur) == len(nums) {
			res = append(res, append([]int(nil), cur...))
			return
		}
		for i, n := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			cur = append(cur, n)
			bt()
			cur = cur[:len(cur)-1]
			used[i] = false
		}
	}
	bt()
	return res
}

func main() {
	ok, order := canFinish(4, [][]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}})
	fmt.Println(ok, order)
	ok, order = canFinish(2, [][]int{{1, 0}, {0, 1}})
	fmt.Println(ok, order, order == nil)

	var g Graph
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"x", "y"}} {
		g.AddEdge(e[0], e[1])
	}
	var visited []string
	g.DFS("a", func(n string) { visited = append(visited, n) })
	fmt.Println(visited)
	fmt.Println(allPaths([][]int{{1, 2}, {3}, {3}, {}}))
	fmt.Println(permutations([]int{1, 2, 3}))
}
