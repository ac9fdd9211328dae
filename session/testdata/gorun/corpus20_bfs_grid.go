package main

import "fmt"

type pos struct{ r, c int }

func main() {
	maze := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"#.#...#.",
		"..#.#.#E",
	}
	rows, cols := len(maze), len(maze[0])
	var start, end pos
	for r, line := range maze {
		for c, ch := range line {
			switch ch {
			case 'S':
				start = pos{r, c}
			case 'E':
				end = pos{r, c}
			}
		}
	}
	dirs := [4]pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	dist := map[pos]int{start: 0}
	prev := map[pos]pos{}
	queue := []pos{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			nxt := pos{cur.r + d.r, cur.c + d.c}
			if nxt.r < 0 || nxt.r >= rows || nxt.c < 0 || nxt.c >= cols {
				continue
			}
			if maze[nxt.r][nxt.c] == '#' {
				continue
			}
			if _, seen := dist[nxt]; seen {
				continue
			}
			dist[nxt] = dist[cur] + 1
			prev[nxt] = cur
			queue = append(queue, nxt)
		}
	}
	fmt.Println("shortest:", dist[end])
	grid := make([][]byte, rows)
	for i := range grid {
		grid[i] = []byte(maze[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}

	islands := [][]int{
		{1, 1, 0, 0, 1},
		{1, 0, 0, 1, 1},
		{0, 0, 1, 0, 0},
		{1, 0, 1, 1, 0},
	}
	var sink func(r, c int) int
	sink = func(r, c int) int {
		if r < 0 || c < 0 || r >= len(islands) || c >= len(islands[0]) || islands[r][c] == 0 {
			return 0
		}
		islands[r][c] = 0
		return 1 + sink(r+1, c) + sink(r-1, c) + sink(r, c+1) + sink(r, c-1)
	}
	var sizes []int
	for r := range islands {
		for c := range islands[r] {
			if islands[r][c] == 1 {
				sizes = append(sizes, sink(r, c))
			}
		}
	}
	fmt.Println("islands:", len(sizes), sizes)
	fmt.Printf("%v %+v\n", start, end)
}
