package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &Grid{w: w, h: h, cells: cells}
}

func (g *Grid) Set(x, y int, alive bool) { g.cells[y][x] = alive }

func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
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

func (g *Grid) Next() *Grid {
	ng := NewGrid(g.w, g.h)
	for y := range g.h {
		for x := range g.w {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			ng.Set(x, y, n == 3 || (alive && n == 2))
		}
	}
	return ng
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				sb.WriteRune('#')
			} else {
				sb.WriteRune('.')
			}
		}
		sb.WriteRune('\n')
	}
	return sb.String()
}

func (g *Grid) Population() (n int) {
	for _, row := range g.cells {
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
	glider := [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}
	for _, p := range glider {
		g.Set(p[0], p[1], true)
	}
	g.Set(6, 3, true)
	g.Set(6, 4, true)
	g.Set(6, 5, true)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d (population %d):\n%v", gen, g.Population(), g)
		g = g.Next()
	}
}
