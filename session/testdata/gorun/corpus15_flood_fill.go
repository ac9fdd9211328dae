package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(o Point) Point { return Point{p.R + o.R, p.C + o.C} }

var dirs = [4]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func parse(s string) [][]byte {
	var g [][]byte
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(line))
	}
	return g
}

func inside(g [][]byte, p Point) bool {
	return p.R >= 0 && p.R < len(g) && p.C >= 0 && p.C < len(g[p.R])
}

func fill(g [][]byte, start Point, to byte) int {
	from := g[start.R][start.C]
	if from == to {
		return 0
	}
	n := 0
	var rec func(p Point)
	rec = func(p Point) {
		if !inside(g, p) || g[p.R][p.C] != from {
			return
		}
		g[p.R][p.C] = to
		n++
		for _, d := range dirs {
			rec(p.Add(d))
		}
	}
	rec(start)
	return n
}

func islands(g [][]byte) int {
	seen := map[Point]bool{}
	count := 0
	for r := range g {
		for c := range g[r] {
			p := Point{r, c}
			if g[r][c] != '#' || seen[p] {
				continue
			}
			count++
			queue := []Point{p}
			seen[p] = true
			for len(queue) > 0 {
				cur := queue[0]
				queue = queue[1:]
				for _, d := range dirs {
					nb := cur.Add(d)
					if inside(g, nb) && g[nb.R][nb.C] == '#' && !seen[nb] {
						seen[nb] = true
						queue = append(queue, nb)
					}
				}
			}
		}
	}
	return count
}

func bfsDist(g [][]byte, s, e Point) int {
	dist := map[Point]int{s: 0}
	q := []Point{s}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == e {
			return dist[cur]
		}
		for _, d := range dirs {
			nb := cur.Add(d)
			if _, ok := dist[nb]; !ok && inside(g, nb) && g[nb.R][nb.C] != '#' {
				dist[nb] = dist[cur] + 1
				q = append(q, nb)
			}
		}
	}
	return -1
}

func show(g [][]byte) {
	for _, row := range g {
		fmt.Println(string(row))
	}
}

func main() {
	img := parse(`
..##....
..#..#..
..####..
......##
`)
	fmt.Println(fill(img, Point{0, 0}, '~'))
	show(img)
	fmt.Println(fill(img, Point{0, 2}, '@'), fill(img, Point{0, 2}, '@'))
	show(img)
	sea := parse(`
#..#.
#..##
...#.
##...
`)
	fmt.Println("islands:", islands(sea))
	maze := parse(`
S.#....
.##.##.
...#...
.#...#E
`)
	fmt.Println("dist:", bfsDist(maze, Point{0, 0}, Point{3, 6}))
	fmt.Println(Point{1, 2}.Add(dirs[3]), dirs)
}
