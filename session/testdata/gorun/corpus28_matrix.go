package main

import (
	"errors"
	"fmt"
	"math"
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

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
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
	out := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			out[j][i] = v
		}
	}
	return out
}

func (a Matrix) Det() float64 {
	n := len(a)
	m := New(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if m[p][c] == 0 {
			return 0
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			det = -det
		}
		det *= m[c][c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	return det
}

func (a Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%8.3f", v)
		}
		fmt.Println()
	}
}

func Dot(u, v []float64) (float64, error) {
	if len(u) != len(v) {
		return 0, errors.New("length mismatch")
	}
	s := 0.0
	for i := range u {
		s += u[i] * v[i]
	}
	return s, nil
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	if err != nil {
		fmt.Println(err)
	}
	c.Print("a*b")
	a.T().Print("a^T")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	sq := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Printf("det = %.4f\n", sq.Det())
	id, _ := sq.Mul(Identity(3))
	fmt.Println(id)
	d, _ := Dot([]float64{1, 2, 3}, []float64{4, 5, 6})
	fmt.Println("dot:", d, "norm:", math.Sqrt(d))
	if _, err := Dot([]float64{1}, nil); err != nil {
		fmt.Println("dot error:", err)
	}
	fmt.Printf("%v %T\n", Identity(2), Identity(2))
}
