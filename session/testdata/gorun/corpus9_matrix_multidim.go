package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (m Matrix) Mul(o Matrix) Matrix {
	res := NewMatrix(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			for k := range o {
				res[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return res
}

func (m Matrix) T() Matrix {
	res := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			res[j][i] = v
		}
	}
	return res
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Board [3][3]rune

func (b Board) Winner() rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		c := b[l[0][0]][l[0][1]]
		if c != '.' && c == b[l[1][0]][l[1][1]] && c == b[l[2][0]][l[2][1]] {
			return c
		}
	}
	return '-'
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.T())
	fmt.Println(len(a), len(a[0]), a)

	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	g2 := grid
	g2[2][3] = -1
	fmt.Println(grid[2], g2[2], grid == g2)

	var cube [2][2][2]string
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = fmt.Sprintf("%d%d%d", i, j, k)
			}
		}
	}
	fmt.Println(cube)

	var bd Board
	for i := range bd {
		for j := range bd[i] {
			bd[i][j] = '.'
		}
	}
	moves := [][2]int{{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 2}, {2, 2}, {0, 1}, {2, 1}}
	for n, mv := range moves {
		p := 'X'
		if n%2 == 1 {
			p = 'O'
		}
		bd[mv[0]][mv[1]] = p
		if w := bd.Winner(); w != '-' {
			fmt.Printf("winner %c after %d\n", w, n+1)
			break
		}
	}
	for _, row := range bd {
		fmt.Println(string(row[:]))
	}
	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	jag[0] = append(jag[0], 10, 11)
	fmt.Println(jag, len(jag[0]))
}
