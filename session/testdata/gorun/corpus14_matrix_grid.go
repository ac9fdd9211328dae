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

func (m Matrix) Transpose() Matrix {
	t := NewMatrix(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%5.1f", v)
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
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != 0 && a == b2 && b2 == c {
			return a
		}
	}
	return '-'
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{1, 0, 2}, {0, 1, 3}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.Transpose())
	fmt.Println(len(a), len(a[0]), a[2])
	var board Board
	moves := [][2]int{{0, 0}, {1, 1}, {0, 1}, {2, 2}, {0, 2}}
	for i, mv := range moves {
		p := 'X'
		if i%2 == 1 {
			p = 'O'
		}
		board[mv[0]][mv[1]] = p
	}
	fmt.Println(string(board.Winner()))
	for _, row := range board {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			fmt.Printf("%c", c)
		}
		fmt.Println()
	}
	copyB := board
	copyB[1][1] = 'X'
	fmt.Println(string(board[1][1]), string(copyB[1][1]), board == copyB)
	jag := [][]int{{1}, {2, 3}, {4, 5, 6}}
	sum := 0
	for _, r := range jag {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println(sum, len(jag[2]))
	id := NewMatrix(2, 2)
	id[0][0], id[1][1] = 1, 1
	fmt.Printf("%v\n", [][]float64(id))
	fmt.Printf("%v", id)
}
