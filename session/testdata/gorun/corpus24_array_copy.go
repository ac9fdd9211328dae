package main

import "fmt"

type Grid struct {
	Name  string
	Cells [3][3]int
}

type Holder struct {
	Arr   [3]int
	Slice []int
}

func mark(g Grid) Grid {
	g.Cells[1][1] = 9
	return g
}

func markPtr(g *Grid) {
	g.Cells[0][0] = 1
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println("a:", a, "b:", b, "equal:", a == b)

	g := Grid{Name: "board"}
	h := g
	h.Cells[2][2] = 5
	fmt.Println("g:", g.Cells, "h:", h.Cells)

	m := mark(g)
	fmt.Println("after mark, g:", g.Cells[1], "returned:", m.Cells[1])
	markPtr(&g)
	fmt.Println("after markPtr, g:", g.Cells[0])

	x := Holder{Arr: [3]int{1, 2, 3}, Slice: []int{1, 2, 3}}
	y := x
	y.Arr[0] = -1
	y.Slice[0] = -1
	fmt.Printf("x: %+v\n", x)
	fmt.Printf("y: %+v\n", y)

	grids := []Grid{{Name: "one"}, {Name: "two"}}
	for _, gr := range grids {
		gr.Cells[0][0] = 7
	}
	fmt.Println("range copy:", grids[0].Cells[0][0], grids[1].Cells[0][0])
	for i := range grids {
		grids[i].Cells[0][0] = 7
	}
	fmt.Println("index write:", grids[0].Cells[0][0], grids[1].Cells[0][0])

	pa := &a
	pa[1] = 42
	fmt.Println("through pointer:", a, len(pa))
}
