package main

import (
	"fmt"
)

func numIslands(grid [][]byte) (int, int) {
	rows, cols := len(grid), len(grid[0])
	seen := make([][]bool, rows)
	for r := range rows {
		seen[r] = make([]bool, cols)
	}
	var flood func(r, c int) int
	flood = func(r, c int) int {
		if r < 0 || c < 0 || r >= rows || c >= cols || seen[r][c] || grid[r][c] != '1' {
			return 0
		}
		seen[r][c] = true
		return 1 + flood(r+1, c) + flood(r-1, c) + flood(r, c+1) + flood(r, c-1)
	}
	count, biggest := 0, 0
	for r := range rows {
		for c := range cols {
			if grid[r][c] == '1' && !seen[r][c] {
				count++
				biggest = max(biggest, flood(r, c))
			}
		}
	}
	return count, biggest
}

func parse(lines ...string) [][]byte {
	g := make([][]byte, len(lines))
	for i, l := range lines {
		g[i] = []byte(l)
	}
	return g
}

func hasCycle(n int, edges [][2]int) bool {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	state := make([]int8, n)
	var dfs func(int) bool
	dfs = func(u int) bool {
		state[u] = 1
		for _, v := range adj[u] {
			if state[v] == 1 || (state[v] == 0 && dfs(v)) {
				return true
			}
		}
		state[u] = 2
		return false
	}
	for u := range n {
		if state[u] == 0 && dfs(u) {
			return true
		}
	}
	return false
}

func main() {
	g := parse(
		"11000",
		"11011",
		"00100",
		"00011",
		"10111",
	)
	n, big := numIslands(g)
	fmt.Printf("islands=%d biggest=%d\n", n, big)
	n, big = numIslands(parse("000", "000"))
	fmt.Printf("islands=%d biggest=%d\n", n, big)

	fmt.Println(hasCycle(4, [][2]int{{0, 1}, {1, 2}, {2, 3}}))
	fmt.Println(hasCycle(4, [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}}))
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
