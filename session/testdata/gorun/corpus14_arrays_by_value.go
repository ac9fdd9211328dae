package main

import "fmt"

type Grid [3][3]int

func (g Grid) Set(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func (g *Grid) SetInPlace(r, c, v int) { g[r][c] = v }

func zero(a [4]int) {
	for i := range a {
		a[i] = 0
	}
}

func zeroPtr(a *[4]int) {
	for i := range a {
		a[i] = 0
	}
}

type Matrix struct {
	Rows [2][2]float64
	Tag  string
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b)
	zero(a)
	fmt.Println(a)
	zeroPtr(&b)
	fmt.Println(b, b == [4]int{})

	var g Grid
	g2 := g.Set(1, 1, 5)
	fmt.Println(g[1][1], g2[1][1])
	g.SetInPlace(0, 2, 9)
	fmt.Println(g)

	m := Matrix{Rows: [2][2]float64{{1, 2}, {3, 4}}, Tag: "m"}
	n := m
	n.Rows[0][0] = -1
	n.Tag = "n"
	fmt.Printf("%v %v\n", m, n)
	fmt.Printf("%+v\n", n)

	arrs := map[string][2]int{"p": {1, 2}}
	v := arrs["p"]
	v[0] = 42
	fmt.Println(arrs["p"], v)
	arrs["p"] = v
	fmt.Println(arrs)

	for i, row := range g {
		row[0] = 7
		fmt.Println(i, row, g[i])
	}
	sl := a[:]
	sl[1] = 55
	fmt.Println(a, len(sl), cap(sl))

	type pair [2]string
	set := map[pair]int{{"a", "b"}: 1}
	set[pair{"a", "b"}]++
	set[pair{"b", "a"}]++
	fmt.Println(len(set), set[pair{"a", "b"}])
}
