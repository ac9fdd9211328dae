package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Number](rows, cols int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{rows: rows, cols: cols, data: make([]T, rows*cols)}
	copy(m.data, vals)
	return m
}

func (m *Matrix[T]) At(r, c int) T     { return m.data[r*m.cols+c] }
func (m *Matrix[T]) Set(r, c int, v T) { m.data[r*m.cols+c] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.cols != o.rows {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", m.rows, m.cols, o.rows, o.cols)
	}
	res := NewMatrix[T](m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s T
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, s)
		}
	}
	return res, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString(fmt.Sprint(m.data[i*m.cols : (i+1)*m.cols]))
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.Transpose()
	fmt.Print(a, b)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	f := NewMatrix(2, 2, 0.5, 1.5, 2.5, 3.5)
	ff, _ := f.Mul(f)
	fmt.Print(ff)
}
