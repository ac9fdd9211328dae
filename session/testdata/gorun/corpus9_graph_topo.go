package main

import (
	"fmt"
	"sort"
	"strings"
)

var prereqs = map[string][]string{
	"algorithms":            {"data structures"},
	"calculus":              {"linear algebra"},
	"compilers":             {"data structures", "formal languages", "computer organization"},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)
	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys)
	return order
}

type Graph map[int][]int

func (g Graph) BFS(start int) []int {
	visited := map[int]bool{start: true}
	queue := []int{start}
	var out []int
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n)
		for _, m := range g[n] {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return out
}

func (g Graph) DFS(n int, visited map[int]bool, visit func(int)) {
	if visited[n] {
		return
	}
	visited[n] = true
	visit(n)
	for _, m := range g[n] {
		g.DFS(m, visited, visit)
	}
}

func (g Graph) Dist(from int) map[int]int {
	d := map[int]int{from: 0}
	q := []int{from}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		for _, m := range g[n] {
			if _, ok := d[m]; !ok {
				d[m] = d[n] + 1
				q = append(q, m)
			}
		}
	}
	return d
}

func main() {
	for i, course := range topoSort(prereqs) {
		fmt.Printf("%2d:\t%s\n", i+1, course)
	}
	g := Graph{1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: {6}, 6: {}}
	fmt.Println("bfs", g.BFS(1))
	var dfs []string
	g.DFS(1, map[int]bool{}, func(n int) { dfs = append(dfs, fmt.Sprint(n)) })
	fmt.Println("dfs", strings.Join(dfs, "->"))
	d := g.Dist(1)
	for n := 1; n <= 6; n++ {
		fmt.Print(n, ":", d[n], " ")
	}
	fmt.Println()
}
