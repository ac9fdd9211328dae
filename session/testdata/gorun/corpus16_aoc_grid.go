package main

import (
	"fmt"
	"strings"
)

const grid = `30373
25512
65332
33549
35390`

type point struct{ r, c int }

func main() {
	rows := strings.Split(grid, "\n")
	h := make([][]int, len(rows))
	for i, row := range rows {
		for _, ch := range row {
			h[i] = append(h[i], int(ch-'0'))
		}
	}
	dirs := []point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	visible := 0
	best, bestAt := 0, point{}
	for r := range h {
		for c := range h[r] {
			vis := false
			score := 1
			for _, d := range dirs {
				p := point{r + d.r, c + d.c}
				n := 0
				blocked := false
				for p.r >= 0 && p.r < len(h) && p.c >= 0 && p.c < len(h[0]) {
					n++
					if h[p.r][p.c] >= h[r][c] {
						blocked = true
						break
					}
					p.r += d.r
					p.c += d.c
				}
				if !blocked {
					vis = true
				}
				score *= n
			}
			if vis {
				visible++
			}
			if score > best {
				best, bestAt = score, point{r, c}
			}
		}
	}
	fmt.Println("visible:", visible)
	fmt.Printf("best: %d at %+v\n", best, bestAt)

	seen := map[point]bool{}
	head, tail := point{}, point{}
	seen[tail] = true
	moves := "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2"
	step := map[string]point{"R": {0, 1}, "L": {0, -1}, "U": {-1, 0}, "D": {1, 0}}
	sign := func(x int) int {
		switch {
		case x > 0:
			return 1
		case x < 0:
			return -1
		}
		return 0
	}
	for _, m := range strings.Split(moves, "\n") {
		var dir string
		var n int
		fmt.Sscan(m, &dir, &n)
		for ; n > 0; n-- {
			head.r += step[dir].r
			head.c += step[dir].c
			dr, dc := head.r-tail.r, head.c-tail.c
			if dr*dr+dc*dc > 2 {
				tail.r += sign(dr)
				tail.c += sign(dc)
			}
			seen[tail] = true
		}
	}
	fmt.Println("tail visited:", len(seen), "head", head, "tail", tail)
}
