package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range rows {
		m[i] = make([]float64, cols)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("dimension mismatch")
	}
	r := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var sum float64
			for k := range o {
				sum += m[i][k] * o[k][j]
			}
			r[i][j] = sum
		}
	}
	return r, nil
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
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
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func rotate(grid [][]int) {
	n := len(grid)
	for i := range n {
		for j := i + 1; j < n; j++ {
			grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
		}
	}
	for _, row := range grid {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

func spiral(grid [][]int) []int {
	var out []int
	top, bottom, left, right := 0, len(grid)-1, 0, len(grid[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, grid[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			out = append(out, grid[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				out = append(out, grid[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				out = append(out, grid[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	fmt.Print(a.Transpose())
	i3, _ := a.Mul(Identity(3))
	fmt.Print(i3)
	_, err = a.Mul(a)
	fmt.Println("error:", err)

	g := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(g)
	fmt.Println("rotated:", g)
	fmt.Println("spiral:", spiral([][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}))
}
