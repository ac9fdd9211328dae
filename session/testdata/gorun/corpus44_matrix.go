package main

import (
	"errors"
	"fmt"
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
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("dimension mismatch")
	}
	out := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var sum float64
			for k := range o {
				sum += m[i][k] * o[k][j]
			}
			out[i][j] = sum
		}
	}
	return out, nil
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

func (m Matrix) Det() float64 {
	n := len(m)
	if n == 1 {
		return m[0][0]
	}
	if n == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var det float64
	sign := 1.0
	for c := 0; c < n; c++ {
		sub := New(n-1, n-1)
		for i := 1; i < n; i++ {
			col := 0
			for j := 0; j < n; j++ {
				if j == c {
					continue
				}
				sub[i-1][col] = m[i][j]
				col++
			}
		}
		det += sign * m[0][c] * sub.Det()
		sign = -sign
	}
	return det
}

func (m Matrix) Print() {
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%6.1f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	p, err := a.Mul(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("A x B:")
	p.Print()
	fmt.Println("A^T:")
	a.Transpose().Print()
	_, err = a.Mul(a)
	fmt.Println("A x A:", err)
	c := Matrix{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}
	fmt.Println("det C =", c.Det())
	id, _ := c.Mul(Identity(3))
	fmt.Println("C*I == C:", fmt.Sprint(id) == fmt.Sprint(c))
	fmt.Println(id)
}
