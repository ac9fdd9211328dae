package main

import (
	"fmt"
	"strings"
)

type Numeric interface {
	~int | ~int64 | ~float64
}

type Matrix[T Numeric] struct {
	rows, cols int
	data       []T
}

func NewMatrix[T Numeric](rows, cols int, vals ...T) *Matrix[T] {
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
	out := NewMatrix[T](m.rows, o.cols)
	for i := range m.rows {
		for j := range o.cols {
			var sum T
			for k := range m.cols {
				sum += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, sum)
		}
	}
	return out, nil
}

func (m *Matrix[T]) Transpose() *Matrix[T] {
	t := NewMatrix[T](m.cols, m.rows)
	for i := range m.rows {
		for j := range m.cols {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := range m.rows {
		fmt.Fprint(&b, m.data[i*m.cols:(i+1)*m.cols])
		if i < m.rows-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func main() {
	a := NewMatrix(2, 3, 1, 2, 3, 4, 5, 6)
	b := NewMatrix(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Println(c, err)
	fmt.Println(a.Transpose())
	_, err = a.Mul(a)
	fmt.Println("error:", err)

	id := NewMatrix(2, 2, 1.0, 0, 0, 1)
	f := NewMatrix(2, 2, 0.5, 1.5, 2.5, 3.5)
	p, _ := f.Mul(id)
	fmt.Println(p)
	fmt.Printf("%T %v\n", p.At(1, 1), p.At(1, 1))
}
