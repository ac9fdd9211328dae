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
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, errors.New("dimension mismatch")
	}
	res := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				res[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return res, nil
}

func (a Matrix) Transpose() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) Print(name string) {
	fmt.Println(name + ":")
	for _, row := range a {
		for _, v := range row {
			fmt.Printf("%7.2f", v)
		}
		fmt.Println()
	}
}

func det(m [][]float64) float64 {
	if len(m) == 1 {
		return m[0][0]
	}
	if len(m) == 2 {
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var d float64
	sign := 1.0
	for c := range m[0] {
		sub := [][]float64{}
		for _, row := range m[1:] {
			r := append([]float64{}, row[:c]...)
			r = append(r, row[c+1:]...)
			sub = append(sub, r)
		}
		d += sign * m[0][c] * det(sub)
		sign = -sign
	}
	return d
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Println(c, err)
	c.Print("A x B")
	a.Transpose().Print("A^T")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	i3 := Identity(3)
	ai, _ := a.Mul(i3)
	fmt.Println(ai)
	fmt.Println(det([][]float64{{6, 1, 1}, {4, -2, 5}, {2, 8, 7}}))

	var x [3][3]int
	var y = [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				x[i][j] += y[i][k] * y[k][j]
			}
		}
	}
	fmt.Println(x)
	var trace int
	for i := range x {
		trace += x[i][i]
	}
	fmt.Println("trace:", trace)
	rot := func(m [3][3]int) (r [3][3]int) {
		for i := 0; i < 3; i++ {
			for j := 0; j < 3; j++ {
				r[j][2-i] = m[i][j]
			}
		}
		return
	}
	for _, row := range rot(y) {
		fmt.Println(row)
	}
	spiral := []int{}
	top, bottom, left, right := 0, 2, 0, 2
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			spiral = append(spiral, y[top][j])
		}
		top++
		for i := top; i <= bottom; i++ {
			spiral = append(spiral, y[i][right])
		}
		right--
		if top <= bottom {
			for j := right; j >= left; j-- {
				spiral = append(spiral, y[bottom][j])
			}
			bottom--
		}
		if left <= right {
			for i := bottom; i >= top; i-- {
				spiral = append(spiral, y[i][left])
			}
			left++
		}
	}
	fmt.Println("spiral:", spiral)
}
