package main

import "fmt"

type grid struct{ cells []func() string }

func (g *grid) fill(n int) {
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			g.cells = append(g.cells, func() string { return fmt.Sprintf("(%d,%d)", x, y) })
		}
	}
}

func main() {
	var g grid
	g.fill(2)
	for _, c := range g.cells {
		fmt.Print(c(), " ")
	}
	fmt.Println()

	sums := func() []func() int {
		var out []func() int
		for i, row := range [][]int{{1, 2}, {3}} {
			for _, v := range row {
				out = append(out, func() int { return i*100 + v })
			}
		}
		return out
	}()
	for _, s := range sums {
		fmt.Print(s(), " ")
	}
	fmt.Println()

	var total []func() int
	for i := range 3 {
		for j := i; j < 3; j++ {
			total = append(total, func() int { return i + j })
		}
	}
	for _, f := range total {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
