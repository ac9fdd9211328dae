package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

var ErrShape = errors.New("shape mismatch")

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", len(a), len(a[0]), len(b), len(b[0]), ErrShape)
	}
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (a Matrix) T() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
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

func rotate(m [][]int) {
	n := len(m)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	for _, row := range m {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err, errors.Is(err, ErrShape))
	fmt.Print(a.T())
	id, _ := c.Mul(Identity(2))
	fmt.Println(id[1][1] == c[1][1])
	m := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	rotate(m)
	fmt.Println(m)
	var fixed [2][3]int
	fixed[1][2] = 5
	fmt.Println(fixed, len(fixed), len(fixed[0]))
	spiral := []int{}
	grid := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	top, bot, left, right := 0, len(grid)-1, 0, len(grid[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			spiral = append(spiral, grid[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			spiral = append(spiral, grid[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				spiral = append(spiral, grid[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				spiral = append(spiral, grid[i][left])
			}
			left++
		}
	}
	fmt.Println(spiral)
}
