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

func (g *Grid) Next(x, y int) bool {
	n := g.Neighbors(x, y)
	alive := g.Alive(x, y)
	return n == 3 || n == 2 && alive
}

func (g *Grid) String() string {
	var b strings.Builder
	for y := range g.h {
		for x := range g.w {
			if g.Alive(x, y) {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

type Life struct {
	a, b *Grid
	gen  int
}

func (l *Life) Step() {
	for y := range l.a.h {
		for x := range l.a.w {
			l.b.Set(x, y, l.a.Next(x, y))
		}
	}
	l.a, l.b = l.b, l.a
	l.gen++
}

func (l *Life) Population() int {
	p := 0
	for _, row := range l.a.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func main() {
	l := &Life{a: NewGrid(6, 6), b: NewGrid(6, 6)}
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		l.a.Set(p[0], p[1], true)
	}
	fmt.Print(l.a)
	for range 4 {
		l.Step()
	}
	fmt.Printf("gen %d pop %d\n%v", l.gen, l.Population(), l.a)
	blink := &Life{a: NewGrid(5, 5), b: NewGrid(5, 5)}
	for x := 1; x <= 3; x++ {
		blink.a.Set(x, 2, true)
	}
	for i := 0; i < 3; i++ {
		blink.Step()
		fmt.Println(blink.gen, blink.Population(), blink.a.Alive(2, 1), blink.a.Alive(1, 2))
	}
	fmt.Println(blink.a.Neighbors(2, 2), blink.a.Neighbors(0, 0))
}
