package main

import "fmt"

type Vec struct{ X, Y int }

type Grid [3][3]int

type Player struct {
	Name  string
	Pos   Vec
	Items []string
	Stats map[string]int
}

func move(p Player) Player {
	p.Pos.X++
	p.Items = append(p.Items, "boots")
	p.Stats["moves"]++
	return p
}

func (g Grid) Set(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	var g Grid
	g2 := g.Set(1, 1, 5)
	fmt.Println(g[1][1], g2[1][1])
	p := Player{Name: "ann", Items: make([]string, 0, 4), Stats: map[string]int{}}
	q := move(p)
	fmt.Println(p.Pos, q.Pos, len(p.Items), len(q.Items), p.Stats["moves"])
	fmt.Println(Vec{1, 2} == Vec{1, 2}, Vec{1, 2} == Vec{2, 1})
	seen := map[Vec]bool{{0, 0}: true}
	v := Vec{0, 0}
	fmt.Println(seen[v], seen[Vec{1, 0}])
	vs := []Vec{{1, 1}, {2, 2}}
	for _, v := range vs {
		v.X = 100
	}
	for i := range vs {
		vs[i].Y *= 10
	}
	fmt.Println(vs)
	arrs := map[string][2]int{"a": {1, 2}}
	x := arrs["a"]
	x[0] = 7
	fmt.Println(arrs, x)
	ptr := &vs[0]
	vs = append(vs, Vec{3, 3})
	ptr.X = -1
	fmt.Println(len(vs), ptr.X)
}
