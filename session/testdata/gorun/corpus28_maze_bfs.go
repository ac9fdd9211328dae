package main

import (
	"fmt"
	"strings"
)

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = []P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func parse(s string) (grid [][]byte, start, goal P) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'G':
				goal = P{r, c}
			}
		}
		grid = append(grid, row)
	}
	return
}

func bfs(grid [][]byte, start, goal P) ([]P, int) {
	prev := map[P]P{}
	seen := map[P]bool{start: true}
	queue := []P{start}
	visited := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		visited++
		if cur == goal {
			var path []P
			for p := goal; p != start; p = prev[p] {
				path = append([]P{p}, path...)
			}
			return append([]P{start}, path...), visited
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[n.R]) {
				continue
			}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, visited
}

const maze1 = `
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#...G#
##########`

const maze2 = `
#####
#S#G#
#.#.#
#####`

func main() {
	for i, m := range []string{maze1, maze2} {
		grid, s, g := parse(m)
		path, visited := bfs(grid, s, g)
		if path == nil {
			fmt.Printf("maze %d: no path (visited %d cells)\n", i+1, visited)
			continue
		}
		for _, p := range path[1 : len(path)-1] {
			grid[p.R][p.C] = '*'
		}
		fmt.Printf("maze %d: %d steps, visited %d\n", i+1, len(path)-1, visited)
		for _, row := range grid {
			fmt.Println(string(row))
		}
		fmt.Println(path[:3], path[len(path)-1])
	}
}
