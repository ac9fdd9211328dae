package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Grid[T any] struct {
	W, H  int
	cells []T
}

func NewGrid[T any](w, h int, fill T) *Grid[T] {
	g := &Grid[T]{W: w, H: h, cells: make([]T, w*h)}
	for i := range g.cells {
		g.cells[i] = fill
	}
	return g
}

func (g *Grid[T]) At(x, y int) T     { return g.cells[y*g.W+x] }
func (g *Grid[T]) Set(x, y int, v T) { g.cells[y*g.W+x] = v }

func (g *Grid[T]) All() iter.Seq2[[2]int, T] {
	return func(yield func([2]int, T) bool) {
		for y := range g.H {
			for x := range g.W {
				if !yield([2]int{x, y}, g.At(x, y)) {
					return
				}
			}
		}
	}
}

func MapGrid[T, U any](g *Grid[T], f func(T) U) *Grid[U] {
	var zero U
	out := NewGrid(g.W, g.H, zero)
	for p, v := range g.All() {
		out.Set(p[0], p[1], f(v))
	}
	return out
}

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{m: map[T]struct{}{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s Set[T]) Len() int     { return len(s.m) }

type Terrain byte

func (t Terrain) String() string { return string(t) }

func render[T fmt.Stringer](g *Grid[T]) string {
	var sb strings.Builder
	for p, v := range g.All() {
		sb.WriteString(v.String())
		if p[0] == g.W-1 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func main() {
	g := NewGrid[Terrain](6, 3, '.')
	for _, p := range [][2]int{{1, 1}, {2, 1}, {4, 0}, {5, 2}} {
		g.Set(p[0], p[1], '^')
	}
	fmt.Print(render(g))
	costs := MapGrid(g, func(t Terrain) int {
		if t == '^' {
			return 3
		}
		return 1
	})
	total := 0
	for _, c := range costs.All() {
		total += c
	}
	fmt.Println("total cost", total, costs.At(1, 1), fmt.Sprintf("%T", costs))
	visited := NewSet[[2]int]()
	for p, t := range g.All() {
		if t == '^' {
			break
		}
		visited.Add(p)
	}
	fmt.Println(visited.Len(), visited.Has([2]int{3, 0}), visited.Has([2]int{4, 0}))
	names := NewSet("orc", "elf", "orc")
	fmt.Println(names.Len(), names.Has("elf"))
	double := MapGrid[int, int]
	d := double(costs, func(n int) int { return n * 2 })
	fmt.Println(slices.Collect(func(yield func(int) bool) {
		for _, v := range d.All() {
			if !yield(v) {
				return
			}
		}
	})[:8])
}
