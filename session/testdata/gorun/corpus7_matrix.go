package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
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

func (m Matrix) Dims() (int, int) {
	if len(m) == 0 {
		return 0, 0
	}
	return len(m), len(m[0])
}

var ErrShape = errors.New("shape mismatch")

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	r1, c1 := m.Dims()
	r2, c2 := o.Dims()
	if c1 != r2 {
		return nil, fmt.Errorf("%dx%d * %dx%d: %w", r1, c1, r2, c2, ErrShape)
	}
	out := New(r1, c2)
	for i := 0; i < r1; i++ {
		for j := 0; j < c2; j++ {
			var s float64
			for k := 0; k < c1; k++ {
				s += m[i][k] * o[k][j]
			}
			out[i][j] = s
		}
	}
	return out, nil
}

func (m Matrix) Transpose() Matrix {
	r, c := m.Dims()
	t := New(c, r)
	for i := range m {
		for j, v := range m[i] {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func det(m Matrix) float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var d float64
	sign := 1.0
	for col := 0; col < n; col++ {
		sub := New(n-1, n-1)
		for i := 1; i < n; i++ {
			k := 0
			for j := 0; j < n; j++ {
				if j == col {
					continue
				}
				sub[i-1][k] = m[i][j]
				k++
			}
		}
		d += sign * m[0][col] * det(sub)
		sign = -sign
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	fmt.Print(a.Transpose())
	_, err = a.Mul(a)
	fmt.Println("error:", err, errors.Is(err, ErrShape))
	id, _ := Identity(3).Mul(b)
	fmt.Print(id)
	fmt.Println("det:", det(Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}))
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
}
