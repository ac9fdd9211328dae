package main

import "fmt"

type Point struct{ R, C int }

var maze = []string{
	"##########",
	"#S.....#.#",
	"#.##.#.#.#",
	"#.#..#...#",
	"#.#.####.#",
	"#...#...E#",
	"##########",
}

func find(grid [][]rune, ch rune) Point {
	for r, row := range grid {
		for c, v := range row {
			if v == ch {
				return Point{r, c}
			}
		}
	}
	return Point{-1, -1}
}

func bfs(grid [][]rune, start, end Point) ([]Point, bool) {
	prev := map[Point]Point{}
	seen := map[Point]bool{start: true}
	queue := []Point{start}
	dirs := []Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []Point
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, true
		}
		for _, d := range dirs {
			n := Point{cur.R + d.R, cur.C + d.C}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, false
}

func main() {
	grid := make([][]rune, len(maze))
	for i, line := range maze {
		grid[i] = []rune(line)
	}
	start, end := find(grid, 'S'), find(grid, 'E')
	fmt.Println("start", start, "end", end)
	path, ok := bfs(grid, start, end)
	if !ok {
		fmt.Println("no path")
		return
	}
	for _, p := range path[1 : len(path)-1] {
		grid[p.R][p.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Printf("path length %d, first steps %v\n", len(path)-1, path[:3])
	fmt.Printf("%+v\n", path[len(path)-1])
}
