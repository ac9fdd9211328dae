package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func NewGrid(w, h int) Grid {
	g := make(Grid, h)
	for i := range g {
		g[i] = make([]bool, w)
	}
	return g
}

func (g Grid) Alive(x, y int) bool {
	h, w := len(g), len(g[0])
	x = (x + w) % w
	y = (y + h) % h
	return g[y][x]
}

func (g Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	next := NewGrid(len(g[0]), len(g))
	for y := range g {
		for x := range g[y] {
			n := g.Neighbors(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Population() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	g := NewGrid(8, 6)
	// a glider
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g[p[1]][p[0]] = true
	}
	for gen := range 4 {
		fmt.Printf("generation %d (pop %d)\n%v", gen, g.Population(), g)
		g = g.Step()
	}
}
