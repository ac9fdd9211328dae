package main

import "fmt"

type grid [][]byte

func parse(rows ...string) grid {
	g := make(grid, len(rows))
	for i, r := range rows {
		g[i] = []byte(r)
	}
	return g
}

func (g grid) fill(r, c int, from, to byte) int {
	if r < 0 || r >= len(g) || c < 0 || c >= len(g[r]) || g[r][c] != from {
		return 0
	}
	g[r][c] = to
	n := 1
	for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
		n += g.fill(r+d[0], c+d[1], from, to)
	}
	return n
}

func (g grid) print() {
	for _, row := range g {
		fmt.Println(string(row))
	}
}

func main() {
	g := parse(
		"..##....",
		".#..#...",
		".#..#.##",
		"..##..#.",
		"......#.",
	)
	n := g.fill(1, 2, '.', 'o')
	fmt.Println("filled inside:", n)
	g.print()
	n = g.fill(0, 0, '.', '~')
	fmt.Println("filled outside:", n)
	g.print()

	islands := 0
	m := parse("11000", "11010", "00100", "00011")
	for r := range m {
		for c := range m[r] {
			if m[r][c] == '1' {
				islands++
				size := m.fill(r, c, '1', byte('a'+islands-1))
				fmt.Printf("island %d size %d\n", islands, size)
			}
		}
	}
	m.print()
}
