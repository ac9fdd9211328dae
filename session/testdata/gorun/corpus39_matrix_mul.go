package main

import (
	"errors"
	"fmt"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(rows, cols int, vals ...float64) *Matrix {
	m := &Matrix{rows: rows, cols: cols, data: make([]float64, rows*cols)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, errors.New("dimension mismatch")
	}
	r := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			r.Set(i, j, s)
		}
	}
	return r, nil
}

func (m *Matrix) T() *Matrix {
	r := New(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			r.Set(j, i, m.At(i, j))
		}
	}
	return r
}

func (m *Matrix) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print(a)
	fmt.Print(a.T())
	c, err := a.Mul(b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(c)
	_, err = a.Mul(a)
	fmt.Println("a*a:", err)
	id := Identity(3)
	d, _ := a.Mul(id)
	fmt.Println(d.data, d.rows, d.cols)
	fmt.Printf("%v", id)
}
