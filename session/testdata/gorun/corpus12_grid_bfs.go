package main

import "fmt"

type point struct{ r, c int }

var dirs = [4]point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func numIslands(grid [][]byte) int {
	rows, cols := len(grid), len(grid[0])
	seen := make([][]bool, rows)
	for i := range seen {
		seen[i] = make([]bool, cols)
	}
	var dfs func(r, c int)
	dfs = func(r, c int) {
		if r < 0 || c < 0 || r >= rows || c >= cols || seen[r][c] || grid[r][c] == '0' {
			return
		}
		seen[r][c] = true
		for _, d := range dirs {
			dfs(r+d.r, c+d.c)
		}
	}
	count := 0
	for r := range rows {
		for c := range cols {
			if grid[r][c] == '1' && !seen[r][c] {
				count++
				dfs(r, c)
			}
		}
	}
	return count
}

func shortestPath(maze []string, start, end point) (int, []point) {
	rows, cols := len(maze), len(maze[0])
	prev := map[point]point{}
	dist := map[point]int{start: 0}
	queue := []point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			next := point{cur.r + d.r, cur.c + d.c}
			if next.r < 0 || next.c < 0 || next.r >= rows || next.c >= cols {
				continue
			}
			if maze[next.r][next.c] == '#' {
				continue
			}
			if _, ok := dist[next]; ok {
				continue
			}
			dist[next] = dist[cur] + 1
			prev[next] = cur
			queue = append(queue, next)
		}
	}
	d, ok := dist[end]
	if !ok {
		return -1, nil
	}
	path := []point{end}
	for p := end; p != start; {
		p = prev[p]
		path = append([]point{p}, path...)
	}
	return d, path
}

func main() {
	grid := [][]byte{
		[]byte("11000"),
		[]byte("11000"),
		[]byte("00100"),
		[]byte("00011"),
	}
	fmt.Println("islands:", numIslands(grid))
	maze := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		".##...#E",
	}
	d, path := shortestPath(maze, point{0, 0}, point{3, 7})
	fmt.Println("steps:", d)
	fmt.Println(path)
	out := make([][]byte, len(maze))
	for i, row := range maze {
		out[i] = []byte(row)
	}
	for _, p := range path[1 : len(path)-1] {
		out[p.r][p.c] = '*'
	}
	for _, row := range out {
		fmt.Println(string(row))
	}
	blocked := []string{"S#", "#E"}
	fmt.Println(shortestPath(blocked, point{0, 0}, point{1, 1}))
}
