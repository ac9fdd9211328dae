package main

import (
	"fmt"
	"sort"
	"strings"
)

type point struct{ x, y int }

func (p point) add(q point) point { return point{p.x + q.x, p.y + q.y} }
func (p point) String() string    { return fmt.Sprintf("<%d,%d>", p.x, p.y) }
func (p *point) scale(k int)      { p.x *= k; p.y *= k }

type logger struct{ prefix string }

func (l logger) log(msgs ...string) { fmt.Println(l.prefix + strings.Join(msgs, " ")) }

func apply(ps []point, f func(point, point) point, q point) []point {
	out := make([]point, len(ps))
	for i, p := range ps {
		out[i] = f(p, q)
	}
	return out
}

func main() {
	add := point.add
	fmt.Println(add(point{1, 2}, point{3, 4}))
	fmt.Println(apply([]point{{0, 0}, {1, 1}}, point.add, point{10, 20}))
	p := point{2, 3}
	p.scale(4)
	fmt.Println(p, point.String(p))
	log := logger.log
	log(logger{"[a] "}, "one", "two")
	logger.log(logger{"[b] "})
	names := []string{"b", "a"}
	less := func(i, j int) bool { return names[i] < names[j] }
	sort.Slice(names, less)
	fmt.Println(names)
}
