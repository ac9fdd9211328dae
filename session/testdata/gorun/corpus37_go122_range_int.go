package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	W, H  int
	cells []rune
}

func NewGrid(w, h int) *Grid {
	g := &Grid{W: w, H: h, cells: make([]rune, w*h)}
	for i := range len(g.cells) {
		g.cells[i] = '.'
	}
	return g
}

func (g *Grid) Set(x, y int, r rune) { g.cells[y*g.W+x] = r }

func (g *Grid) String() string {
	var b strings.Builder
	for y := range g.H {
		for x := range g.W {
			b.WriteRune(g.cells[y*g.W+x])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	g := NewGrid(5, 4)
	for i := range min(g.W, g.H) {
		g.Set(i, i, '#')
	}
	fmt.Print(g)

	type Count uint8
	var n Count = 4
	for c := range n {
		fmt.Printf("%T:%d ", c, c)
	}
	fmt.Println()

	total := 0
	for range 10 {
		total += 3
	}
	fmt.Println("total", total)

	const rows = 3
	for r := range rows {
		fmt.Println(strings.Repeat("*", r+1))
	}

	for i := range 0 {
		fmt.Println("never", i)
	}
	var i64 int64 = 2
	for v := range i64 {
		fmt.Printf("%T %v\n", v, v)
	}
}
