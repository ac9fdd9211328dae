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
	c := make([][]bool, h)
	for i := range c {
		c[i] = make([]bool, w)
	}
	return &Grid{w: w, h: h, cells: c}
}

func (g *Grid) Set(x, y int, v bool) { g.cells[y][x] = v }

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

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			next.Set(x, y, n == 3 || (alive && n == 2))
		}
	}
	return next
}

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
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
	blinker := []struct{ x, y int }{{6, 3}, {6, 4}, {6, 5}}
	for _, p := range blinker {
		g.Set(p.x, p.y, true)
	}
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("generation %d (population %d)\n", gen, g.Population())
		fmt.Print(g)
		g = g.Step()
	}
	fmt.Println(g.Neighbors(0, 0), g.Alive(-1, -1))
}
